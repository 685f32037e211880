import { Field, ID, InputType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars';
import { ApiScope } from './api-scope';
import { Role } from './role';
import { SecurityEventKind } from './security-event.entity';

@InputType()
export class LoginInput {
  @Field(() => String)
  username!: string;

  @Field(() => String)
  password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  currentPassword!: string;

  @Field(() => String, { description: 'At least 10 characters, not the username.' })
  newPassword!: string;
}

@InputType()
export class CreateUserInput {
  @Field(() => String, { description: '3 to 60 of a-z, 0-9, dot, dash, underscore; stored lower-case.' })
  username!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String, { description: 'The first password; at least 10 characters.' })
  password!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => [ID], { nullable: true, description: "A commune officer's communes (required for that role only)." })
  communeIds?: string[] | null;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateUserInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => [Role], { nullable: true })
  roles?: Role[] | null;

  @Field(() => [ID], { nullable: true })
  communeIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'False disables the account and ends its sessions.' })
  active?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Lifts a lock set by failed sign-ins.' })
  unlock?: boolean | null;
}

@InputType()
export class ResetUserPasswordInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  newPassword!: string;
}

@InputType()
export class CreateApiTokenInput {
  @Field(() => String, { description: 'What the token is for, e.g. "Báo cáo quý - Sở LĐ-TB&XH".' })
  name!: string;

  @Field(() => ID, { description: 'Requests made with the token go under this user (read-only, as ANALYST).' })
  userId!: string;

  @Field(() => [ApiScope])
  scopes!: ApiScope[];

  @Field(() => DateTimeScalar, { description: 'At most 366 days ahead.' })
  expiresAt!: Date;
}

@InputType()
export class RevokeApiTokenInput {
  @Field(() => ID)
  id!: string;
}

@InputType()
export class SecurityEventFilter {
  @Field(() => SecurityEventKind, { nullable: true })
  kind?: SecurityEventKind | null;

  @Field(() => ID, { nullable: true, description: 'Events about this account.' })
  userId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'At or after this instant.' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Before this instant.' })
  to?: Date | null;
}
