/**
 * The comparison's read questions (issue 8), each asked three ways of the same database: our
 * GraphQL API, PostGraphile 4 (bench/tools) and plain SQL through pg. Each answer is reduced to a
 * canonical form (database ids, strings for money, rates with two decimals, sorted where the order
 * is not part of the question) so that verify.ts can demand the three be equal.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DefinitionNode, type FieldNode, Kind, type OperationDefinitionNode, parse, print, visit } from 'graphql';
import { fromGlobalId, toGlobalId } from '../../server/src/common/node';
import { ROOT } from './contestants';
import { ALLOCATION_GRID_SQL, BUDGET_SUMMARY_SQL, HOUSEHOLD_PAGE_SQL, POVERTY_RATES_SQL } from './sql';

/** The plan the budget questions are about. */
export const PLAN_YEAR = 2022;
/**
 * The year of household reviews the registry questions read: the demo registry's reviews are of
 * 2021 (the baseline of the 2022 plan); BENCH_REVIEW_YEAR for generated data of another year.
 */
export const REVIEW_YEAR = Number(process.env.BENCH_REVIEW_YEAR ?? 2021);
export const PAGE_SIZE = 100;
export const PAGE_STATUS = 'POOR';

/** What the questions are asked about, found once in the database. */
export interface Subject {
  planId: number;
}

/**
 * The subject: the PLAN_YEAR plan with the most allocation cells (generated data also holds the
 * base data's plan, which has none). $1: PLAN_YEAR.
 */
export const SUBJECT_SQL = `
  select p.id from plan p left join envelope e on e.plan_id = p.id left join allocation a on a.envelope_id = e.id
   where p.year = $1 group by p.id order by count(a.id) desc, p.id limit 1`;

type Data = Record<string, unknown>;
// Canonical answers are plain JSON; loose typing keeps the reducers short.
// biome-ignore lint/suspicious/noExplicitAny: answers are walked as untyped JSON
type Json = any;

export interface ReadQuestion {
  key: 'grid' | 'rates' | 'budget' | 'households';
  title: string;
  ours: { query: string; variables(subject: Subject): Data; canonical(data: Json): unknown };
  postgraphile: { query: string; variables(subject: Subject): Data; canonical(data: Json): unknown };
  sql: { text: string; values(subject: Subject): unknown[]; canonical(rows: Json[]): unknown };
}

/** A console operation exactly as the console sends it: the operation and every fragment it spreads. */
export const consoleOperation = (file: string, name: string): string => {
  const document = parse(readFileSync(join(ROOT, file), 'utf8'));
  const fragments = new Map<string, DefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const operation = document.definitions.find(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.name?.value === name,
  );
  if (!operation) throw new Error(`${file} has no operation ${name}`);
  const needed = new Set<string>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        if (needed.has(spread.name.value)) return;
        needed.add(spread.name.value);
        const fragment = fragments.get(spread.name.value);
        if (!fragment) throw new Error(`${file}: fragment ${spread.name.value} is missing`);
        collect(fragment);
      },
    });
  collect(operation);
  return [operation, ...[...needed].map((fragment) => fragments.get(fragment) as DefinitionNode)]
    .map((definition) => print(definition))
    .join('\n\n');
};

const rowId = (globalId: string | null | undefined): number | null => {
  if (!globalId) return null;
  const decoded = fromGlobalId(globalId);
  if (!decoded) throw new Error(`not one of our ids: ${globalId}`);
  return decoded.id;
};
const byId = <T extends { id: number }>(rows: T[]): T[] => [...rows].sort((a, b) => a.id - b.id);
const money = (value: unknown): string => (value === null || value === undefined ? '0' : String(value));
const percent = (value: unknown): string => Number(value).toFixed(2);

// ---------------------------------------------------------------- (1) the allocation grid

interface GridShape {
  plan: { id: number; year: number; title: string };
  approval: { approvedAt: string; decision: { id: number; number: string; issuedOn: string } } | null;
  components: { id: number; code: string; name: string; kind: string; parentId: number | null }[];
  units: { id: number; code: string; name: string; kind: string }[];
  envelopes: {
    id: number;
    amount: string;
    capitalType: string;
    source: string;
    version: number;
    componentId: number;
  }[];
  allocations: {
    id: number;
    amount: string;
    version: number;
    disbursed: string;
    status: string;
    envelopeId: number;
    unitId: number;
    updatedBy: { id: number; displayName: string } | null;
  }[];
}

