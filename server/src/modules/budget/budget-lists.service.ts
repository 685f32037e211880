import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  decodeDateIdCursor,
  decodeIdCursor,
  encodeCursor,
  encodeDateIdCursor,
  type Page,
} from '../../common/pagination';
import type { ProgramComponent } from '../plan';
import { Allocation } from './allocation.entity';
import { AuditEntry } from './audit-entry.entity';
import type { AllocationStatus, AuditAction, AuditEntity, CapitalType, FundingSource } from './budget.enums';
import { Disbursement } from './disbursement.entity';
import type { Envelope } from './envelope.entity';

/** A project and its sub-projects: filtering by a project counts the money of all of them. */
export const projectAndChildren = (projectId: number): FilterQuery<ProgramComponent> => ({
  $or: [{ id: projectId }, { parent: projectId }],
});

/** Which envelopes' money a list covers; every field narrows. */
export interface EnvelopeScope {
  planId?: number;
  /** The plan's year. */
  year?: number;
  projectId?: number;
  componentId?: number;
  capitalType?: CapitalType;
  source?: FundingSource;
}

const envelopeConditions = (scope: EnvelopeScope): FilterQuery<Envelope>[] => [
  ...(scope.planId !== undefined ? [{ plan: scope.planId }] : []),
  ...(scope.year !== undefined ? [{ plan: { year: scope.year } }] : []),
  ...(scope.projectId !== undefined ? [{ component: projectAndChildren(scope.projectId) }] : []),
  ...(scope.componentId !== undefined ? [{ component: scope.componentId }] : []),
  ...(scope.capitalType !== undefined ? [{ capitalType: scope.capitalType }] : []),
  ...(scope.source !== undefined ? [{ source: scope.source }] : []),
];

const allOf = <T extends object>(conditions: FilterQuery<T>[]): FilterQuery<T> =>
  conditions.length > 0 ? ({ $and: conditions } as FilterQuery<T>) : {};

export interface AllocationListFilter extends EnvelopeScope {
  unitId?: number;
  status?: AllocationStatus;
}

const allocationConditions = (filter: AllocationListFilter): FilterQuery<Allocation>[] => [
  ...envelopeConditions(filter).map((envelope) => ({ envelope })),
  ...(filter.unitId !== undefined ? [{ unit: filter.unitId }] : []),
  ...(filter.status !== undefined ? [{ status: filter.status }] : []),
];

const ALLOCATION_CURSOR = 'allocation';

/**
 * One page of allocations in the order they were created (by id), with the total of the filter.
 * New cells come after every existing one, so a script paging through misses and repeats nothing.
 * Two statements whatever the page size: the count and the page.
 */
export const listAllocations = async (
  em: EntityManager,
  { first, after, filter }: { first: number; after: string | null; filter: AllocationListFilter },
): Promise<Page<Allocation>> => {
  const afterId = decodeIdCursor(ALLOCATION_CURSOR, after);
  const conditions = allocationConditions(filter);
  const totalCount = await em.count(Allocation, allOf(conditions));
  const rows = await em.find(
    Allocation,
    allOf([...conditions, ...(afterId !== null ? [{ id: { $gt: afterId } }] : [])]),
    { orderBy: { id: 'asc' }, limit: first + 1 },
  );
  const nodes = rows.slice(0, first);
  return {
    nodes,
    cursors: nodes.map((allocation) => encodeCursor(ALLOCATION_CURSOR, allocation.id)),
    hasNextPage: rows.length > first,
    totalCount,
  };
};

export interface DisbursementListFilter extends EnvelopeScope {
  allocationId?: number;
  unitId?: number;
  /** Paid on or after this date. */
  paidFrom?: string;
  /** Paid on or before this date. */
  paidTo?: string;
}

const DISBURSEMENT_CURSOR = 'disbursement';

/**
 * One page of treasury payments by payment date, then id (a tie-break that makes the order total,
 * so cursors are stable), with the total of the filter. Two statements whatever the page size.
 */
export const listDisbursements = async (
  em: EntityManager,
  { first, after, filter }: { first: number; after: string | null; filter: DisbursementListFilter },
): Promise<Page<Disbursement>> => {
  const afterKey = decodeDateIdCursor(DISBURSEMENT_CURSOR, after);
  const conditions: FilterQuery<Disbursement>[] = [
    ...allocationConditions(filter).map((allocation) => ({ allocation })),
    ...(filter.allocationId !== undefined ? [{ allocation: filter.allocationId }] : []),
    ...(filter.paidFrom !== undefined ? [{ paidOn: { $gte: filter.paidFrom } }] : []),
    ...(filter.paidTo !== undefined ? [{ paidOn: { $lte: filter.paidTo } }] : []),
  ];
  const totalCount = await em.count(Disbursement, allOf(conditions));
  const keyset: FilterQuery<Disbursement>[] = afterKey
    ? [{ $or: [{ paidOn: { $gt: afterKey.date } }, { paidOn: afterKey.date, id: { $gt: afterKey.id } }] }]
    : [];
  const rows = await em.find(Disbursement, allOf([...conditions, ...keyset]), {
    orderBy: { paidOn: 'asc', id: 'asc' },
    limit: first + 1,
  });
  const nodes = rows.slice(0, first);
  return {
    nodes,
    cursors: nodes.map((payment) => encodeDateIdCursor(DISBURSEMENT_CURSOR, { date: payment.paidOn, id: payment.id })),
    hasNextPage: rows.length > first,
    totalCount,
  };
};

export interface AuditListFilter {
  planId?: number;
  userId?: number;
  action?: AuditAction;
  entity?: AuditEntity;
  entityId?: number;
  /** At or after this instant. */
  from?: Date;
  /** Before this instant. */
  to?: Date;
}

const AUDIT_CURSOR = 'audit';

/** One page of the audit trail, newest first, with the total of the filter. */
export const listAuditEntries = async (
  em: EntityManager,
  { first, after, filter }: { first: number; after: string | null; filter: AuditListFilter },
): Promise<Page<AuditEntry>> => {
  const afterId = decodeIdCursor(AUDIT_CURSOR, after);
  const conditions: FilterQuery<AuditEntry>[] = [
    ...(filter.planId !== undefined ? [{ plan: filter.planId }] : []),
    ...(filter.userId !== undefined ? [{ user: filter.userId }] : []),
    ...(filter.action !== undefined ? [{ action: filter.action }] : []),
    ...(filter.entity !== undefined ? [{ entity: filter.entity }] : []),
    ...(filter.entityId !== undefined ? [{ entityId: filter.entityId }] : []),
    ...(filter.from !== undefined ? [{ at: { $gte: filter.from } }] : []),
    ...(filter.to !== undefined ? [{ at: { $lt: filter.to } }] : []),
  ];
  const totalCount = await em.count(AuditEntry, allOf(conditions));
  const rows = await em.find(
    AuditEntry,
    allOf([...conditions, ...(afterId !== null ? [{ id: { $lt: afterId } }] : [])]),
    { orderBy: { id: 'desc' }, limit: first + 1 },
  );
  const nodes = rows.slice(0, first);
  return {
    nodes,
    cursors: nodes.map((entry) => encodeCursor(AUDIT_CURSOR, entry.id)),
    hasNextPage: rows.length > first,
    totalCount,
  };
};
