import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { batchLoad, groupedBy } from '../../common/batch';
import { idOf } from '../../common/node';
import { connectionOf, pageSize } from '../../common/pagination';
import { entityOf, optionalEntityOf } from '../../common/references';
import { DateScalar, DateTimeScalar, MoneyScalar } from '../../common/scalars';
import type { Context, ViewerIdentity } from '../../context';
import { User } from '../access';
import { LegalDocument } from '../documents';
import { ImplementingUnit, Plan, ProgramComponent } from '../plan';
import { Allocation } from './allocation.entity';
import { type AllocationLike, allocationRecords } from './allocation-record';
import { AllocationApproval } from './approval.entity';
import { AuditEntry } from './audit-entry.entity';
import { AuditEntity, BudgetDimension } from './budget.enums';
import {
  AdjustAllocationsInput,
  AllocationFilter,
  ApproveAllocationsInput,
  AssignEnvelopeInput,
  DisbursementFilter,
  RecordDisbursementsInput,
  SaveAllocationsInput,
} from './budget.inputs';
import {
  AllocationConnection,
  ApproveAllocationsPayload,
  AssignEnvelopePayload,
  BudgetSummaryRow,
  DisbursementConnection,
  RecordDisbursementsPayload,
  SaveAllocationsPayload,
} from './budget.payloads';
import { type Actor, approveAllocations, assignEnvelope, recordDisbursements, saveAllocations } from './budget.service';
import { type EnvelopeScope, listAllocations, listDisbursements } from './budget-lists.service';
import { budgetSummary } from './budget-summary.service';
import { Disbursement } from './disbursement.entity';
import { Envelope, EnvelopeAssignment } from './envelope.entity';

// Article 7 of the plan: Phòng Tài chính - Kế hoạch advises the allocation; nobody else writes money.

const actorOf = (viewer: ViewerIdentity | null): Actor => ({ userId: viewer?.user.id as number });

const changesOf = (changes: SaveAllocationsInput['changes']) =>
  changes.map((change, index) => ({
    envelopeId: idOf(Envelope, change.envelopeId, `changes.${index}.envelopeId`),
    unitId: idOf(ImplementingUnit, change.unitId, `changes.${index}.unitId`),
    amount: change.amount,
    expectedVersion: change.expectedVersion ?? null,
  }));

/** The envelope part of a list filter, its ids decoded (BAD_USER_INPUT when one is of another type). */
const envelopeScopeOf = (filter: AllocationFilter | DisbursementFilter | null | undefined): EnvelopeScope => ({
  planId: filter?.planId ? idOf(Plan, filter.planId, 'filter.planId') : undefined,
  year: filter?.year ?? undefined,
  projectId: filter?.projectId ? idOf(ProgramComponent, filter.projectId, 'filter.projectId') : undefined,
  componentId: filter?.componentId ? idOf(ProgramComponent, filter.componentId, 'filter.componentId') : undefined,
  capitalType: filter?.capitalType ?? undefined,
  source: filter?.source ?? undefined,
});

const unitIdOf = (filter: AllocationFilter | DisbursementFilter | null | undefined): number | undefined =>
  filter?.unitId ? idOf(ImplementingUnit, filter.unitId, 'filter.unitId') : undefined;

const toPayload = <T extends object>(payload: T, values: Partial<T>): T => Object.assign(payload, values);

@ObjectType({ description: 'One assignment decision of the province within an envelope.' })
export class EnvelopeAssignmentView {
  @Field(() => MoneyScalar, { description: 'Negative when the province reduced the envelope.' })
  amount!: bigint;

  @Field(() => LegalDocument)
  decision!: LegalDocument;

  @Field(() => DateTimeScalar)
  recordedAt!: Date;

  @Field(() => User, { nullable: true })
  recordedBy!: User | null;
}

