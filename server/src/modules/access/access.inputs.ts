import { Field, ID, InputType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars';
import { TEXT_LIMITS } from '../../common/text';
import { ApiScope } from './api-scope';
import { MIN_PASSWORD_LENGTH } from './password';
import { Role } from './role';
import { SecurityEventKind } from './security-event.entity';

const PASSWORD_RULE = `${MIN_PASSWORD_LENGTH} to ${TEXT_LIMITS.password.max} characters, not the username.`;
const DISPLAY_NAME_RULE = `The name shown for the account; 1 to ${TEXT_LIMITS.displayName.max} characters.`;

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

  @Field(() => String, { description: PASSWORD_RULE })
  newPassword!: string;
}

@InputType()
export class CreateUserInput {
  @Field(() => String, {
    description: `3 to ${TEXT_LIMITS.username.max} of a-z, 0-9, dot, dash, underscore; stored lower-case.`,
  })
  username!: string;

  @Field(() => String, { description: DISPLAY_NAME_RULE })
  displayName!: string;

  @Field(() => String, { description: `The first password: ${PASSWORD_RULE}` })
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

  @Field(() => String, { nullable: true, description: DISPLAY_NAME_RULE })
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

  @Field(() => String, { description: PASSWORD_RULE })
  newPassword!: string;
}

@InputType()
export class CreateApiTokenInput {
  @Field(() => String, {
    description: `What the token is for, e.g. "Báo cáo quý - Sở LĐ-TB&XH"; 1 to ${TEXT_LIMITS.apiTokenName.max} characters.`,
  })
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