const instant = (value: string): string => new Date(value).toISOString();

const canonicalGrid = (grid: GridShape): GridShape => ({
  plan: grid.plan,
  approval: grid.approval && { ...grid.approval, approvedAt: instant(grid.approval.approvedAt) },
  components: byId(grid.components),
  units: byId(grid.units),
  envelopes: byId(grid.envelopes),
  allocations: byId(grid.allocations),
});

/**
 * The console's AllocationGrid operation (every plan of a year: the console of one district sees
 * one) asked of one plan: its selection, fragments and all, under node(id:).
 */
const onePlanGrid = (): string => {
  const [operation, ...fragments] = parse(
    consoleOperation('client/src/features/allocations/graphql/allocations.graphql', 'AllocationGrid'),
  ).definitions;
  const plans = (operation as OperationDefinitionNode).selectionSet.selections[0] as FieldNode;
  const wrapper = parse('query AllocationGrid($id: ID!) { node(id: $id) { ... on Plan { id } } }');
  const planGrid = visit(wrapper, {
    enter: (node) => (node.kind === Kind.INLINE_FRAGMENT ? { ...node, selectionSet: plans.selectionSet } : undefined),
  });
  return [...planGrid.definitions, ...fragments].map((definition) => print(definition)).join('\n\n');
};

const GRID_POSTGRAPHILE = /* GraphQL */ `
  query AllocationGrid($id: Int!) {
    plan(id: $id) {
      id
      year
      title
      allocationApproval { approvedAt decision { id number issuedOn } }
      programComponentsList(orderBy: POSITION_ASC) { id code name kind parentId }
      planUnitsList(orderBy: POSITION_ASC) { unit { id code name kind } }
      envelopesList(orderBy: ID_ASC) {
        id amount capitalType source version componentId
        allocationsList(orderBy: ID_ASC) {
          id amount version disbursed status envelopeId unitId
          updatedBy { id displayName }
        }
      }
    }
  }
`;

const grid: ReadQuestion = {
  key: 'grid',
  title: '(1) allocation grid of one plan',
  ours: {
    query: onePlanGrid(),
    variables: (subject) => ({ id: toGlobalId('Plan', subject.planId) }),
    canonical: (data) =>
      [data.node].map((plan: Json) =>
        canonicalGrid({
          plan: { id: rowId(plan.id) as number, year: plan.year, title: plan.title },
          approval: plan.allocationApproval && {
            approvedAt: plan.allocationApproval.approvedAt,
            decision: { ...plan.allocationApproval.decision, id: rowId(plan.allocationApproval.decision.id) },
          },
          components: plan.components.map((c: Json) => ({
            id: rowId(c.id),
            code: c.code,
            name: c.name,
            kind: c.kind,
            parentId: rowId(c.parent?.id),
          })),
          units: plan.implementingUnits.map((u: Json) => ({
            id: rowId(u.id),
            code: u.code,
            name: u.name,
            kind: u.kind,
          })),
          envelopes: plan.envelopes.map((e: Json) => ({
            id: rowId(e.id),
            amount: money(e.amount),
            capitalType: e.capitalType,
            source: e.source,
            version: e.version,
            componentId: rowId(e.component.id),
          })),
          allocations: plan.allocations.map((a: Json) => ({
            id: rowId(a.id),
            amount: money(a.amount),
            version: a.version,
            disbursed: money(a.disbursed),
            status: a.status,
            envelopeId: rowId(a.envelope.id),
            unitId: rowId(a.unit.id),
            updatedBy: a.updatedBy && { id: rowId(a.updatedBy.id), displayName: a.updatedBy.displayName },
          })),
        }),
      ),
  },
  postgraphile: {
    query: GRID_POSTGRAPHILE,
    variables: (subject) => ({ id: subject.planId }),
    canonical: (data) =>
      [data.plan].map((plan: Json) =>
        canonicalGrid({
          plan: { id: plan.id, year: plan.year, title: plan.title },
          approval: plan.allocationApproval,
          components: plan.programComponentsList,
          units: plan.planUnitsList.map((planUnit: Json) => planUnit.unit),
          envelopes: plan.envelopesList.map(({ allocationsList: _, ...e }: Json) => ({
            ...e,
            amount: money(e.amount),
          })),
          allocations: plan.envelopesList.flatMap((e: Json) =>
            e.allocationsList.map((a: Json) => ({ ...a, amount: money(a.amount), disbursed: money(a.disbursed) })),
          ),
        }),
      ),
  },
  sql: {
    text: ALLOCATION_GRID_SQL,
    values: (subject) => [subject.planId],
    canonical: (rows) =>
      rows.map(({ grid: g }) =>
        canonicalGrid({
          plan: { id: g.id, year: g.year, title: g.title },
          approval: g.approval,
          components: g.components,
          units: g.units,
          envelopes: g.envelopes,
          allocations: g.allocations,
        }),
      ),
  },
};

