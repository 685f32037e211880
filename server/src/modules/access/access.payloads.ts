import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/pagination';
import { DateTimeScalar } from '../../common/scalars';
import { UserError } from '../../common/user-error';
import { ApiToken } from './api-token.entity';
import { SecurityEvent } from './security-event.entity';
import { User } from './user.entity';
import { Viewer } from './viewer.type';

@ObjectType()
export class LoginPayload {
  @Field(() => String, { nullable: true, description: 'Bearer token for the Authorization header.' })
  token?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the token stops being accepted.' })
  expiresAt?: Date;

  @Field(() => Viewer, { nullable: true })
  viewer?: Viewer;

  @Field(() => Int, { nullable: true, description: 'With ACCOUNT_LOCKED: seconds until sign-in is possible again.' })
  retryAfterSeconds?: number | null;

  @Field(() => [UserError])
  userErrors: UserError[] = [];
}

@ObjectType()
export class LogoutPayload {
  @Field(() => Boolean, { description: "True when this call ended the token's session." })
  signedOut!: boolean;
}

@ObjectType()
export class ChangePasswordPayload {
  @Field(() => Boolean)
  changed!: boolean;

  @Field(() => [UserError])
  userErrors: UserError[] = [];
}

@ObjectType()
export class UserPayload {
  @Field(() => User, { nullable: true })
  user?: User | null;

  @Field(() => [UserError])
  userErrors: UserError[] = [];
}

@ObjectType()
export class ApiTokenPayload {
  @Field(() => ApiToken, { nullable: true })
  apiToken?: ApiToken | null;

  @Field(() => String, {
    nullable: true,
    description: 'The token itself, shown only in the answer to createApiToken: it cannot be read again.',
  })
  secret?: string | null;

  @Field(() => [UserError])
  userErrors: UserError[] = [];
}

@ObjectType()
export class SecurityEventConnection extends ConnectionType(SecurityEvent) {}
