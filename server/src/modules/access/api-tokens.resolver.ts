import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { idOf } from '../../common/node';
import type { Context, ViewerIdentity } from '../../context';
import { CreateApiTokenInput, RevokeApiTokenInput } from './access.inputs';
import { ApiTokenPayload } from './access.payloads';
import { ApiToken } from './api-token.entity';
import { type ApiTokenOutcome, createApiToken, revokeApiToken } from './api-tokens.service';
import { User } from './user.entity';

const toPayload = (outcome: ApiTokenOutcome) => Object.assign(new ApiTokenPayload(), outcome);

/** API tokens for analytics tools, for admins. Every rule is in permissions.ts. */
@Resolver(() => ApiToken)
export class ApiTokensResolver {
  @Query(() => [ApiToken], { description: 'Every API token, newest first, revoked and expired ones included.' })
  apiTokens(@Ctx() { em }: Context): Promise<ApiToken[]> {
    return em.find(ApiToken, {}, { orderBy: { id: 'desc' } });
  }

  @Mutation(() => ApiTokenPayload, {
    description: 'Creates a read-only API token; its secret is in this answer only and is stored hashed.',
  })
  async createApiToken(
    @Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput,
    @Ctx() { em, viewer, request }: Context,
  ): Promise<ApiTokenPayload> {
    return toPayload(
      await createApiToken(em, viewer as ViewerIdentity, request, {
        name: input.name,
        userId: idOf(User, input.userId, 'userId'),
        scopes: input.scopes,
        expiresAt: input.expiresAt,
      }),
    );
  }

  @Mutation(() => ApiTokenPayload, { description: 'Revokes an API token: its next request is UNAUTHENTICATED.' })
  async revokeApiToken(
    @Arg('input', () => RevokeApiTokenInput) input: RevokeApiTokenInput,
    @Ctx() { em, viewer, request }: Context,
  ): Promise<ApiTokenPayload> {
    return toPayload(await revokeApiToken(em, viewer as ViewerIdentity, request, idOf(ApiToken, input.id, 'id')));
  }

  @FieldResolver(() => User, { description: 'Requests made with the token go under this user.' })
  user(@Root() token: ApiToken): Promise<User> {
    return token.user.loadOrFail();
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() token: ApiToken): Promise<User | null> | null {
    return token.createdBy ? token.createdBy.loadOrFail() : null;
  }

  @FieldResolver(() => User, { nullable: true })
  revokedBy(@Root() token: ApiToken): Promise<User | null> | null {
    return token.revokedBy ? token.revokedBy.loadOrFail() : null;
  }
}
