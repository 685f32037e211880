import type { Ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NodeEntity, toGlobalId } from '../../common/node';
import { pgArray } from '../../common/sql';
import { User } from '../access';
import { ImplementingUnit } from '../plan';
import { Allocation } from './allocation.entity';
import type { AllocationStatus } from './budget.enums';
import { Envelope } from './envelope.entity';

/** What the Allocation type's fields read: an entity, or a record read for display. */
export type AllocationLike = Pick<
  Allocation,
  'id' | 'globalId' | 'envelope' | 'unit' | 'amount' | 'status' | 'version' | 'disbursed' | 'updatedAt' | 'updatedBy'
>;

/**
 * A grid cell read for display only: the row as it is, without the ORM's change tracking. A year's
 * grid lists thousands of cells, and an entity costs its hydration and snapshot (about 10 µs each
 * and the garbage behind them, docs/performance.md). Its envelope, unit and last editor are
 * references into the request's identity map, so that they resolve to the entities loaded beside.
 * A NodeEntity, so that type-graphql reads its `id` as it is (it would otherwise copy it into a new
 * instance of the interface's class), named as the Allocation it stands for.
 */
class AllocationRecord extends NodeEntity implements AllocationLike {
  constructor(
    id: number,
    readonly envelope: Ref<Envelope>,
    readonly unit: Ref<ImplementingUnit>,
    readonly amount: bigint,
    readonly status: AllocationStatus,
    readonly version: number,
    readonly disbursed: bigint,
    readonly updatedAt: Date,
    readonly updatedBy: Ref<User> | null,
  ) {
    super();
    this.id = id;
  }

  override get globalId(): string {
    return toGlobalId(Allocation.name, this.id);
  }
}

interface AllocationRow {
  id: number;
  envelope_id: number;
  unit_id: number;
  amount: string;
  status: AllocationStatus;
  version: number;
  disbursed: string;
  updated_at: number;
  updated_by_id: number | null;
}

// The instant as epoch milliseconds: the ORM's connection returns timestamps as text.
const SELECT = `select a.id, a.envelope_id, a.unit_id, a.amount::text, a.status, a.version, a.disbursed::text,
                       (extract(epoch from a.updated_at) * 1000)::float8 as updated_at, a.updated_by_id`;

const recordOf = (em: EntityManager, row: AllocationRow): AllocationLike =>
  new AllocationRecord(
    row.id,
    em.getReference(Envelope, row.envelope_id, { wrapped: true }),
    em.getReference(ImplementingUnit, row.unit_id, { wrapped: true }),
    BigInt(row.amount),
    row.status,
    row.version,
    BigInt(row.disbursed),
    new Date(row.updated_at),
    row.updated_by_id === null ? null : em.getReference(User, row.updated_by_id, { wrapped: true }),
  );

/**
 * The cells of some plans, optionally of one component or unit, in the grid's order (component,
 * capital type, source, unit), as records keyed by plan.
 */
export const allocationRecords = async (
  em: EntityManager,
  planIds: number[],
  { componentId, unitId }: { componentId?: number; unitId?: number },
): Promise<{ planId: number; record: AllocationLike }[]> => {
  const rows = await em.getConnection().execute<(AllocationRow & { plan_id: number })[]>(
    `${SELECT}, e.plan_id
       from allocation a join envelope e on e.id = a.envelope_id join program_component c on c.id = e.component_id
      where e.plan_id = any(?::int[]) ${componentId !== undefined ? 'and e.component_id = ?' : ''}
            ${unitId !== undefined ? 'and a.unit_id = ?' : ''}
      order by c.position, e.capital_type, e.source, a.unit_id`,
    [pgArray(planIds), ...(componentId !== undefined ? [componentId] : []), ...(unitId !== undefined ? [unitId] : [])],
  );
  return rows.map((row) => ({ planId: row.plan_id, record: recordOf(em, row) }));
};

/** Cells by id, as records (what a save answers: thousands of cells just written). */
export const allocationRecordsById = async (em: EntityManager, ids: number[]): Promise<Map<number, AllocationLike>> => {
  const rows = await em
    .getConnection()
    .execute<AllocationRow[]>(`${SELECT} from allocation a where a.id = any(?::int[])`, [pgArray(ids)]);
  return new Map(rows.map((row) => [row.id, recordOf(em, row)]));
};
