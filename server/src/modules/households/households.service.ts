import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput } from '../../common/errors';
import { decodeCursor, decodeIdCursor, encodeCursor, type Page } from '../../common/pagination';
import { pgArray } from '../../common/sql';
import type { ViewerIdentity } from '../../context';
import { Role } from '../access';
import type { AdminLevel } from '../places';
import { Assessment } from './assessment.entity';
import { addMonths } from './classification';
import { Household } from './household.entity';
import { HouseholdSortField, PovertyStatus, SortDirection, StatusTransition } from './households.enums';

// "Latest" review of a household: the latest month; in one month the regular review (from the
// 15th) comes after the periodic one (ending 14 December), Decision 24/2021/QĐ-TTg.
const LATEST_FIRST = `a.year desc, a.month desc, (a.kind = 'REGULAR') desc, a.id desc`;

/** Who may read personal data (names, birth years, members) of a household of this commune. */
export const canReadPersonalData = (viewer: ViewerIdentity | null, communeId: number): boolean =>
  readsPersonalDataEverywhere(viewer) ||
  (!!viewer && viewer.roles.includes(Role.COMMUNE_OFFICER) && viewer.communeIds.includes(communeId));

/** Admins and the Labour office read every commune's personal data: no need to know the commune. */
export const readsPersonalDataEverywhere = (viewer: ViewerIdentity | null): boolean =>
  !!viewer && (viewer.roles.includes(Role.ADMIN) || viewer.roles.includes(Role.PLANNING_OFFICER));

/**
 * The communes whose rows (households, their reviews and benefits) the viewer may list or fetch:
 * a commune officer sees their own communes' only; null means every commune (district-wide roles,
 * and API tokens, which read as analysts). Aggregates such as poverty rates stay district-wide for
 * everyone: only rows are narrowed. Every list and `node(id)` asks this one rule.
 */
export const visibleCommunes = (viewer: ViewerIdentity | null): number[] | null => {
  if (!viewer) return [];
  const districtWide = viewer.roles.includes(Role.ADMIN) || viewer.roles.includes(Role.PLANNING_OFFICER);
  return !districtWide && viewer.roles.includes(Role.COMMUNE_OFFICER) ? viewer.communeIds : null;
};

/** Whether the viewer may see rows of this commune (see `visibleCommunes`). */
export const canSeeRowsOf = (viewer: ViewerIdentity | null, communeId: number): boolean => {
  const communes = visibleCommunes(viewer);
  return communes === null || communes.includes(communeId);
};

/** Who may change households of this commune. */
export const canChangeHousehold = (viewer: ViewerIdentity | null, communeId: number): boolean =>
  canReadPersonalData(viewer, communeId);

export interface HouseholdListFilter {
  communeId?: number;
  villageId?: number;
  status?: PovertyStatus;
  year?: number;
  ethnicMinority?: boolean;
}

const CURSOR = 'household';
const SORTED_CURSOR = 'household-sorted';

export interface HouseholdListOrder {
  field: HouseholdSortField;
  direction: SortDirection;
}

/**
 * Each sort key as text that orders correctly byte by byte (collation "C", numbers zero-padded),
 * so that one keyset comparison `(key, id) > (?, ?)` pages every order stably.
 */
const sortKey = (field: HouseholdSortField, year: number | undefined): { sql: string; params: unknown[] } => {
  switch (field) {
    case HouseholdSortField.CODE:
      return { sql: 'h.code collate "C"', params: [] };
    case HouseholdSortField.VILLAGE:
      return { sql: '(select v.name from admin_unit v where v.id = h.village_id) collate "C"', params: [] };
    case HouseholdSortField.MEMBER_COUNT:
      return {
        sql: 'lpad((select count(*) from household_member m where m.household_id = h.id)::text, 6, \'0\') collate "C"',
        params: [],
      };
    case HouseholdSortField.STATUS:
      return {
        sql: `coalesce((select case a.status when 'POOR' then '1' when 'NEAR_POOR' then '2'
                  when 'AVERAGE_LIVING_STANDARD' then '3' else '4' end
                from assessment a where a.household_id = h.id${year !== undefined ? ' and a.year = ?' : ''}
               order by ${LATEST_FIRST} limit 1), '9') collate "C"`,
        params: year !== undefined ? [year] : [],
      };
  }
};

