import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, MoneyScalar } from '../../common/scalars';
import { atMost, TEXT_LIMITS } from '../../common/text';
import { DeadlineKind } from '../plan';

@InputType({ description: 'What a semi-annual or annual report counts; every figure is optional and never negative.' })
export class ReportFiguresInput {
  @Field(() => Int, { nullable: true, description: 'Households in the unit’s area.' })
  households?: number | null;

  @Field(() => Int, { nullable: true })
  poorHouseholds?: number | null;

  @Field(() => Int, { nullable: true })
  nearPoorHouseholds?: number | null;

  @Field(() => Int, { nullable: true, description: 'Households that escaped poverty in the period.' })
  escapedPoverty?: number | null;

  @Field(() => Int, { nullable: true, description: 'Households newly poor in the period.' })
  newlyPoor?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Đồng the unit disbursed in the period.' })
  disbursed?: bigint | null;

  @Field(() => Int, { nullable: true, description: 'People or households the unit’s activities reached.' })
  beneficiaries?: number | null;
}

@InputType({ description: 'A file sent with the report: pdf, docx, xlsx, doc, xls, jpg or png, up to 1 MiB.' })
export class ReportAttachmentInput {
  @Field(() => String, {
    description: `The file name; its extension says what the file is. ${atMost(TEXT_LIMITS.attachmentName)}`,
  })
  fileName!: string;

  @Field(() => String, { description: 'The file, base64-encoded.' })
  contentBase64!: string;
}

@InputType({
  description: 'A report (or commune plan) a unit sent the Labour office; replaces the last one with expectedVersion.',
})
export class SubmitReportInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => ID, { description: 'The implementing unit that reports.' })
  unitId!: string;

  @Field(() => DeadlineKind)
  kind!: DeadlineKind;

  @Field(() => DateScalar, { description: 'The date the report reached the Labour office; not in the future.' })
  submittedOn!: string;

  @Field(() => ReportFiguresInput, { nullable: true, description: 'Not for a commune plan.' })
  figures?: ReportFiguresInput | null;

  @Field(() => ReportAttachmentInput, { nullable: true })
  attachment?: ReportAttachmentInput | null;

  @Field(() => String, { nullable: true, description: atMost(TEXT_LIMITS.reportNote) })
  note?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The version being replaced; null for the first submission. A replacement replaces everything.',
  })
  expectedVersion?: number | null;
}

@InputType()
export class ReportSubmissionFilter {
  @Field(() => ID, { nullable: true })
  planId?: string | null;

  @Field(() => Int, { nullable: true, description: "The plan's year." })
  year?: number | null;

  @Field(() => ID, { nullable: true, description: 'The implementing unit that reported.' })
  unitId?: string | null;

  @Field(() => DeadlineKind, { nullable: true })
  kind?: DeadlineKind | null;
}
