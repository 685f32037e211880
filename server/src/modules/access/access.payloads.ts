import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars';
import { UserError } from '../../common/user-error';
import { Viewer } from './viewer.type';

@ObjectType()
export class LoginPayload {
  @Field(() => String, { nullable: true, description: 'Bearer token for the Authorization header.' })
  token?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the token stops being accepted.' })
  expiresAt?: Date;

  @Field(() => Viewer, { nullable: true })
  viewer?: Viewer;

  @Field(() => [UserError])
  userErrors: UserError[] = [];
}