// ---------------------------------------------------------------- (2) poverty rates by commune

interface RateShape {
  unitId: number;
  code: string;
  households: number;
  poor: number;
  nearPoor: number;
  rate: string;
}
const canonicalRates = (rows: RateShape[]) => [...rows].sort((a, b) => a.code.localeCompare(b.code));

const rates: ReadQuestion = {
  key: 'rates',
  title: '(2) poverty rates by commune',
  ours: {
    query: /* GraphQL */ `
      query PovertyRates($year: Int!) {
        povertyRates(level: COMMUNE, year: $year) { unit { id code name } households poor nearPoor rate }
      }
    `,
    variables: () => ({ year: REVIEW_YEAR }),
    canonical: (data) =>
      canonicalRates(
        data.povertyRates.map((r: Json) => ({
          unitId: rowId(r.unit.id),
          code: r.unit.code,
          households: r.households,
          poor: r.poor,
          nearPoor: r.nearPoor,
          rate: percent(r.rate),
        })),
      ),
  },
  postgraphile: {
    query: /* GraphQL */ `
      query PovertyRates($year: Int!) {
        povertyRatesList(year: $year) { unitId code name households poor nearPoor rate }
      }
    `,
    variables: () => ({ year: REVIEW_YEAR }),
    canonical: (data) =>
      canonicalRates(
        data.povertyRatesList.map(({ name: _, ...r }: Json) => ({ ...r, rate: percent(r.rate) })) as RateShape[],
      ),
  },
  sql: {
    text: POVERTY_RATES_SQL,
    values: () => [REVIEW_YEAR],
    canonical: (rows) =>
      canonicalRates(
        rows.map((r) => ({
          unitId: r.unit_id,
          code: r.code,
          households: r.households,
          poor: r.poor,
          nearPoor: r.near_poor,
          rate: percent(r.rate),
        })),
      ),
  },
};

// ---------------------------------------------------------------- (3) budget by project × source

interface BudgetShape {
  projectId: number;
  projectCode: string;
  source: string;
  assigned: string;
  allocated: string;
  disbursed: string;
}
const canonicalBudget = (rows: BudgetShape[]) =>
  [...rows].sort((a, b) => a.projectId - b.projectId || a.source.localeCompare(b.source));

const budget: ReadQuestion = {
  key: 'budget',
  title: '(3) budget summary, project × source',
  ours: {
    query: /* GraphQL */ `
      query BudgetSummary($planId: ID!) {
        budgetSummary(planId: $planId, groupBy: [PROJECT, SOURCE]) {
          project { id code name } source assigned allocated disbursed
        }
      }
    `,
    variables: (subject) => ({ planId: toGlobalId('Plan', subject.planId) }),
    canonical: (data) =>
      canonicalBudget(
        data.budgetSummary.map((r: Json) => ({
          projectId: rowId(r.project.id),
          projectCode: r.project.code,
          source: r.source,
          assigned: money(r.assigned),
          allocated: money(r.allocated),
          disbursed: money(r.disbursed),
        })),
      ),
  },
  postgraphile: {
    query: /* GraphQL */ `
      query BudgetSummary($planId: Int!) {
        budgetSummaryList(planId: $planId) { projectId projectCode projectName source assigned allocated disbursed }
      }
    `,
    variables: (subject) => ({ planId: subject.planId }),
    canonical: (data) =>
      canonicalBudget(
        data.budgetSummaryList.map(({ projectName: _, ...r }: Json) => ({
          ...r,
          assigned: money(r.assigned),
          allocated: money(r.allocated),
          disbursed: money(r.disbursed),
        })),
      ),
  },
  sql: {
    text: BUDGET_SUMMARY_SQL,
    values: (subject) => [subject.planId],
    canonical: (rows) =>
      canonicalBudget(
        rows.map((r) => ({
          projectId: r.project_id,
          projectCode: r.project_code,
          source: r.source,
          assigned: money(r.assigned),
          allocated: money(r.allocated),
          disbursed: money(r.disbursed),
        })),
      ),
  },
};

