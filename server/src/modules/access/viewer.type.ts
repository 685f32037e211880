import { Field, ObjectType } from 'type-graphql';
import { AdminUnit } from '../places';
import { ApiToken } from './api-token.entity';
import { Role } from './role';
import { User } from './user.entity';

@ObjectType({ description: 'The signed-in user and what they may do.' })
export class Viewer {
  @Field(() => User)
  user!: User;

  @Field(() => [Role], { description: 'For an API token: ANALYST, whatever roles its user has.' })
  roles!: Role[];

  @Field(() => [AdminUnit], { description: 'Communes this viewer may edit; empty for district-wide roles.' })
  communeScope!: AdminUnit[];

  @Field(() => ApiToken, { nullable: true, description: 'The API token making the request, if one is.' })
  apiToken?: ApiToken | null;
}
