import { Check, Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { NodeEntity } from '../../common/node';
import { DateScalar, MoneyScalar } from '../../common/scalars';
import { moneyColumn } from '../budget';
import { LegalDocument } from '../documents';

/**
 * A poverty standard (chuẩn nghèo) as dated data: the thresholds a review applies, the period they
 * are in force and the document they come from. Decree 07/2021/NĐ-CP is the 2022-2025 one; a later
 * decree is a new row, never a code change.
 */
@ObjectType({
  implements: NodeEntity,
  description: 'A poverty standard as dated data: thresholds, the period in force, the document.',
})
@Check({ name: 'poverty_standard_period', expression: '(valid_to IS NULL) OR (valid_to >= valid_from)' })
@Check({
  name: 'poverty_standard_lines',
  expression:
    '(rural_income_line > 0) AND (urban_income_line > 0) AND (rural_average_upper >= rural_income_line) AND (urban_average_upper >= urban_income_line)',
})
@Entity({ tableName: 'poverty_standard' })
export class PovertyStandard extends NodeEntity {
  @ManyToOne(() => LegalDocument, { ref: true })
  document!: Ref<LegalDocument>;

  @Field(() => DateScalar)
  @Property({ type: 'date', columnType: 'date', unique: true })
  validFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day in force; null while open-ended.' })
  @Property({ type: 'date', columnType: 'date', nullable: true })
  validTo?: string | null;

  @Field(() => MoneyScalar, { description: 'Poverty income line, rural, per person per month.' })
  @Property(moneyColumn())
  ruralIncomeLine!: bigint;

  @Field(() => MoneyScalar, { description: 'Poverty income line, urban, per person per month.' })
  @Property(moneyColumn())
  urbanIncomeLine!: bigint;

  @Field(() => MoneyScalar, { description: 'Upper bound of the average living standard, rural.' })
  @Property(moneyColumn())
  ruralAverageUpper!: bigint;

  @Field(() => MoneyScalar, { description: 'Upper bound of the average living standard, urban.' })
  @Property(moneyColumn())
  urbanAverageUpper!: bigint;

  @Field(() => Int, { description: 'Deprivations that, with income at or below the line, make a household poor.' })
  @Property({ type: 'integer' })
  poorDeprivationCount!: number;

  @Field(() => Int, { description: 'Months a household counts as newly escaped after its exit is recognised.' })
  @Property({ type: 'integer' })
  newlyEscapedMonths!: number;
}