const decodeSortedCursor = (after: string | null): [string, number] | null => {
  const raw = decodeCursor(SORTED_CURSOR, after);
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (Array.isArray(value) && typeof value[0] === 'string' && Number.isSafeInteger(value[1]) && value[1] > 0) {
      return [value[0], value[1]];
    }
  } catch {
    // fall through: not one of ours
  }
  throw badUserInput('after is not a cursor from this list', 'after');
};

/**
 * One page of households (stable keyset cursors), the filter applied in SQL, with the total. By id
 * unless `order` is given; a cursor only continues the order it was made in. `communes` (from
 * `visibleCommunes`) narrows the rows to those communes; null: the whole district.
 */
export const listHouseholds = async (
  em: EntityManager,
  {
    first,
    after,
    filter,
    order,
    communes = null,
  }: {
    first: number;
    after: string | null;
    filter: HouseholdListFilter;
    order?: HouseholdListOrder | null;
    communes?: number[] | null;
  },
): Promise<Page<Household>> => {
  const afterId = order ? null : decodeIdCursor(CURSOR, after);
  const afterKey = order ? decodeSortedCursor(after) : null;
  const where: string[] = [];
  const params: unknown[] = [];
  if (communes !== null) {
    where.push('h.commune_id = any(?::int[])');
    params.push(pgArray(communes));
  }
  if (filter.communeId !== undefined) {
    where.push('h.commune_id = ?');
    params.push(filter.communeId);
  }
  if (filter.villageId !== undefined) {
    where.push('h.village_id = ?');
    params.push(filter.villageId);
  }
  if (filter.ethnicMinority !== undefined) {
    where.push('h.ethnic_minority = ?');
    params.push(filter.ethnicMinority);
  }
  const householdCondition = where.length > 0 ? where.join(' and ') : 'true';
  const householdParams = [...params];
  if (filter.status !== undefined) {
    where.push(
      `(select a.status from assessment a where a.household_id = h.id${filter.year !== undefined ? ' and a.year = ?' : ''}
         order by ${LATEST_FIRST} limit 1) = ?`,
    );
    if (filter.year !== undefined) params.push(filter.year);
    params.push(filter.status);
  } else if (filter.year !== undefined) {
    where.push('exists (select 1 from assessment a where a.household_id = h.id and a.year = ?)');
    params.push(filter.year);
  }
  const condition = where.length > 0 ? where.join(' and ') : 'true';
  // A status filter's total is counted set-wise: each household's latest review in one pass, joined
  // so that the other filters narrow it first, rather than a lookup per household as the page does
  // (which stops at the page's end). At province scale that halves the page's time (docs/performance.md).
  const [{ count }] =
    filter.status === undefined
      ? await em.execute<{ count: number }[]>(
          `select count(*)::int as count from household h where ${condition}`,
          params,
        )
      : await em.execute<{ count: number }[]>(
          `select count(*)::int as count
             from (select distinct on (h.id) a.status
                     from household h
                     join assessment a on a.household_id = h.id${filter.year !== undefined ? ' and a.year = ?' : ''}
                    where ${householdCondition}
                    order by h.id, ${LATEST_FIRST}) latest
            where latest.status = ?`,
          [...(filter.year !== undefined ? [filter.year] : []), ...householdParams, filter.status],
        );
  let rows: { id: number; k?: string }[];
  if (order) {
    const key = sortKey(order.field, filter.year);
    const descending = order.direction === SortDirection.DESC;
    rows = await em.execute<{ id: number; k: string }[]>(
      `select s.id, s.k from (select h.id, ${key.sql} as k from household h where ${condition}) s
        ${afterKey ? `where (s.k, s.id) ${descending ? '<' : '>'} (?::text collate "C", ?::int)` : ''}
        order by s.k ${descending ? 'desc' : 'asc'}, s.id ${descending ? 'desc' : 'asc'} limit ?`,
      [...key.params, ...params, ...(afterKey ?? []), first + 1],
    );
  } else {
    rows = await em.execute<{ id: number }[]>(
      `select h.id from household h where ${condition} and h.id > ? order by h.id limit ?`,
      [...params, afterId ?? 0, first + 1],
    );
  }
  const page = rows.slice(0, first);
  const ids = page.map((row) => row.id);
  const loaded = ids.length > 0 ? await em.find(Household, { id: { $in: ids } }) : [];
  const found = new Map(loaded.map((household) => [household.id, household]));
  const households = ids.map((id) => found.get(id)).filter((household): household is Household => !!household);
  const keys = new Map(page.map((row) => [row.id, row.k ?? '']));
  return {
    nodes: households,
    cursors: households.map((household) =>
      order
        ? encodeCursor(SORTED_CURSOR, JSON.stringify([keys.get(household.id), household.id]))
        : encodeCursor(CURSOR, household.id),
    ),
    hasNextPage: rows.length > first,
    totalCount: count,
  };
};

