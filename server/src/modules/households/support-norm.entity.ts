import { Check, Entity, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { NodeEntity } from '../../common/node';
import { DateScalar, MoneyScalar } from '../../common/scalars';
import { moneyColumn } from '../budget';
import { LegalDocument } from '../documents';

/**
 * A per-household support amount of a programme component as dated data, e.g. Project 5 housing:
 * 40,000,000 đồng for a new house, 20,000,000 for a repair, from 2022-08-15 (Circular 01/2022/TT-BXD).
 */
@ObjectType({
  implements: NodeEntity,
  description: 'A per-household support amount of a component, in force for a period.',
})
@Check({ name: 'support_norm_period', expression: '(valid_to IS NULL) OR (valid_to >= valid_from)' })
@Check({ name: 'support_norm_amount_positive', expression: '(amount > 0)' })
@Entity({ tableName: 'support_norm' })
@Unique({ properties: ['componentCode', 'kind', 'validFrom'] })
export class SupportNorm extends NodeEntity {
  @Field(() => String, { description: 'The component code the norm applies to, e.g. "5".' })
  @Property({ type: 'string', length: 10 })
  componentCode!: string;

  @Field(() => String, { description: 'What the amount is for, e.g. NEW_HOUSE, HOUSE_REPAIR.' })
  @Property({ type: 'string', length: 40 })
  kind!: string;

  @Field(() => MoneyScalar)
  @Property(moneyColumn())
  amount!: bigint;

  @Field(() => DateScalar)
  @Property({ type: 'date', columnType: 'date' })
  validFrom!: string;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', columnType: 'date', nullable: true })
  validTo?: string | null;

  @ManyToOne(() => LegalDocument, { ref: true })
  document!: Ref<LegalDocument>;
}
