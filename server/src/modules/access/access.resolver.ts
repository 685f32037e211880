import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver } from 'type-graphql';
import { UserError } from '../../common/user-error';
import type { Context, ViewerIdentity } from '../../context';
import { AdminUnit } from '../places';
import { AccessErrorCode } from './access.errors';
import { ChangePasswordInput, LoginInput } from './access.inputs';
import { ChangePasswordPayload, LoginPayload, LogoutPayload } from './access.payloads';
import { changePassword, signIn, signOut } from './access.service';
import { ApiToken } from './api-token.entity';
import { Viewer } from './viewer.type';

const toViewer = async (em: EntityManager, identity: ViewerIdentity): Promise<Viewer> =>
  Object.assign(new Viewer(), {
    user: identity.user,
    roles: identity.roles,
    // A token reads as an analyst: no commune scope, whatever its user's.
    communeScope:
      identity.apiToken || identity.communeIds.length === 0
        ? []
        : await em.find(AdminUnit, { id: { $in: identity.communeIds } }, { orderBy: { id: 'asc' } }),
    apiToken: null,
  });

/** Signs in and out, and the signed-in viewer. Every rule is in permissions.ts. */
@Resolver(() => Viewer)
export class AccessResolver {
  @Mutation(() => LoginPayload, { description: 'Exchanges a username and password for a bearer token.' })
  async login(
    @Arg('input', () => LoginInput) input: LoginInput,
    @Ctx() { em, tokens, signInPolicy, request }: Context,
  ): Promise<LoginPayload> {
    const payload = new LoginPayload();
    const outcome = await signIn(em, tokens, signInPolicy, request, input);
    if (outcome.ok) {
      return Object.assign(payload, {
        token: outcome.token,
        expiresAt: outcome.expiresAt,
        viewer: await toViewer(em, outcome.identity),
      });
    }
    if (outcome.code === AccessErrorCode.ACCOUNT_LOCKED) {
      payload.retryAfterSeconds = outcome.retryAfterSeconds;
      payload.userErrors = [
        new UserError(
          outcome.code,
          `Too many failed sign-ins: try again in ${Math.ceil(outcome.retryAfterSeconds / 60)} min, or ask an admin to unlock the account.`,
        ),
      ];
      return payload;
    }
    payload.userErrors = [new UserError(AccessErrorCode.INVALID_CREDENTIALS, 'Wrong username or password.')];
    return payload;
  }

  @Mutation(() => LogoutPayload, { description: "Ends the token's session: it is refused from the next request on." })
  async logout(@Ctx() { em, viewer, request }: Context): Promise<LogoutPayload> {
    return Object.assign(new LogoutPayload(), { signedOut: viewer ? await signOut(em, viewer, request) : false });
  }

  @Mutation(() => ChangePasswordPayload, {
    description: "Changes the viewer's own password; their other sessions end, this one stays.",
  })
  async changePassword(
    @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput,
    @Ctx() { em, viewer, request }: Context,
  ): Promise<ChangePasswordPayload> {
    const payload = new ChangePasswordPayload();
    if (!viewer) return Object.assign(payload, { changed: false });
    const outcome = await changePassword(em, viewer, request, input);
    if (outcome.ok) return Object.assign(payload, { changed: true });
    return Object.assign(payload, {
      changed: false,
      userErrors: [new UserError(outcome.code, outcome.message, ['input', outcome.field])],
    });
  }

  @Query(() => Viewer, { nullable: true, description: 'The signed-in user.' })
  viewer(@Ctx() { em, viewer }: Context): Promise<Viewer> | null {
    return viewer ? toViewer(em, viewer) : null;
  }

  @FieldResolver(() => ApiToken, { nullable: true, description: 'The API token making the request, if one is.' })
  apiToken(@Ctx() { em, viewer }: Context): Promise<ApiToken | null> | null {
    return viewer?.apiToken ? em.findOne(ApiToken, viewer.apiToken.id) : null;
  }
}
