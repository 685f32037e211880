import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../common/user-error';
import { Target } from './target.entity';

@ObjectType()
export class SetTargetPayload {
  @Field(() => Target, { nullable: true, description: 'The saved target; on a VERSION_CONFLICT, the current one.' })
  target?: Target | null;

  @Field(() => [UserError])
  userErrors: UserError[] = [];
}