/** The status of each household: its latest review of `year`, or its latest review at all. */
export const statusesOf = async (
  em: EntityManager,
  householdIds: number[],
  year: number | null,
): Promise<Map<number, PovertyStatus>> => {
  const rows = await em.execute<{ household_id: number; status: PovertyStatus }[]>(
    `select distinct on (a.household_id) a.household_id, a.status from assessment a
      where a.household_id = any(?::int[])${year === null ? '' : ' and a.year = ?'}
      order by a.household_id, ${LATEST_FIRST}`,
    year === null ? [pgArray(householdIds)] : [pgArray(householdIds), year],
  );
  return new Map(rows.map((row) => [row.household_id, row.status]));
};

export const memberCountsOf = async (em: EntityManager, householdIds: number[]): Promise<Map<number, number>> => {
  const rows = await em.execute<{ household_id: number; count: number }[]>(
    `select household_id, count(*)::int as count from household_member
      where household_id = any(?::int[]) group by household_id`,
    [pgArray(householdIds)],
  );
  return new Map(rows.map((row) => [row.household_id, row.count]));
};

export const headNamesOf = async (em: EntityManager, householdIds: number[]): Promise<Map<number, string>> => {
  const rows = await em.execute<{ household_id: number; name: string }[]>(
    `select household_id, name from household_member where household_id = any(?::int[]) and relation = 'HEAD'`,
    [pgArray(householdIds)],
  );
  return new Map(rows.map((row) => [row.household_id, row.name]));
};

export interface RateRow {
  unitId: number;
  households: number;
  poor: number;
  nearPoor: number;
  /** Percent with two decimals, as PostgreSQL's numeric rounding gives it; 0 without households. */
  rate: string;
}

/**
 * Poverty rates per unit from the registry: each household counts once, with the status of its
 * latest review of `year`; households not reviewed that year are not counted. Units are chosen by
 * level (and parent) or by id.
 */
