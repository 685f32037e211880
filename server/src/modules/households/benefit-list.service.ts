import type { FilterQuery } from '@mikro-orm/core';
import { type EntityManager, raw } from '@mikro-orm/postgresql';
import { decodeDateIdCursor, encodeDateIdCursor, type Page } from '../../common/pagination';
import { projectAndChildren } from '../budget';
import { Benefit } from './benefit.entity';
import type { BenefitKind } from './households.enums';

export interface BenefitListFilter {
  planId?: number;
  /** The year of the plan whose allocation paid. */
  year?: number;
  projectId?: number;
  componentId?: number;
  communeId?: number;
  villageId?: number;
  householdId?: number;
  allocationId?: number;
  kind?: BenefitKind;
  /** Received on or after this date. */
  receivedFrom?: string;
  /** Received on or before this date. */
  receivedTo?: string;
}

const CURSOR = 'benefit';

/**
 * The filter as conditions on Benefit, for the list and the totals alike. The benefit keeps its
 * allocation's component, which belongs to the plan: no need to join the allocation and its
 * envelope to filter by plan or year.
 */
const benefitConditions = (filter: BenefitListFilter, communes: number[] | null): FilterQuery<Benefit>[] => [
  ...(communes !== null ? [{ household: { commune: { $in: communes } } }] : []),
  ...(filter.planId !== undefined ? [{ component: { plan: filter.planId } }] : []),
  ...(filter.year !== undefined ? [{ component: { plan: { year: filter.year } } }] : []),
  ...(filter.projectId !== undefined ? [{ component: projectAndChildren(filter.projectId) }] : []),
  ...(filter.componentId !== undefined ? [{ component: filter.componentId }] : []),
  ...(filter.communeId !== undefined ? [{ household: { commune: filter.communeId } }] : []),
  ...(filter.villageId !== undefined ? [{ household: { village: filter.villageId } }] : []),
  ...(filter.householdId !== undefined ? [{ household: filter.householdId }] : []),
  ...(filter.allocationId !== undefined ? [{ allocation: filter.allocationId }] : []),
  ...(filter.kind !== undefined ? [{ kind: filter.kind }] : []),
  ...(filter.receivedFrom !== undefined ? [{ receivedOn: { $gte: filter.receivedFrom } }] : []),
  ...(filter.receivedTo !== undefined ? [{ receivedOn: { $lte: filter.receivedTo } }] : []),
];

/**
 * One page of benefits by date received, then id, with the total of the filter. `communes` (from
 * `visibleCommunes`) narrows the rows to households of those communes; null: the whole district.
 * Two statements whatever the page size: the count and the page.
 */
export const listBenefits = async (
  em: EntityManager,
  {
    first,
    after,
    filter,
    communes,
  }: { first: number; after: string | null; filter: BenefitListFilter; communes: number[] | null },
): Promise<Page<Benefit>> => {
  const afterKey = decodeDateIdCursor(CURSOR, after);
  const conditions = benefitConditions(filter, communes);
  const where = (extra: FilterQuery<Benefit>[]): FilterQuery<Benefit> => {
    const all = [...conditions, ...extra];
    return all.length > 0 ? { $and: all } : {};
  };
  const totalCount = await em.count(Benefit, where([]));
  const keyset: FilterQuery<Benefit>[] = afterKey
    ? [{ $or: [{ receivedOn: { $gt: afterKey.date } }, { receivedOn: afterKey.date, id: { $gt: afterKey.id } }] }]
    : [];
  const rows = await em.find(Benefit, where(keyset), { orderBy: { receivedOn: 'asc', id: 'asc' }, limit: first + 1 });
  const nodes = rows.slice(0, first);
  return {
    nodes,
    cursors: nodes.map((benefit) => encodeDateIdCursor(CURSOR, { date: benefit.receivedOn, id: benefit.id })),
    hasNextPage: rows.length > first,
    totalCount,
  };
};

export interface BenefitTotals {
  /** Distinct households with at least one benefit. */
  households: number;
  benefits: number;
  /** In đồng; in-kind benefits without a value count for nothing. */
  amount: bigint;
}

/** What `listBenefits` would page through, added up in one statement. */
export const benefitTotals = async (
  em: EntityManager,
  filter: BenefitListFilter,
  communes: number[] | null,
): Promise<BenefitTotals> => {
  const conditions = benefitConditions(filter, communes);
  const [row] = await em
    .createQueryBuilder(Benefit, 'b')
    .select([
      raw('count(distinct b.household_id)::int as households'),
      raw('count(*)::int as benefits'),
      raw('coalesce(sum(b.amount), 0)::text as amount'),
    ])
    .where(conditions.length > 0 ? { $and: conditions } : {})
    .execute<{ households: number; benefits: number; amount: string }[]>('all', false);
  return { households: row.households, benefits: row.benefits, amount: BigInt(row.amount) };
};
