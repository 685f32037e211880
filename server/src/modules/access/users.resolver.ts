import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { idOf } from '../../common/node';
import { DateTimeScalar } from '../../common/scalars';
import type { Context, ViewerIdentity } from '../../context';
import { AdminUnit } from '../places';
import { CreateUserInput, ResetUserPasswordInput, UpdateUserInput } from './access.inputs';
import { UserPayload } from './access.payloads';
import { SignInThrottle } from './sign-in-throttle.entity';
import { User } from './user.entity';
import { createUser, resetUserPassword, type UserOutcome, updateUser } from './users.service';

const toPayload = (outcome: UserOutcome) => Object.assign(new UserPayload(), outcome);
const communeIdsOf = (ids: string[] | null | undefined) =>
  ids?.map((id, index) => idOf(AdminUnit, id, `communeIds.${index}`));

// Locks of a request's users, read once per request (the throttle table holds only recent failures).
const locks = new WeakMap<object, Promise<Map<string, Date>>>();

/** Accounts, for admins. Every rule is in permissions.ts. */
@Resolver(() => User)
export class UsersResolver {
  @Query(() => [User], { description: 'Every account, by username.' })
  users(@Ctx() { em }: Context): Promise<User[]> {
    return em.find(User, {}, { orderBy: { username: 'asc' }, populate: ['communeScope'] });
  }

  @Mutation(() => UserPayload, {
    description: 'Creates an account with its roles and, for commune officers, communes.',
  })
  async createUser(
    @Arg('input', () => CreateUserInput) input: CreateUserInput,
    @Ctx() { em, viewer, request }: Context,
  ): Promise<UserPayload> {
    return toPayload(
      await createUser(em, viewer as ViewerIdentity, request, {
        username: input.username,
        displayName: input.displayName,
        password: input.password,
        roles: input.roles,
        communeIds: communeIdsOf(input.communeIds) ?? [],
      }),
    );
  }

  @Mutation(() => UserPayload, { description: 'Changes roles, communes, name, or enables/disables an account.' })
  async updateUser(
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @Ctx() { em, viewer, request }: Context,
  ): Promise<UserPayload> {
    return toPayload(
      await updateUser(em, viewer as ViewerIdentity, request, {
        id: idOf(User, input.id, 'id'),
        displayName: input.displayName,
        roles: input.roles,
        communeIds: communeIdsOf(input.communeIds),
        active: input.active,
        unlock: input.unlock,
      }),
    );
  }

  @Mutation(() => UserPayload, { description: 'Sets a new password; the user is signed out everywhere and unlocked.' })
  async resetUserPassword(
    @Arg('input', () => ResetUserPasswordInput) input: ResetUserPasswordInput,
    @Ctx() { em, viewer, request }: Context,
  ): Promise<UserPayload> {
    return toPayload(
      await resetUserPassword(em, viewer as ViewerIdentity, request, {
        userId: idOf(User, input.userId, 'userId'),
        newPassword: input.newPassword,
      }),
    );
  }

  @FieldResolver(() => [AdminUnit], { description: "A commune officer's communes; empty for district-wide roles." })
  async communeScope(@Root() user: User): Promise<AdminUnit[]> {
    return (await user.communeScope.load()).getItems();
  }

  @FieldResolver(() => DateTimeScalar, { nullable: true, description: 'Until when failed sign-ins lock the account.' })
  async lockedUntil(@Root() user: User, @Ctx() context: Context): Promise<Date | null> {
    let byUsername = locks.get(context);
    if (!byUsername) {
      byUsername = context.em
        .find(SignInThrottle, { lockedUntil: { $gt: new Date() } })
        .then((rows) => new Map(rows.map((row) => [row.username, row.lockedUntil as Date])));
      locks.set(context, byUsername);
    }
    return (await byUsername).get(user.username) ?? null;
  }
}