export const povertyRates = async (
  em: EntityManager,
  year: number,
  units: { level: AdminLevel; parentId?: number } | { unitIds: number[] },
): Promise<RateRow[]> => {
  const unitWhere =
    'level' in units
      ? `u.level = ?${units.parentId !== undefined ? ' and u.parent_id = ?' : ''}`
      : 'u.id = any(?::int[])';
  const unitParams =
    'level' in units
      ? [units.level, ...(units.parentId !== undefined ? [units.parentId] : [])]
      : [pgArray(units.unitIds)];
  // The scope first, in a statement of its own: given the communes as a literal array the planner
  // knows how many households it reads (with `in (select ...)` it chose an 11 s plan for a district).
  const communes = await em.execute<{ id: number }[]>(
    `select c.id from admin_unit c left join admin_unit d on d.id = c.parent_id
      where c.level = 'COMMUNE' and exists (
        select from admin_unit u where ${unitWhere}
           and case u.level when 'VILLAGE' then u.parent_id = c.id when 'COMMUNE' then u.id = c.id
                            when 'DISTRICT' then u.id = c.parent_id else u.id = d.parent_id end)`,
    unitParams,
  );
  // Counted per village before meeting the units, then each village's counts go to its four units
  // (village, commune, district, province), so the units join a few hundred rows on equality.
  const rows = await em.execute<{ id: number; households: number; poor: number; near_poor: number; rate: string }[]>(
    `with reviewed as (
       select distinct on (h.id) h.village_id, h.commune_id, a.status
         from household h join assessment a on a.household_id = h.id and a.year = ?
        where h.commune_id = any(?::int[])
        order by h.id, ${LATEST_FIRST}
     ), per_village as (
       select r.village_id, r.commune_id, count(*) as households,
              count(*) filter (where r.status = 'POOR') as poor,
              count(*) filter (where r.status = 'NEAR_POOR') as near_poor
         from reviewed r group by r.village_id, r.commune_id
     ), per_unit as (
       select x.unit_id, x.level, p.households, p.poor, p.near_poor
         from per_village p join admin_unit c on c.id = p.commune_id left join admin_unit d on d.id = c.parent_id
        cross join lateral (values (p.village_id, 'VILLAGE'), (p.commune_id, 'COMMUNE'), (c.parent_id, 'DISTRICT'),
                                   (d.parent_id, 'PROVINCE')) as x (unit_id, level)
     )
     select u.id, coalesce(sum(p.households), 0)::int as households, coalesce(sum(p.poor), 0)::int as poor,
            coalesce(sum(p.near_poor), 0)::int as near_poor,
            coalesce(round(100.0 * sum(p.poor) / nullif(sum(p.households), 0), 2), 0)::text as rate
       from admin_unit u left join per_unit p on p.unit_id = u.id and p.level = u.level
      where ${unitWhere}
      group by u.id, u.code order by u.code`,
    [year, pgArray(communes.map((commune) => commune.id)), ...unitParams],
  );
  return rows.map((row) => ({
    unitId: row.id,
    households: row.households,
    poor: row.poor,
    nearPoor: row.near_poor,
    rate: row.rate,
  }));
};

export interface StatusChange {
  assessment: Assessment;
  transition: StatusTransition;
}

/** The household's reviews in order, each with what its status change means. */
export const statusHistory = async (em: EntityManager, householdId: number): Promise<StatusChange[]> => {
  const assessments = await em.find(
    Assessment,
    { household: householdId },
    { orderBy: { year: 'asc', month: 'asc', kind: 'asc', id: 'asc' }, populate: ['standard'] },
  );
  // kind 'PERIODIC' < 'REGULAR' alphabetically: the periodic review comes first within its month.
  let previous: PovertyStatus | null = null;
  let escaped = false;
  return assessments.map((assessment) => {
    const status = assessment.status;
    let transition = StatusTransition.NONE;
    if (previous !== null && previous !== status) {
      const above = (s: PovertyStatus) => s === PovertyStatus.AVERAGE_LIVING_STANDARD || s === PovertyStatus.NOT_POOR;
      if (status === PovertyStatus.POOR) transition = escaped ? StatusTransition.RELAPSED : StatusTransition.NEWLY_POOR;
      else if (previous === PovertyStatus.POOR) {
        transition = StatusTransition.ESCAPED;
        escaped = true;
      } else if (status === PovertyStatus.NEAR_POOR) transition = StatusTransition.NEWLY_NEAR_POOR;
      else if (previous === PovertyStatus.NEAR_POOR && above(status))
        transition = StatusTransition.ESCAPED_NEAR_POVERTY;
    }
    previous = status;
    return { assessment, transition };
  });
};

/**
 * The last day a household counts as newly escaped: the recognition of its latest exit from
 * poverty plus the standard's window (36 months for 2022-2025, brief §3.5). Null when it never
 * escaped, is poor again, or the exit has no recognition date.
 */
export const newlyEscapedUntil = (history: StatusChange[]): string | null => {
  const last = history.at(-1);
  if (!last || last.assessment.status === PovertyStatus.POOR) return null;
  const exit = [...history].reverse().find((change) => change.transition === StatusTransition.ESCAPED);
  if (!exit?.assessment.recognisedOn) return null;
  return addMonths(exit.assessment.recognisedOn, exit.assessment.standard.getEntity().newlyEscapedMonths);
};
