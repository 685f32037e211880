import type { EntityManager } from '@mikro-orm/postgresql';
import { notifyAllocationsChanged } from '../../common/events';
import { pgArray } from '../../common/sql';
import { checkTextLimits, TEXT_LIMITS } from '../../common/text';
import { UserError } from '../../common/user-error';
import { todayInVietnam } from '../../common/vietnam-time';
import { findOrCreateDecision } from '../documents';
import { AdminUnit } from '../places';
import { ProgramComponent } from '../plan';
import { Allocation } from './allocation.entity';
import { type AllocationLike, allocationRecordsById } from './allocation-record';
import { AllocationApproval } from './approval.entity';
import { AuditAction, AuditEntity, type CapitalType, type FundingSource } from './budget.enums';
import { BudgetErrorCode as Code } from './budget.errors';
import { lockEnvelopes, lockPlan } from './budget-locks';
import { Envelope, EnvelopeAssignment } from './envelope.entity';
import { MAX_CELL_AMOUNT } from './money';

/** Who is acting, for `updated_by` and the audit trail. */
export interface Actor {
  userId: number;
}

const MAX_CHANGES = 10_000;

const formatDong = (amount: bigint): string => `${amount.toLocaleString('vi-VN')} đồng`;

// The text each command carries, checked against its limit before any statement runs.
const ASSIGN_TEXT = {
  decisionNumber: TEXT_LIMITS.decisionNumber,
  decisionIssuer: TEXT_LIMITS.decisionIssuer,
  decisionTitle: TEXT_LIMITS.decisionTitle,
};
const ADJUST_TEXT = { decisionNumber: TEXT_LIMITS.decisionNumber, reason: TEXT_LIMITS.adjustmentReason };
const APPROVE_TEXT = { decisionNumber: TEXT_LIMITS.decisionNumber };

interface AuditRow {
  planId: number;
  action: AuditAction;
  entity: AuditEntity;
  entityId: number;
  oldAmount: bigint | null;
  newAmount: bigint | null;
  decisionNumber?: string | null;
  decisionDate?: string | null;
  reason?: string | null;
  details?: Record<string, unknown> | null;
}

/** Appends audit entries in the caller's transaction (one statement, however many rows). */
export const writeAudit = async (em: EntityManager, actor: Actor, rows: AuditRow[]): Promise<void> => {
  if (rows.length === 0) return;
  await em.execute(
    `insert into audit_entry (user_id, plan_id, action, entity, entity_id, old_amount, new_amount,
                              decision_number, decision_date, reason, details)
     select ?, * from unnest(?::int[], ?::text[], ?::text[], ?::int[], ?::bigint[], ?::bigint[],
                             ?::text[], ?::date[], ?::text[], ?::jsonb[])`,
    [
      actor.userId,
      pgArray(rows.map((row) => row.planId)),
      pgArray(rows.map((row) => row.action)),
      pgArray(rows.map((row) => row.entity)),
      pgArray(rows.map((row) => row.entityId)),
      pgArray(rows.map((row) => row.oldAmount)),
      pgArray(rows.map((row) => row.newAmount)),
      pgArray(rows.map((row) => row.decisionNumber)),
      pgArray(rows.map((row) => row.decisionDate)),
      pgArray(rows.map((row) => row.reason)),
      pgArray(rows.map((row) => (row.details ? JSON.stringify(row.details) : null))),
    ],
  );
};

// ---------------------------------------------------------------- assignments

export interface AssignEnvelopeCommand {
  planId: number;
  componentId: number;
  capitalType: CapitalType;
  source: FundingSource;
  amount: bigint;
  decisionNumber: string;
  decisionDate: string;
  decisionIssuer: string;
  decisionTitle: string | null;
}

export type AssignEnvelopeResult = { envelope: Envelope | null; userErrors: UserError[] };

