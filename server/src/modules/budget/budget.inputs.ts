import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, DateTimeScalar, MoneyScalar } from '../../common/scalars';
import { atMost, TEXT_LIMITS } from '../../common/text';
import { AllocationStatus, AuditAction, AuditEntity, CapitalType, FundingSource } from './budget.enums';

@InputType()
export class AssignEnvelopeInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => ID)
  componentId!: string;

  @Field(() => CapitalType)
  capitalType!: CapitalType;

  @Field(() => FundingSource)
  source!: FundingSource;

  @Field(() => MoneyScalar, { description: 'Added to the envelope; negative when the province reduces it.' })
  amount!: bigint;

  @Field(() => String, {
    description: `As written on the decision, e.g. "75/QĐ-UBND". ${atMost(TEXT_LIMITS.decisionNumber)}`,
  })
  decisionNumber!: string;

  @Field(() => DateScalar)
  decisionDate!: string;

  @Field(() => String, {
    description: `Who issued the decision, e.g. "UBND tỉnh Kon Tum". ${atMost(TEXT_LIMITS.decisionIssuer)}`,
  })
  decisionIssuer!: string;

  @Field(() => String, {
    nullable: true,
    description: `The decision's summary (trích yếu), when known. ${atMost(TEXT_LIMITS.decisionTitle)}`,
  })
  decisionTitle?: string | null;
}

@InputType()
export class AllocationChange {
  @Field(() => ID)
  envelopeId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => MoneyScalar)
  amount!: bigint;

  @Field(() => Int, {
    nullable: true,
    description: 'The version the editor saw; null for a cell that had no allocation yet.',
  })
  expectedVersion?: number | null;
}

@InputType()
export class SaveAllocationsInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => [AllocationChange])
  changes!: AllocationChange[];
}

@InputType()
export class AdjustAllocationsInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => [AllocationChange])
  changes!: AllocationChange[];

  @Field(() => String, { description: `The adjusting decision. ${atMost(TEXT_LIMITS.decisionNumber)}` })
  decisionNumber!: string;

  @Field(() => DateScalar)
  decisionDate!: string;

  @Field(() => String, { description: `Why the allocations change. ${atMost(TEXT_LIMITS.adjustmentReason)}` })
  reason!: string;
}

@InputType()
export class ApproveAllocationsInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => String, { description: `The approving decision. ${atMost(TEXT_LIMITS.decisionNumber)}` })
  decisionNumber!: string;

  @Field(() => DateScalar)
  decisionDate!: string;
}

@InputType()
export class DisbursementInput {
  @Field(() => ID)
  allocationId!: string;

  @Field(() => DateScalar, { description: 'Date of the treasury payment.' })
  paidOn!: string;

  @Field(() => MoneyScalar)
  amount!: bigint;
}

@InputType()
export class RecordDisbursementsInput {
  @Field(() => [DisbursementInput])
  entries!: DisbursementInput[];
}

@InputType()
export class AuditLogFilter {
  @Field(() => ID, { nullable: true })
  planId?: string | null;

  @Field(() => AuditEntity, { nullable: true })
  entity?: AuditEntity | null;

  @Field(() => ID, { nullable: true, description: 'The envelope, allocation or disbursement the entries are about.' })
  entityId?: string | null;

  @Field(() => AuditAction, { nullable: true })
  action?: AuditAction | null;

  @Field(() => ID, { nullable: true })
  userId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Entries at or after this instant.' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Entries before this instant.' })
  to?: Date | null;
}

@InputType({ description: 'Which allocations to list; every field given narrows the list.' })
export class AllocationFilter {
  @Field(() => ID, { nullable: true })
  planId?: string | null;

  @Field(() => Int, { nullable: true, description: "The plan's year." })
  year?: number | null;

  @Field(() => ID, { nullable: true, description: 'A project: its own envelopes and those of its sub-projects.' })
  projectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Exactly this component (project or sub-project).' })
  componentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The implementing unit.' })
  unitId?: string | null;

  @Field(() => CapitalType, { nullable: true })
  capitalType?: CapitalType | null;

  @Field(() => FundingSource, { nullable: true })
  source?: FundingSource | null;

  @Field(() => AllocationStatus, { nullable: true })
  status?: AllocationStatus | null;
}

@InputType({ description: 'Which treasury payments to list; every field given narrows the list.' })
export class DisbursementFilter {
  @Field(() => ID, { nullable: true })
  planId?: string | null;

  @Field(() => Int, { nullable: true, description: "The plan's year." })
  year?: number | null;

  @Field(() => ID, { nullable: true })
  allocationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The implementing unit paid.' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A project: payments of its own envelopes and its sub-projects’.' })
  projectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Exactly this component (project or sub-project).' })
  componentId?: string | null;

  @Field(() => FundingSource, { nullable: true })
  source?: FundingSource | null;

  @Field(() => CapitalType, { nullable: true })
  capitalType?: CapitalType | null;

  @Field(() => DateScalar, { nullable: true, description: 'Paid on or after this date.' })
  paidFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Paid on or before this date.' })
  paidTo?: string | null;
}
