import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/pagination';
import { MoneyScalar } from '../../common/scalars';
import { UserError } from '../../common/user-error';
import { ImplementingUnit, ProgramComponent } from '../plan';
import { Allocation } from './allocation.entity';
import type { AllocationLike } from './allocation-record';
import { AuditEntry } from './audit-entry.entity';
import { CapitalType, FundingSource } from './budget.enums';
import { Disbursement } from './disbursement.entity';
import { Envelope } from './envelope.entity';

@ObjectType()
export class AssignEnvelopePayload {
  @Field(() => Envelope, { nullable: true })
  envelope?: Envelope | null;

  @Field(() => [UserError])
  userErrors: UserError[] = [];
}

@ObjectType({ description: 'Someone else changed the cell since the editor loaded it.' })
export class AllocationConflict {
  @Field(() => Int, { description: "Index into the input's changes." })
  index!: number;

  @Field(() => Allocation)
  current!: Allocation;
}

@ObjectType()
export class SaveAllocationsPayload {
  @Field(() => [Allocation], { description: 'The saved cells, in input order; empty when anything failed.' })
  allocations: AllocationLike[] = [];

  @Field(() => [AllocationConflict])
  conflicts: AllocationConflict[] = [];

  @Field(() => [UserError])
  userErrors: UserError[] = [];
}

@ObjectType()
export class ApproveAllocationsPayload {
  @Field(() => [Allocation])
  allocations: Allocation[] = [];

  @Field(() => [UserError])
  userErrors: UserError[] = [];
}

@ObjectType()
export class RecordDisbursementsPayload {
  @Field(() => [Allocation])
  allocations: Allocation[] = [];

  @Field(() => [UserError])
  userErrors: UserError[] = [];
}

@ObjectType({
  description:
    "Money of a plan for one combination of the grouped dimensions. Grouped by UNIT, a unit's `assigned` is what was " +
    'allocated to it, and a row without unit holds what is assigned but not yet allocated, so every column adds up.',
})
export class BudgetSummaryRow {
  @Field(() => ProgramComponent, {
    nullable: true,
    description: 'The component (or, grouped by PROJECT only, the project).',
  })
  component?: ProgramComponent | null;

  @Field(() => ProgramComponent, { nullable: true, description: 'The project, when grouped by PROJECT or COMPONENT.' })
  project?: ProgramComponent | null;

  @Field(() => ImplementingUnit, { nullable: true })
  unit?: ImplementingUnit | null;

  @Field(() => CapitalType, { nullable: true })
  capitalType?: CapitalType | null;

  @Field(() => FundingSource, { nullable: true })
  source?: FundingSource | null;

  @Field(() => MoneyScalar)
  assigned!: bigint;

  @Field(() => MoneyScalar)
  allocated!: bigint;

  @Field(() => MoneyScalar)
  disbursed!: bigint;
}

@ObjectType({ description: 'Allocations, in the order they were created; new ones come last.' })
export class AllocationConnection extends ConnectionType(Allocation) {}

@ObjectType({ description: 'Treasury payments by payment date (then in the order recorded).' })
export class DisbursementConnection extends ConnectionType(Disbursement) {}

@ObjectType({ description: 'The audit trail, newest first.' })
export class AuditEntryConnection extends ConnectionType(AuditEntry) {}
