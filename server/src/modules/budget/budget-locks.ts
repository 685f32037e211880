import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../../common/sql';

// The budget's locks, in the one order every writer takes them: the plan row (FOR SHARE; approval
// FOR UPDATE), then the envelopes involved in id order (FOR UPDATE), then their cells. Concurrent
// batches therefore queue instead of deadlocking, and every check reads rows nobody else can
// change until the checking transaction ends.
//
// The rule that keeps those checks true (READ COMMITTED): a statement sees the database as it was
// when the statement started. A `FOR SHARE`/`FOR UPDATE` that waits for another transaction re-reads
// only the rows it locks once that one commits; any other table it reads (a subquery, a join) is
// still as of before the wait. So what a lock guards is read in a later statement, once the lock is
// held, never in the statement that takes it: an approval that committed while a save waited for
// the plan would otherwise look absent, and the save would write DRAFT cells into an approved plan.

/** The plan as it stands once this transaction holds its lock; null when there is no such plan. */
export interface LockedPlan {
  id: number;
  districtId: number;
  /** The allocations are approved: plain edits are refused, adjustments and payments allowed. */
  approved: boolean;
}

/**
 * Locks the plan row: `share` for anyone changing its budget, `update` for the approval, which so
 * waits until every running save has committed and keeps new ones out until it has.
 */
export const lockPlan = async (
  em: EntityManager,
  planId: number,
  mode: 'share' | 'update',
): Promise<LockedPlan | null> => {
  const [plan] = await em.execute<{ id: number; district_id: number }[]>(
    `select id, district_id from plan where id = ? for ${mode === 'share' ? 'share' : 'update'}`,
    [planId],
  );
  if (!plan) return null;
  // A statement of its own, started after the lock is held: approval happens only under the plan's
  // FOR UPDATE, so what this reads cannot change before our transaction ends.
  const [{ approved }] = await em.execute<{ approved: boolean }[]>(
    'select exists (select 1 from allocation_approval where plan_id = ?) as approved',
    [planId],
  );
  return { id: plan.id, districtId: plan.district_id, approved };
};

/**
 * Locks the plan's envelopes with these ids (in id order) and returns them as they stand; an id
 * of another plan, or of none, is simply absent. Call after `lockPlan`. Cells of these envelopes
 * are created only under their lock, so a statement started after this one sees all of them.
 */
export const lockEnvelopes = async (em: EntityManager, planId: number, envelopeIds: number[]) =>
  em.execute<{ id: number; amount: string; allocated: string; disbursed: string }[]>(
    'select id, amount, allocated, disbursed from envelope where plan_id = ? and id = any(?::int[]) order by id for update',
    [planId, pgArray(envelopeIds)],
  );