/** Records one assignment (or reduction) by the province, creating the envelope on first use. */
export const assignEnvelope = async (
  em: EntityManager,
  actor: Actor,
  command: AssignEnvelopeCommand,
): Promise<AssignEnvelopeResult> => {
  const errors: UserError[] = [];
  if (command.amount === 0n)
    errors.push(new UserError(Code.AMOUNT_ZERO, 'An assignment must change the envelope.', ['input', 'amount']));
  if (command.amount > MAX_CELL_AMOUNT || command.amount < -MAX_CELL_AMOUNT) {
    errors.push(
      new UserError(Code.AMOUNT_TOO_LARGE, `At most ${formatDong(MAX_CELL_AMOUNT)} at once.`, ['input', 'amount']),
    );
  }
  for (const field of ['decisionNumber', 'decisionIssuer'] as const) {
    if (!command[field].trim())
      errors.push(new UserError(Code.DECISION_REQUIRED, 'Cite the assigning decision.', ['input', field]));
  }
  errors.push(...checkTextLimits(command, ASSIGN_TEXT));
  if (errors.length > 0) return { envelope: null, userErrors: errors };

  const tx = em.fork({ clear: true });
  const result = await tx
    .transactional(async (t): Promise<AssignEnvelopeResult> => {
      const plan = await lockPlan(t, command.planId, 'share');
      if (!plan)
        return {
          envelope: null,
          userErrors: [new UserError(Code.PLAN_NOT_FOUND, 'No such plan.', ['input', 'planId'])],
        };
      const component = await t.findOne(ProgramComponent, { id: command.componentId, plan: command.planId });
      if (!component) {
        return {
          envelope: null,
          userErrors: [
            new UserError(Code.COMPONENT_NOT_IN_PLAN, 'The component is not part of this plan.', [
              'input',
              'componentId',
            ]),
          ],
        };
      }
      const decision = await findOrCreateDecision(t, {
        number: command.decisionNumber,
        issuedOn: command.decisionDate,
        issuer: command.decisionIssuer,
        title: command.decisionTitle ?? undefined,
      });
      if (decision === 'DATE_MISMATCH') {
        return {
          envelope: null,
          userErrors: [
            new UserError(Code.DECISION_DATE_MISMATCH, 'This decision is already recorded with another date.', [
              'input',
              'decisionDate',
            ]),
          ],
        };
      }
      await t.flush();
      await t.execute(
        `insert into envelope (plan_id, component_id, capital_type, source, amount, decision_id)
       values (?, ?, ?, ?, 0, ?) on conflict (plan_id, component_id, capital_type, source) do nothing`,
        [command.planId, command.componentId, command.capitalType, command.source, decision.id],
      );
      const [row] = await t.execute<{ id: number; amount: string; allocated: string }[]>(
        `select id, amount, allocated from envelope
        where plan_id = ? and component_id = ? and capital_type = ? and source = ? for update`,
        [command.planId, command.componentId, command.capitalType, command.source],
      );
      const oldAmount = BigInt(row.amount);
      const newAmount = oldAmount + command.amount;
      const allocated = BigInt(row.allocated);
      if (newAmount < allocated) {
        throw new UserErrorAbort([
          new UserError(
            Code.ENVELOPE_BELOW_ALLOCATED,
            `The envelope would fall to ${formatDong(newAmount)}, below the ${formatDong(allocated)} already allocated from it.`,
            ['input', 'amount'],
          ),
        ]);
      }
      await t.execute(
        `update envelope set amount = ?, decision_id = ?, version = version + 1, updated_at = now(), updated_by_id = ?
        where id = ?`,
        [newAmount.toString(), decision.id, actor.userId, row.id],
      );
      t.create(EnvelopeAssignment, { envelope: row.id, decision, amount: command.amount, createdBy: actor.userId });
      await t.flush();
      await writeAudit(t, actor, [
        {
          planId: command.planId,
          action: AuditAction.ASSIGN,
          entity: AuditEntity.ENVELOPE,
          entityId: row.id,
          oldAmount,
          newAmount,
          decisionNumber: decision.number,
          decisionDate: decision.issuedOn,
          details: {
            componentCode: component.code,
            capitalType: command.capitalType,
            source: command.source,
            issuer: decision.issuer,
          },
        },
      ]);
      return { envelope: await t.findOneOrFail(Envelope, row.id, { refresh: true }), userErrors: [] };
    })
    .catch(abortedAs<AssignEnvelopeResult>({ envelope: null }));
  return result;
};

