import { Check, Entity, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { NodeEntity } from '../../common/node';
import { DateScalar } from '../../common/scalars';
import { LegalDocument } from '../documents';
import { Deprivation, PovertyStatus } from './households.enums';

/**
 * Who a programme component serves, as data. A household is eligible when every condition that is
 * set holds; a component's sub-projects follow their project's rule unless they have their own.
 */
@ObjectType({ implements: NodeEntity, description: 'Who a programme component serves, in force for a period.' })
@Check({ name: 'eligibility_rule_period', expression: '(valid_to IS NULL) OR (valid_to >= valid_from)' })
@Entity({ tableName: 'eligibility_rule' })
@Unique({ properties: ['componentCode', 'validFrom'] })
export class EligibilityRule extends NodeEntity {
  @Field(() => String, { description: 'The project or sub-project code, e.g. "5" or "3.1".' })
  @Property({ type: 'string', length: 10 })
  componentCode!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date', columnType: 'date' })
  validFrom!: string;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', columnType: 'date', nullable: true })
  validTo?: string | null;

  @Field(() => [PovertyStatus], { description: 'Statuses served (from the latest review).' })
  @Property({ type: 'text[]' })
  statuses: PovertyStatus[] = [];

  @Field(() => Boolean, { description: 'Also serves households within the newly-escaped window.' })
  @Property({ type: 'boolean', default: false })
  includesNewlyEscaped = false;

  @Field(() => Int, {
    nullable: true,
    description: 'Years the household must have been independent before `independentReferenceDate`.',
  })
  @Property({ type: 'integer', nullable: true })
  minYearsIndependent?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the programme took effect.' })
  @Property({ type: 'date', columnType: 'date', nullable: true })
  independentReferenceDate?: string | null;

  @Field(() => Boolean, { description: 'Refuses households already supported by another housing programme.' })
  @Property({ type: 'boolean', default: false })
  excludesOtherHousingSupport = false;

  @Field(() => [Deprivation], { description: 'At least one of these deprivations is required (none: no condition).' })
  @Property({ type: 'text[]' })
  requiresAnyDeprivation: Deprivation[] = [];

  @ManyToOne(() => LegalDocument, { ref: true })
  document!: Ref<LegalDocument>;
}
