import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, DateTimeScalar, MoneyScalar } from '../../common/scalars';
import { AuditAction, AuditEntity, CapitalType, FundingSource } from './budget.enums';

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

  @Field(() => String)
  decisionNumber!: string;

  @Field(() => DateScalar)
  decisionDate!: string;

  @Field(() => String)
  decisionIssuer!: string;

  @Field(() => String, { nullable: true, description: "The decision's summary (trích yếu), when known." })
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

  @Field(() => String)
  decisionNumber!: string;

  @Field(() => DateScalar)
  decisionDate!: string;

  @Field(() => String)
  reason!: string;
}

@InputType()
export class ApproveAllocationsInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => String)
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