/** Thrown inside a transaction to roll it back and answer with userErrors. */
class UserErrorAbort extends Error {
  constructor(readonly userErrors: UserError[]) {
    super('rolled back');
  }
}

/** Answers an aborted transaction with its userErrors and the payload's empty shape. */
const abortedAs =
  <T extends { userErrors: UserError[] }>(empty: Omit<T, 'userErrors'>) =>
  (error: unknown): T => {
    if (error instanceof UserErrorAbort) return { ...empty, userErrors: error.userErrors } as T;
    throw error;
  };

// ---------------------------------------------------------------- allocations

export interface CellChange {
  envelopeId: number;
  unitId: number;
  amount: bigint;
  expectedVersion: number | null;
}

export interface SaveAllocationsCommand {
  planId: number;
  changes: CellChange[];
  /** Draft edits before approval, or an adjustment of approved allocations by a decision. */
  mode: 'DRAFT' | 'ADJUST';
  decisionNumber?: string;
  decisionDate?: string;
  reason?: string;
}

export interface SaveAllocationsResult {
  allocations: AllocationLike[];
  conflicts: { index: number; current: Allocation }[];
  userErrors: UserError[];
}

const emptyResult = (partial: Partial<SaveAllocationsResult>): SaveAllocationsResult => ({
  allocations: [],
  conflicts: [],
  userErrors: [],
  ...partial,
});

