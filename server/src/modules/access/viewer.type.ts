import { Field, ObjectType } from 'type-graphql';
import { AdminUnit } from '../places/admin-unit.entity';
import { Role } from './role';
import { User } from './user.entity';

@ObjectType({ description: 'The signed-in user and what they may do.' })
export class Viewer {
  @Field(() => User)
  user!: User;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => [AdminUnit], { description: 'Communes this viewer may edit; empty for district-wide roles.' })
  communeScope!: AdminUnit[];
}
