import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { UserError } from '../../common/user-error';
import type { Context, ViewerIdentity } from '../../context';
import { AdminUnit } from '../places/admin-unit.entity';
import { AccessErrorCode } from './access.errors';
import { LoginInput } from './access.inputs';
import { LoginPayload } from './access.payloads';
import { checkCredentials, loadViewer } from './access.service';
import { Viewer } from './viewer.type';

const toViewer = (identity: ViewerIdentity): Viewer =>
  Object.assign(new Viewer(), {
    user: identity.user,
    roles: identity.roles,
    communeScope: identity.user.communeScope.isInitialized()
      ? identity.user.communeScope.getItems()
      : ([] as AdminUnit[]),
  });

@Resolver()
export class AccessResolver {
  @Mutation(() => LoginPayload, { description: 'Exchanges a username and password for a bearer token.' })
  async login(
    @Arg('input', () => LoginInput) input: LoginInput,
    @Ctx() { em, tokens }: Context,
  ): Promise<LoginPayload> {
    const payload = new LoginPayload();
    const user = await checkCredentials(em, input.username, input.password);
    const identity = user && (await loadViewer(em, user.id));
    if (!identity) {
      payload.userErrors = [new UserError(AccessErrorCode.INVALID_CREDENTIALS, 'Wrong username or password.')];
      return payload;
    }
    const { token, expiresAt } = await tokens.issue(identity.user.id);
    return Object.assign(payload, { token, expiresAt, viewer: toViewer(identity) });
  }

  @Query(() => Viewer, { nullable: true, description: 'The signed-in user.' })
  viewer(@Ctx() { viewer }: Context): Viewer | null {
    return viewer ? toViewer(viewer) : null;
  }
}