/** Checks what can be checked without the database. */
const validateChanges = (command: SaveAllocationsCommand): UserError[] => {
  const errors: UserError[] = [];
  if (command.changes.length > MAX_CHANGES) {
    return [new UserError(Code.TOO_MANY_CHANGES, `At most ${MAX_CHANGES} cells per save.`, ['input', 'changes'])];
  }
  if (command.mode === 'ADJUST') {
    if (!command.decisionNumber?.trim()) {
      errors.push(
        new UserError(Code.DECISION_REQUIRED, 'An adjustment cites its decision.', ['input', 'decisionNumber']),
      );
    }
    if (!command.reason?.trim())
      errors.push(new UserError(Code.REASON_REQUIRED, 'An adjustment gives its reason.', ['input', 'reason']));
    errors.push(...checkTextLimits(command, ADJUST_TEXT));
  }
  const seen = new Map<string, number>();
  command.changes.forEach((change, index) => {
    const field = ['input', 'changes', String(index), 'amount'];
    if (change.amount < 0n)
      errors.push(new UserError(Code.AMOUNT_NEGATIVE, 'An allocation cannot be negative.', field));
    if (change.amount > MAX_CELL_AMOUNT) {
      errors.push(
        new UserError(Code.AMOUNT_TOO_LARGE, `An allocation is at most ${formatDong(MAX_CELL_AMOUNT)}.`, field),
      );
    }
    const key = `${change.envelopeId}:${change.unitId}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else {
      errors.push(
        new UserError(Code.DUPLICATE_CELL, `The same cell is already changed at index ${first}.`, [
          'input',
          'changes',
          String(index),
        ]),
      );
    }
  });
  return errors;
};

/**
 * Saves a batch of grid cells all-or-nothing: any userError or stale version and nothing is written.
 * Each change carries the version its editor saw; envelopes are locked so that their sum can never
 * pass what the province assigned, however many editors save at once.
 */
export const saveAllocations = async (
  em: EntityManager,
  actor: Actor,
  command: SaveAllocationsCommand,
): Promise<SaveAllocationsResult> => {
  const invalid = validateChanges(command);
  if (invalid.length > 0) return emptyResult({ userErrors: invalid });
  if (command.changes.length === 0) return emptyResult({});

  const tx = em.fork({ clear: true });
  const outcome = await tx.transactional(async (t): Promise<SaveAllocationsResult | number[]> => {
    const plan = await lockPlan(t, command.planId, 'share');
    if (!plan)
      return emptyResult({ userErrors: [new UserError(Code.PLAN_NOT_FOUND, 'No such plan.', ['input', 'planId'])] });
    if (command.mode === 'DRAFT' && plan.approved) {
      return emptyResult({
        userErrors: [
          new UserError(
            Code.PLAN_LOCKED,
            'The allocations are approved: change them with adjustAllocations and a decision.',
            ['input', 'planId'],
          ),
        ],
      });
    }
    if (command.mode === 'ADJUST' && !plan.approved) {
      return emptyResult({
        userErrors: [
          new UserError(Code.PLAN_NOT_APPROVED, 'Nothing to adjust: the allocations are not approved yet.', [
            'input',
            'planId',
          ]),
        ],
      });
    }

    const envelopeIds = [...new Set(command.changes.map((change) => change.envelopeId))].sort((a, b) => a - b);
    const envelopes = new Map(
      (await lockEnvelopes(t, command.planId, envelopeIds)).map((row) => [
        row.id,
        { amount: BigInt(row.amount), allocated: BigInt(row.allocated) },
      ]),
    );
    const unitRows = await t.execute<{ unit_id: number }[]>(
      'select unit_id from plan_unit where plan_id = ? and unit_id = any(?::int[])',
      [command.planId, pgArray([...new Set(command.changes.map((change) => change.unitId))])],
    );
    const units = new Set(unitRows.map((row) => row.unit_id));
    const existingRows = await t.execute<
      { id: number; envelope_id: number; unit_id: number; amount: string; version: number; disbursed: string }[]
    >(
      'select id, envelope_id, unit_id, amount, version, disbursed from allocation where envelope_id = any(?::int[]) for update',
      [pgArray(envelopeIds)],
    );
    const existing = new Map(existingRows.map((row) => [`${row.envelope_id}:${row.unit_id}`, row]));

    const errors: UserError[] = [];
    const conflictIndexes: { index: number; id: number }[] = [];
    const delta = new Map<number, bigint>();
    const firstIncrease = new Map<number, number>();
    command.changes.forEach((change, index) => {
      const path = ['input', 'changes', String(index)];
      const envelope = envelopes.get(change.envelopeId);
      if (!envelope) {
        errors.push(
          new UserError(Code.ENVELOPE_NOT_ASSIGNED, 'The province has assigned no such envelope in this plan.', [
            ...path,
            'envelopeId',
          ]),
        );
        return;
      }
      if (!units.has(change.unitId)) {
        errors.push(
          new UserError(Code.UNIT_NOT_IN_PLAN, 'The unit does not take part in this plan.', [...path, 'unitId']),
        );
        return;
      }
      const current = existing.get(`${change.envelopeId}:${change.unitId}`);
      if (!current) {
        if (change.expectedVersion !== null) {
          errors.push(
            new UserError(Code.VERSION_MISMATCH, 'This cell has no allocation yet: send expectedVersion null.', [
              ...path,
              'expectedVersion',
            ]),
          );
          return;
        }
      } else if (current.version !== change.expectedVersion) {
        conflictIndexes.push({ index, id: current.id });
        return;
      }
      const old = current ? BigInt(current.amount) : 0n;
      if (command.mode === 'ADJUST' && current && change.amount < BigInt(current.disbursed)) {
        errors.push(
          new UserError(
            Code.BELOW_DISBURSED,
            `${formatDong(BigInt(current.disbursed))} is already paid from this allocation.`,
            [...path, 'amount'],
          ),
        );
      }
      delta.set(change.envelopeId, (delta.get(change.envelopeId) ?? 0n) + change.amount - old);
      if (change.amount > old && !firstIncrease.has(change.envelopeId)) firstIncrease.set(change.envelopeId, index);
    });
    for (const [envelopeId, change] of delta) {
      const envelope = envelopes.get(envelopeId);
      if (!envelope) continue;
      const after = envelope.allocated + change;
      if (after > envelope.amount) {
        errors.push(
          new UserError(
            Code.EXCEEDS_ENVELOPE,
            `Allocations would total ${formatDong(after)}, ${formatDong(after - envelope.amount)} more than the ${formatDong(envelope.amount)} assigned.`,
            ['input', 'changes', String(firstIncrease.get(envelopeId) ?? 0), 'amount'],
          ),
        );
      }
    }
    if (conflictIndexes.length > 0 || errors.length > 0) {
      const currents = new Map(
        (await t.find(Allocation, { id: { $in: conflictIndexes.map((conflict) => conflict.id) } })).map(
          (allocation) => [allocation.id, allocation],
        ),
      );
      return emptyResult({
        userErrors: errors,
        conflicts: conflictIndexes.map(({ index, id }) => ({ index, current: currents.get(id) as Allocation })),
      });
    }

    // Cells whose amount does not change are returned as they are: no new version, no audit entry.
    const writes = command.changes.filter((change) => {
      const current = existing.get(`${change.envelopeId}:${change.unitId}`);
      return !current || BigInt(current.amount) !== change.amount;
    });
    let writtenIds = new Map<string, number>();
    if (writes.length > 0) {
      const written = await t.execute<{ id: number; envelope_id: number; unit_id: number }[]>(
        `insert into allocation (envelope_id, unit_id, amount, status, version, updated_at, updated_by_id)
         select envelope_id, unit_id, amount, ?, 1, now(), ?
           from unnest(?::int[], ?::int[], ?::bigint[]) as c(envelope_id, unit_id, amount)
         on conflict (envelope_id, unit_id) do update
           set amount = excluded.amount, version = allocation.version + 1,
               updated_at = excluded.updated_at, updated_by_id = excluded.updated_by_id
         returning id, envelope_id, unit_id`,
        [
          command.mode === 'ADJUST' ? 'APPROVED' : 'DRAFT',
          actor.userId,
          pgArray(writes.map((change) => change.envelopeId)),
          pgArray(writes.map((change) => change.unitId)),
          pgArray(writes.map((change) => change.amount)),
        ],
      );
      const ids = new Map(written.map((row) => [`${row.envelope_id}:${row.unit_id}`, row.id]));
      writtenIds = ids;
      const changedEnvelopes = [...delta].filter(([, change]) => change !== 0n);
      if (changedEnvelopes.length > 0) {
        await t.execute(
          `update envelope e set allocated = e.allocated + d.delta, version = e.version + 1, updated_at = now(), updated_by_id = ?
             from unnest(?::int[], ?::bigint[]) as d(id, delta) where e.id = d.id`,
          [
            actor.userId,
            pgArray(changedEnvelopes.map(([id]) => id)),
            pgArray(changedEnvelopes.map(([, change]) => change)),
          ],
        );
      }
      await writeAudit(
        t,
        actor,
        writes.map((change) => {
          const current = existing.get(`${change.envelopeId}:${change.unitId}`);
          return {
            planId: command.planId,
            action: command.mode === 'ADJUST' ? AuditAction.ADJUST : AuditAction.ALLOCATE,
            entity: AuditEntity.ALLOCATION,
            entityId: ids.get(`${change.envelopeId}:${change.unitId}`) as number,
            oldAmount: current ? BigInt(current.amount) : null,
            newAmount: change.amount,
            decisionNumber: command.mode === 'ADJUST' ? command.decisionNumber?.trim() : null,
            decisionDate: command.mode === 'ADJUST' ? command.decisionDate : null,
            reason: command.mode === 'ADJUST' ? command.reason?.trim() : null,
            details: { envelopeId: change.envelopeId, unitId: change.unitId },
          };
        }),
      );
      await notifyAllocationsChanged(t, {
        planId: command.planId,
        allocationIds: [...ids.values()],
        userId: actor.userId,
      });
    }

    const cellIds = new Map(existingRows.map((row) => [`${row.envelope_id}:${row.unit_id}`, row.id]));
    for (const [cell, id] of writtenIds) cellIds.set(cell, id);
    return command.changes.map((change) => cellIds.get(`${change.envelopeId}:${change.unitId}`) as number);
  });
  if (!Array.isArray(outcome)) return outcome;
  // Read back after the commit as plain records: nothing to compare or flush, and no entity to
  // build for each of thousands of cells (docs/performance.md).
  const saved = await allocationRecordsById(em, outcome);
  return emptyResult({ allocations: outcome.map((id) => saved.get(id) as AllocationLike) });
};

// ---------------------------------------------------------------- approval

export interface ApproveCommand {
  planId: number;
  decisionNumber: string;
  decisionDate: string;
}

/** Approves the plan's allocations by a district decision and locks them against plain edits. */
export const approveAllocations = async (
  em: EntityManager,
  actor: Actor,
  command: ApproveCommand,
): Promise<{ allocations: Allocation[]; userErrors: UserError[] }> => {
  if (!command.decisionNumber.trim()) {
    return {
      allocations: [],
      userErrors: [new UserError(Code.DECISION_REQUIRED, 'Cite the approving decision.', ['input', 'decisionNumber'])],
    };
  }
  const tooLong = checkTextLimits(command, APPROVE_TEXT);
  if (tooLong.length > 0) return { allocations: [], userErrors: tooLong };
  const tx = em.fork({ clear: true });
  return tx
    .transactional(async (t) => {
      const plan = await lockPlan(t, command.planId, 'update');
      if (!plan)
        return {
          allocations: [],
          userErrors: [new UserError(Code.PLAN_NOT_FOUND, 'No such plan.', ['input', 'planId'])],
        };
      if (plan.approved) {
        return {
          allocations: [],
          userErrors: [
            new UserError(Code.ALREADY_APPROVED, 'The allocations are already approved.', ['input', 'planId']),
          ],
        };
      }
      const allocationIds = (
        await t.execute<{ id: number }[]>(
          'select a.id from allocation a join envelope e on e.id = a.envelope_id where e.plan_id = ? order by a.id',
          [command.planId],
        )
      ).map((row) => row.id);
      if (allocationIds.length === 0) {
        return {
          allocations: [],
          userErrors: [
            new UserError(Code.NO_ALLOCATIONS, 'There is nothing allocated to approve.', ['input', 'planId']),
          ],
        };
      }
      const district = await t.findOneOrFail(AdminUnit, plan.districtId);
      const decision = await findOrCreateDecision(t, {
        number: command.decisionNumber,
        issuedOn: command.decisionDate,
        issuer: `UBND huyện ${district.name}`,
      });
      if (decision === 'DATE_MISMATCH') {
        throw new UserErrorAbort([
          new UserError(Code.DECISION_DATE_MISMATCH, 'This decision is already recorded with another date.', [
            'input',
            'decisionDate',
          ]),
        ]);
      }
      t.create(AllocationApproval, { plan: command.planId, decision, approvedBy: actor.userId });
      await t.flush();
      await t.execute(
        `update allocation set status = 'APPROVED', version = version + 1, updated_at = now(), updated_by_id = ?
          where id = any(?::int[])`,
        [actor.userId, pgArray(allocationIds)],
      );
      await t.execute(
        `insert into audit_entry (user_id, plan_id, action, entity, entity_id, old_amount, new_amount, decision_number, decision_date, details)
         select ?, ?, 'APPROVE', 'ALLOCATION', a.id, a.amount, a.amount, ?, ?::date,
                jsonb_build_object('envelopeId', a.envelope_id, 'unitId', a.unit_id)
           from allocation a where a.id = any(?::int[])`,
        [actor.userId, command.planId, decision.number, decision.issuedOn, pgArray(allocationIds)],
      );
      await writeAudit(t, actor, [
        {
          planId: command.planId,
          action: AuditAction.APPROVE,
          entity: AuditEntity.PLAN,
          entityId: command.planId,
          oldAmount: null,
          newAmount: null,
          decisionNumber: decision.number,
          decisionDate: decision.issuedOn,
          details: { allocations: allocationIds.length, issuer: decision.issuer },
        },
      ]);
      await notifyAllocationsChanged(t, { planId: command.planId, allocationIds, userId: actor.userId });
      return {
        allocations: await t.find(Allocation, { id: { $in: allocationIds } }, { orderBy: { id: 'asc' } }),
        userErrors: [],
      };
    })
    .catch(abortedAs<{ allocations: Allocation[]; userErrors: UserError[] }>({ allocations: [] }));
};

// ---------------------------------------------------------------- disbursements

export interface DisbursementEntry {
  allocationId: number;
  paidOn: string;
  amount: bigint;
}

/** Records treasury payments, all or nothing; the total paid never passes an allocation. */
export const recordDisbursements = async (
  em: EntityManager,
  actor: Actor,
  entries: DisbursementEntry[],
): Promise<{ allocations: Allocation[]; userErrors: UserError[] }> => {
  const errors: UserError[] = [];
  const today = todayInVietnam();
  entries.forEach((entry, index) => {
    const path = ['input', 'entries', String(index)];
    if (entry.amount <= 0n)
      errors.push(new UserError(Code.AMOUNT_NOT_POSITIVE, 'A payment is a positive amount.', [...path, 'amount']));
    if (entry.amount > MAX_CELL_AMOUNT) {
      errors.push(
        new UserError(Code.AMOUNT_TOO_LARGE, `A payment is at most ${formatDong(MAX_CELL_AMOUNT)}.`, [
          ...path,
          'amount',
        ]),
      );
    }
    if (entry.paidOn > today)
      errors.push(
        new UserError(Code.PAID_ON_IN_FUTURE, 'A payment cannot be dated in the future.', [...path, 'paidOn']),
      );
  });
  if (entries.length > MAX_CHANGES)
    errors.push(new UserError(Code.TOO_MANY_CHANGES, `At most ${MAX_CHANGES} payments at once.`, ['input', 'entries']));
  if (errors.length > 0 || entries.length === 0) return { allocations: [], userErrors: errors };

  const tx = em.fork({ clear: true });
  return tx
    .transactional(async (t) => {
      const allocationIds = [...new Set(entries.map((entry) => entry.allocationId))];
      const owners = await t.execute<{ id: number; envelope_id: number; plan_id: number }[]>(
        'select a.id, a.envelope_id, e.plan_id from allocation a join envelope e on e.id = a.envelope_id where a.id = any(?::int[])',
        [pgArray(allocationIds)],
      );
      const planIds = [...new Set(owners.map((row) => row.plan_id))].sort((a, b) => a - b);
      for (const planId of planIds) await lockPlan(t, planId, 'share');
      for (const planId of planIds) {
        await lockEnvelopes(
          t,
          planId,
          owners
            .filter((row) => row.plan_id === planId)
            .map((row) => row.envelope_id)
            .sort((a, b) => a - b),
        );
      }
      const rows = await t.execute<
        { id: number; envelope_id: number; amount: string; disbursed: string; status: string }[]
      >(
        'select id, envelope_id, amount, disbursed, status from allocation where id = any(?::int[]) order by id for update',
        // Only the cells found above, whose envelopes are now locked: a cell created since is not paid unlocked.
        [pgArray(owners.map((row) => row.id))],
      );
      const allocations = new Map(rows.map((row) => [row.id, row]));
      const planOf = new Map(owners.map((row) => [row.id, row.plan_id]));
      const paid = new Map<number, bigint>();
      const failures: UserError[] = [];
      entries.forEach((entry, index) => {
        const path = ['input', 'entries', String(index)];
        const allocation = allocations.get(entry.allocationId);
        if (!allocation) {
          failures.push(new UserError(Code.ALLOCATION_NOT_FOUND, 'No such allocation.', [...path, 'allocationId']));
          return;
        }
        if (allocation.status !== 'APPROVED') {
          failures.push(
            new UserError(Code.NOT_APPROVED, 'Payments are recorded only against approved allocations.', [
              ...path,
              'allocationId',
            ]),
          );
          return;
        }
        const total = (paid.get(entry.allocationId) ?? BigInt(allocation.disbursed)) + entry.amount;
        paid.set(entry.allocationId, total);
        if (total > BigInt(allocation.amount)) {
          failures.push(
            new UserError(
              Code.EXCEEDS_ALLOCATION,
              `Payments would total ${formatDong(total)}, ${formatDong(total - BigInt(allocation.amount))} more than the ${formatDong(BigInt(allocation.amount))} allocated.`,
              [...path, 'amount'],
            ),
          );
        }
      });
      if (failures.length > 0) throw new UserErrorAbort(failures);

      const inserted = await t.execute<{ id: number; allocation_id: number; amount: string; paid_on: string }[]>(
        `insert into disbursement (allocation_id, paid_on, amount, recorded_by_id)
         select allocation_id, paid_on, amount, ? from unnest(?::int[], ?::date[], ?::bigint[]) as d(allocation_id, paid_on, amount)
         returning id, allocation_id, amount, paid_on::text`,
        [
          actor.userId,
          pgArray(entries.map((entry) => entry.allocationId)),
          pgArray(entries.map((entry) => entry.paidOn)),
          pgArray(entries.map((entry) => entry.amount)),
        ],
      );
      await t.execute(
        `update allocation a set disbursed = a.disbursed + d.total, updated_at = now()
           from (select allocation_id, sum(amount) as total from disbursement where id = any(?::int[]) group by allocation_id) d
          where a.id = d.allocation_id`,
        [pgArray(inserted.map((row) => row.id))],
      );
      await t.execute(
        `update envelope e set disbursed = e.disbursed + d.total, updated_at = now()
           from (select a.envelope_id, sum(x.amount) as total from disbursement x join allocation a on a.id = x.allocation_id
                  where x.id = any(?::int[]) group by a.envelope_id) d
          where e.id = d.envelope_id`,
        [pgArray(inserted.map((row) => row.id))],
      );
      await writeAudit(
        t,
        actor,
        inserted.map((row) => ({
          planId: planOf.get(row.allocation_id) as number,
          action: AuditAction.DISBURSE,
          entity: AuditEntity.DISBURSEMENT,
          entityId: row.id,
          oldAmount: null,
          newAmount: BigInt(row.amount),
          details: { allocationId: row.allocation_id, paidOn: row.paid_on },
        })),
      );
      for (const planId of planIds) {
        await notifyAllocationsChanged(t, {
          planId,
          allocationIds: allocationIds.filter((id) => planOf.get(id) === planId),
          userId: actor.userId,
        });
      }
      return {
        allocations: await t.find(Allocation, { id: { $in: allocationIds } }, { orderBy: { id: 'asc' } }),
        userErrors: [],
      };
    })
    .catch(abortedAs<{ allocations: Allocation[]; userErrors: UserError[] }>({ allocations: [] }));
};
