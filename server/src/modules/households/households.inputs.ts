import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, MoneyScalar } from '../../common/scalars';
import { atMost, TEXT_LIMITS } from '../../common/text';
import {
  AreaType,
  BenefitKind,
  Deprivation,
  HouseholdSortField,
  PovertyStatus,
  SortDirection,
} from './households.enums';

@InputType()
export class ClassifyHouseholdInput {
  @Field(() => AreaType)
  area!: AreaType;

  @Field(() => MoneyScalar, { description: 'Average income per person per month.' })
  monthlyIncomePerCapita!: bigint;

  @Field(() => [Deprivation])
  deprivations!: Deprivation[];

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The standard in force on this date applies (default: today in Vietnam).',
  })
  on?: string | null;
}

@InputType()
export class HouseholdFilter {
  @Field(() => ID, { nullable: true })
  communeId?: string | null;

  @Field(() => ID, { nullable: true })
  villageId?: string | null;

  @Field(() => PovertyStatus, { nullable: true, description: 'Status of the latest review (of `year` when given).' })
  status?: PovertyStatus | null;

  @Field(() => Int, { nullable: true, description: 'Households reviewed in this year.' })
  year?: number | null;

  @Field(() => Boolean, { nullable: true })
  ethnicMinority?: boolean | null;
}

@InputType({ description: 'A spreadsheet of households, members and reviews (layout: docs/households-import.md).' })
export class HouseholdImportInput {
  @Field(() => String, {
    description: `The file name; its extension (.xlsx or .csv) says how to read it. ${atMost(TEXT_LIMITS.importFileName)}`,
  })
  fileName!: string;

  @Field(() => String, { description: 'The file, base64-encoded.' })
  contentBase64!: string;
}

@InputType()
export class RecordBenefitInput {
  @Field(() => ID)
  householdId!: string;

  @Field(() => ID, { description: 'The allocation that paid; the component is its envelope’s.' })
  allocationId!: string;

  @Field(() => DateScalar)
  receivedOn!: string;

  @Field(() => BenefitKind)
  kind!: BenefitKind;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Required for CASH; the value of in-kind support when known.',
  })
  amount?: bigint | null;

  @Field(() => String, { description: `What was received. ${atMost(TEXT_LIMITS.benefitDescription)}` })
  description!: string;

  @Field(() => String, {
    nullable: true,
    description: `Records the benefit although the household is not eligible, with this reason (kept with the benefit). ${atMost(TEXT_LIMITS.overrideReason)}`,
  })
  overrideReason?: string | null;
}

@InputType({ description: 'Order of the household list; ties are broken by the household, so paging is stable.' })
export class HouseholdOrder {
  @Field(() => HouseholdSortField)
  field!: HouseholdSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection = SortDirection.ASC;
}

@InputType({ description: 'Which benefits to list; every field given narrows the list.' })
export class BenefitFilter {
  @Field(() => ID, { nullable: true, description: 'The plan whose allocation paid.' })
  planId?: string | null;

  @Field(() => Int, { nullable: true, description: 'The year of the plan whose allocation paid.' })
  year?: number | null;

  @Field(() => ID, { nullable: true, description: 'A project: benefits of it and of its sub-projects.' })
  projectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Exactly this component (project or sub-project).' })
  componentId?: string | null;

  @Field(() => ID, { nullable: true, description: "The household's commune." })
  communeId?: string | null;

  @Field(() => ID, { nullable: true, description: "The household's village." })
  villageId?: string | null;

  @Field(() => ID, { nullable: true })
  householdId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The allocation that paid.' })
  allocationId?: string | null;

  @Field(() => BenefitKind, { nullable: true })
  kind?: BenefitKind | null;

  @Field(() => DateScalar, { nullable: true, description: 'Received on or after this date.' })
  receivedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Received on or before this date.' })
  receivedTo?: string | null;
}
