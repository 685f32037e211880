import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/pagination';
import { UserError } from '../../common/user-error';
import { LegalDocument } from '../documents';
import { AdminUnit } from '../places';
import { Assessment } from './assessment.entity';
import { Benefit } from './benefit.entity';
import { EligibilityRule } from './eligibility-rule.entity';
import { Household } from './household.entity';
import { PovertyStatus, StatusTransition } from './households.enums';

@ObjectType()
export class PovertyClassification {
  @Field(() => PovertyStatus)
  status!: PovertyStatus;

  @Field(() => Int)
  deprivationCount!: number;

  @Field(() => String, {
    description:
      'Human-readable reason citing the thresholds applied, e.g. income at or below 1,500,000 and 3 deprivations.',
  })
  explanation!: string;

  @Field(() => LegalDocument, { description: 'The legal document the applied thresholds come from.' })
  standard!: LegalDocument;
}

@ObjectType()
export class HouseholdConnection extends ConnectionType(Household) {}

@ObjectType({ description: 'Benefits by date received (then in the order recorded).' })
export class BenefitConnection extends ConnectionType(Benefit) {}

@ObjectType()
export class PovertyRate {
  @Field(() => AdminUnit)
  unit!: AdminUnit;

  @Field(() => Int)
  households!: number;

  @Field(() => Int)
  poor!: number;

  @Field(() => Int)
  nearPoor!: number;

  @Field(() => Float, { description: 'Poor households as a percentage of households, two decimals.' })
  rate!: number;
}

@ObjectType({ description: 'One review in a household’s history, with what its status change means.' })
export class StatusChange {
  @Field(() => Assessment)
  assessment!: Assessment;

  @Field(() => StatusTransition)
  transition!: StatusTransition;
}

@ObjectType({ description: 'Whether a household meets a component’s eligibility rule on a date, and why not.' })
export class EligibilityCheck {
  @Field(() => Boolean)
  eligible!: boolean;

  @Field(() => [String], { description: 'Each condition the household fails; empty when eligible.' })
  failures!: string[];

  @Field(() => EligibilityRule, { nullable: true, description: 'The rule applied; null when none is in force.' })
  rule!: EligibilityRule | null;
}

@ObjectType({ description: 'One problem in an import file: the row as the spreadsheet numbers it, and the column.' })
export class ImportRowError {
  @Field(() => Int, {
    nullable: true,
    description: 'Spreadsheet row number (the header is row 1); null for the whole file.',
  })
  row!: number | null;

  @Field(() => String, { nullable: true })
  column!: string | null;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType()
export class HouseholdImportSummary {
  @Field(() => Int, { description: 'Data rows read (one per member).' })
  rows!: number;

  @Field(() => Int)
  households!: number;

  @Field(() => Int, { description: 'Households whose code is not in the registry yet.' })
  newHouseholds!: number;

  @Field(() => Int)
  existingHouseholds!: number;

  @Field(() => Int)
  members!: number;

  @Field(() => Int)
  assessments!: number;
}

@ObjectType()
export class HouseholdImportPayload {
  @Field(() => HouseholdImportSummary, { nullable: true, description: 'Null when the file could not be read.' })
  summary!: HouseholdImportSummary | null;

  @Field(() => [ImportRowError], { description: 'Every bad row; any at all and nothing is (or would be) written.' })
  rowErrors!: ImportRowError[];

  @Field(() => Boolean, { description: 'True once the commit wrote the file; always false for a preview.' })
  committed!: boolean;

  @Field(() => [UserError])
  userErrors: UserError[] = [];
}

@ObjectType()
export class RecordBenefitPayload {
  @Field(() => Benefit, { nullable: true })
  benefit!: Benefit | null;

  @Field(() => EligibilityCheck, { nullable: true, description: 'The eligibility check that was applied.' })
  eligibility!: EligibilityCheck | null;

  @Field(() => [UserError])
  userErrors: UserError[] = [];
}