// ---------------------------------------------------------------- (4) a filtered page of households

interface HouseholdShape {
  id: number;
  code: string;
  synthetic: boolean;
  ethnicMinority: boolean;
  memberCount: number;
  status: string | null;
  headName: string | null;
  village: { id: number; name: string };
  commune: { id: number; name: string };
}
interface PageShape {
  totalCount: number;
  hasNextPage: boolean;
  nodes: HouseholdShape[];
}

const households: ReadQuestion = {
  key: 'households',
  title: `(4) page of ${PAGE_SIZE} households (${PAGE_STATUS} in ${REVIEW_YEAR})`,
  ours: {
    query: consoleOperation('client/src/features/households/graphql/households.graphql', 'HouseholdPage'),
    variables: () => ({
      first: PAGE_SIZE,
      filter: { year: REVIEW_YEAR, status: PAGE_STATUS },
      year: REVIEW_YEAR,
      withNames: true,
    }),
    canonical: (data): PageShape => ({
      totalCount: data.households.totalCount,
      hasNextPage: data.households.pageInfo.hasNextPage,
      nodes: data.households.edges.map(({ node }: Json) => ({
        id: rowId(node.id),
        code: node.code,
        synthetic: node.synthetic,
        ethnicMinority: node.ethnicMinority,
        memberCount: node.memberCount,
        status: node.status,
        headName: node.headName ?? null,
        village: { id: rowId(node.village.id), name: node.village.name },
        commune: { id: rowId(node.commune.id), name: node.commune.name },
      })),
    }),
  },
  postgraphile: {
    query: /* GraphQL */ `
      query HouseholdPage($first: Int!, $after: Cursor, $year: Int!, $status: String!) {
        householdsWithStatus(year: $year, status: $status, first: $first, after: $after) {
          totalCount
          pageInfo { endCursor hasNextPage }
          edges {
            cursor
            node {
              id code synthetic ethnicMinority
              householdMembers { totalCount }
              assessmentsList(condition: { year: $year }, orderBy: [MONTH_DESC, KIND_DESC, ID_DESC], first: 1) { status }
              head: householdMembersList(condition: { relation: "HEAD" }, orderBy: POSITION_ASC, first: 1) { name }
              village { id name }
              commune { id name }
            }
          }
        }
      }
    `,
    variables: () => ({ first: PAGE_SIZE, year: REVIEW_YEAR, status: PAGE_STATUS }),
    canonical: (data): PageShape => ({
      totalCount: data.householdsWithStatus.totalCount,
      hasNextPage: data.householdsWithStatus.pageInfo.hasNextPage,
      nodes: data.householdsWithStatus.edges.map(({ node }: Json) => ({
        id: node.id,
        code: node.code,
        synthetic: node.synthetic,
        ethnicMinority: node.ethnicMinority,
        memberCount: node.householdMembers.totalCount,
        status: node.assessmentsList[0]?.status ?? null,
        headName: node.head[0]?.name ?? null,
        village: node.village,
        commune: node.commune,
      })),
    }),
  },
  sql: {
    text: HOUSEHOLD_PAGE_SQL,
    values: () => [REVIEW_YEAR, PAGE_STATUS, PAGE_SIZE],
    canonical: (rows): PageShape => ({
      totalCount: rows[0]?.total_count ?? 0,
      hasNextPage: rows.length > PAGE_SIZE,
      nodes: rows.slice(0, PAGE_SIZE).map((r) => ({
        id: r.id,
        code: r.code,
        synthetic: r.synthetic,
        ethnicMinority: r.ethnic_minority,
        memberCount: r.member_count,
        status: r.status,
        headName: r.head_name,
        village: { id: r.village_id, name: r.village_name },
        commune: { id: r.commune_id, name: r.commune_name },
      })),
    }),
  },
};

export const READ_QUESTIONS: ReadQuestion[] = [grid, rates, budget, households];
