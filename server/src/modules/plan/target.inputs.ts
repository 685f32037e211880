import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { Comparator, TargetIndicator } from './target.entity';

@InputType({ description: "Sets one commune's target in a plan (entered from the plan's appendix)." })
export class SetTargetInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => ID, { description: 'A commune of the plan’s district.' })
  unitId!: string;

  @Field(() => TargetIndicator)
  indicator!: TargetIndicator;

  @Field(() => Comparator)
  comparator!: Comparator;

  @Field(() => Float, { description: 'Percent or percentage points, 0 to 100, at most two decimals.' })
  value!: number;

  @Field(() => Float, { nullable: true })
  baseline?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The version the editor saw; null when the commune had no such target.',
  })
  expectedVersion?: number | null;
}