@Resolver()
export class BudgetResolver {
  @Mutation(() => AssignEnvelopePayload, {
    description:
      'The province assigns an amount to the district for one component, capital type and source, by a decision.',
  })
  async assignEnvelope(
    @Arg('input', () => AssignEnvelopeInput) input: AssignEnvelopeInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<AssignEnvelopePayload> {
    const result = await assignEnvelope(em, actorOf(viewer), {
      planId: idOf(Plan, input.planId, 'planId'),
      componentId: idOf(ProgramComponent, input.componentId, 'componentId'),
      capitalType: input.capitalType,
      source: input.source,
      amount: input.amount,
      decisionNumber: input.decisionNumber,
      decisionDate: input.decisionDate,
      decisionIssuer: input.decisionIssuer,
      decisionTitle: input.decisionTitle ?? null,
    });
    return toPayload(new AssignEnvelopePayload(), result);
  }
  @Mutation(() => SaveAllocationsPayload, {
    description: 'All-or-nothing batch of allocation cell edits (a grid save).',
  })
  async saveAllocations(
    @Arg('input', () => SaveAllocationsInput) input: SaveAllocationsInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<SaveAllocationsPayload> {
    const result = await saveAllocations(em, actorOf(viewer), {
      planId: idOf(Plan, input.planId, 'planId'),
      changes: changesOf(input.changes),
      mode: 'DRAFT',
    });
    return toPayload(new SaveAllocationsPayload(), result);
  }
  @Mutation(() => SaveAllocationsPayload, {
    description: 'Change approved allocations, citing the adjusting decision and a reason.',
  })
  async adjustAllocations(
    @Arg('input', () => AdjustAllocationsInput) input: AdjustAllocationsInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<SaveAllocationsPayload> {
    const result = await saveAllocations(em, actorOf(viewer), {
      planId: idOf(Plan, input.planId, 'planId'),
      changes: changesOf(input.changes),
      mode: 'ADJUST',
      decisionNumber: input.decisionNumber,
      decisionDate: input.decisionDate,
      reason: input.reason,
    });
    return toPayload(new SaveAllocationsPayload(), result);
  }
  @Mutation(() => ApproveAllocationsPayload, {
    description: "Approve and lock the plan's allocations; later changes need `adjustAllocations`.",
  })
  async approveAllocations(
    @Arg('input', () => ApproveAllocationsInput) input: ApproveAllocationsInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<ApproveAllocationsPayload> {
    const result = await approveAllocations(em, actorOf(viewer), {
      planId: idOf(Plan, input.planId, 'planId'),
      decisionNumber: input.decisionNumber,
      decisionDate: input.decisionDate,
    });
    return toPayload(new ApproveAllocationsPayload(), result);
  }
  @Mutation(() => RecordDisbursementsPayload, {
    description: 'Treasury payments against approved allocations, all or nothing.',
  })
  async recordDisbursements(
    @Arg('input', () => RecordDisbursementsInput) input: RecordDisbursementsInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<RecordDisbursementsPayload> {
    const result = await recordDisbursements(
      em,
      actorOf(viewer),
      input.entries.map((entry, index) => ({
        allocationId: idOf(Allocation, entry.allocationId, `entries.${index}.allocationId`),
        paidOn: entry.paidOn,
        amount: entry.amount,
      })),
    );
    return toPayload(new RecordDisbursementsPayload(), result);
  }

  @Query(() => [BudgetSummaryRow], {
    description:
      'Money totals of a plan, grouped by the given dimensions; `asOf` answers as the data stood at that instant.',
  })
  budgetSummary(
    @Ctx() { em }: Context,
    @Arg('planId', () => ID) planId: string,
    @Arg('groupBy', () => [BudgetDimension]) groupBy: BudgetDimension[],
    @Arg('asOf', () => DateTimeScalar, { nullable: true }) asOf?: Date | null,
    @Arg('paidBy', () => DateScalar, {
      nullable: true,
      description: 'Count only payments made on or before this date, e.g. 2022-06-30 for the semi-annual report.',
    })
    paidBy?: string | null,
  ): Promise<BudgetSummaryRow[]> {
    return budgetSummary(em, idOf(Plan, planId, 'planId'), groupBy, asOf ?? null, paidBy ?? null);
  }

  @Query(() => AllocationConnection, {
    description: 'Allocation cells of any plan, filtered, in the order they were created, with keyset cursors.',
  })
  async allocations(
    @Ctx() { em }: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('filter', () => AllocationFilter, { nullable: true }) filter?: AllocationFilter | null,
  ): Promise<AllocationConnection> {
    const page = await listAllocations(em, {
      first: pageSize(first),
      after: after ?? null,
      filter: { ...envelopeScopeOf(filter), unitId: unitIdOf(filter), status: filter?.status ?? undefined },
    });
    return connectionOf(page);
  }

  @Query(() => DisbursementConnection, {
    description: 'Treasury payments of any plan, filtered, by payment date, with keyset cursors.',
  })
  async disbursements(
    @Ctx() { em }: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('filter', () => DisbursementFilter, { nullable: true }) filter?: DisbursementFilter | null,
  ): Promise<DisbursementConnection> {
    const page = await listDisbursements(em, {
      first: pageSize(first),
      after: after ?? null,
      filter: {
        ...envelopeScopeOf(filter),
        unitId: unitIdOf(filter),
        allocationId: filter?.allocationId ? idOf(Allocation, filter.allocationId, 'filter.allocationId') : undefined,
        paidFrom: filter?.paidFrom ?? undefined,
        paidTo: filter?.paidTo ?? undefined,
      },
    });
    return connectionOf(page);
  }
}

/** A plan's envelopes in component order; a year's plans (one per district) fetch theirs in one query. */
const envelopesOf = async (context: Context, planId: number): Promise<Envelope[]> => {
  const fetch = async (planIds: number[]) =>
    groupedBy(
      planIds,
      await context.em.find(
        Envelope,
        { plan: { $in: planIds } },
        { orderBy: { component: { position: 'asc' }, capitalType: 'asc', source: 'asc' } },
      ),
      (envelope) => envelope.plan.id,
    );
  return (await batchLoad(context, 'plan.envelopes', fetch, planId)) ?? [];
};

@Resolver(() => Plan)
export class PlanBudgetResolver {
  @FieldResolver(() => [Envelope], { description: 'What the province assigned, in component order.' })
  envelopes(@Root() plan: Plan, @Ctx() context: Context): Promise<Envelope[]> {
    return envelopesOf(context, plan.id);
  }

  @FieldResolver(() => [Allocation])
  async allocations(
    @Root() plan: Plan,
    @Ctx() context: Context,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string | null,
    @Arg('componentId', () => ID, { nullable: true }) componentId?: string | null,
  ): Promise<AllocationLike[]> {
    const filter = {
      componentId: componentId ? idOf(ProgramComponent, componentId, 'componentId') : undefined,
      unitId: unitId ? idOf(ImplementingUnit, unitId, 'unitId') : undefined,
    };
    // Batched by the filter: a year's plans asked the same question fetch their cells in one query,
    // read for display (allocation-record.ts); their envelopes are the ones Plan.envelopes loads.
    const fetch = async (planIds: number[]) => {
      const [records] = await Promise.all([
        allocationRecords(context.em, planIds, filter),
        ...planIds.map((planId) => envelopesOf(context, planId)),
      ]);
      return groupedBy(planIds, records, (cell) => cell.planId);
    };
    const cells = await batchLoad(context, `plan.allocations:${filter.componentId}:${filter.unitId}`, fetch, plan.id);
    return (cells ?? []).map((cell) => cell.record);
  }

  @FieldResolver(() => AllocationApproval, {
    nullable: true,
    description: 'Set once the allocations are approved (and locked).',
  })
  async allocationApproval(@Root() plan: Plan, @Ctx() context: Context): Promise<AllocationApproval | null> {
    const fetch = async (planIds: number[]) =>
      new Map(
        (await context.em.find(AllocationApproval, { plan: { $in: planIds } })).map((approval) => [
          approval.plan.id,
          approval,
        ]),
      );
    return (await batchLoad(context, 'plan.allocationApproval', fetch, plan.id)) ?? null;
  }
}

@Resolver(() => AllocationApproval)
export class AllocationApprovalResolver {
  @FieldResolver(() => LegalDocument)
  decision(@Root() approval: AllocationApproval): LegalDocument | Promise<LegalDocument> {
    return entityOf(approval.decision);
  }

  @FieldResolver(() => User, { nullable: true })
  approvedBy(@Root() approval: AllocationApproval): Promise<User | null> {
    return approval.approvedBy.load();
  }
}

@Resolver(() => Envelope)
export class EnvelopeResolver {
  @FieldResolver(() => Plan, { description: 'The plan (and so the year) the money is for.' })
  plan(@Root() envelope: Envelope): Plan | Promise<Plan> {
    return entityOf(envelope.plan);
  }

  @FieldResolver(() => ProgramComponent)
  component(@Root() envelope: Envelope): ProgramComponent | Promise<ProgramComponent> {
    return entityOf(envelope.component);
  }

  @FieldResolver(() => LegalDocument, { description: 'The decision of the latest assignment.' })
  decision(@Root() envelope: Envelope): LegalDocument | Promise<LegalDocument> {
    return entityOf(envelope.decision);
  }

  @FieldResolver(() => [EnvelopeAssignmentView], {
    description: 'The assignments that make up the amount, oldest first.',
  })
  async assignments(@Root() envelope: Envelope, @Ctx() { em }: Context): Promise<EnvelopeAssignmentView[]> {
    const rows = await em.find(
      EnvelopeAssignment,
      { envelope },
      { populate: ['decision', 'createdBy'], orderBy: { id: 'asc' } },
    );
    return rows.map((row) =>
      Object.assign(new EnvelopeAssignmentView(), {
        amount: row.amount,
        decision: row.decision.getEntity(),
        recordedAt: row.createdAt,
        recordedBy: row.createdBy.getEntity(),
      }),
    );
  }

  @FieldResolver(() => [Allocation])
  async allocations(@Root() envelope: Envelope): Promise<Allocation[]> {
    return (await envelope.allocations.load()).getItems();
  }
}

@Resolver(() => Allocation)
export class AllocationResolver {
  @FieldResolver(() => Envelope)
  envelope(@Root() allocation: AllocationLike): Envelope | Promise<Envelope> {
    return entityOf(allocation.envelope);
  }

  @FieldResolver(() => ImplementingUnit)
  unit(@Root() allocation: AllocationLike): ImplementingUnit | Promise<ImplementingUnit> {
    return entityOf(allocation.unit);
  }

  @FieldResolver(() => User, { nullable: true })
  updatedBy(@Root() allocation: AllocationLike): User | Promise<User> | null {
    return optionalEntityOf(allocation.updatedBy);
  }

  @FieldResolver(() => [AuditEntry], {
    description: 'Every change to this cell, oldest first: who, when, from what to what, why.',
  })
  history(@Root() allocation: AllocationLike, @Ctx() { em }: Context): Promise<AuditEntry[]> {
    return em.find(AuditEntry, { entity: AuditEntity.ALLOCATION, entityId: allocation.id }, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => [Disbursement], { description: 'Treasury payments from this cell, by payment date.' })
  async disbursements(@Root() allocation: AllocationLike, @Ctx() context: Context): Promise<Disbursement[]> {
    // Batched: a page of allocations fetches its payments in one query.
    const fetch = async (ids: number[]) =>
      groupedBy(
        ids,
        await context.em.find(Disbursement, { allocation: { $in: ids } }, { orderBy: { paidOn: 'asc', id: 'asc' } }),
        (payment) => payment.allocation.id,
      );
    return (await batchLoad(context, 'allocation.disbursements', fetch, allocation.id)) ?? [];
  }
}

@Resolver(() => Disbursement)
export class DisbursementResolver {
  @FieldResolver(() => Allocation, { description: 'The cell paid from.' })
  allocation(@Root() disbursement: Disbursement): Allocation | Promise<Allocation> {
    return entityOf(disbursement.allocation);
  }
}
