import type { EntityManager } from '@mikro-orm/postgresql';
import { ImplementingUnit, ProgramComponent } from '../plan';
import { BudgetDimension, type CapitalType, type FundingSource } from './budget.enums';
import type { BudgetSummaryRow } from './budget.payloads';

const PAYMENTS_UP_TO = (condition: string) =>
  `(select coalesce(sum(d.amount), 0) from disbursement d where d.allocation_id = a.id ${condition})`;

// The amounts of envelopes and cells now, or as they stood at an instant (from the assignments,
// the audit trail and the payments recorded up to it). Both shapes feed one grouping query.
const CURRENT = {
  envelopeAmount: 'e.amount',
  envelopeExists: 'true',
  cellAmount: 'a.amount',
  cellDisbursed: 'a.disbursed',
};
const AS_OF = {
  envelopeAmount:
    '(select coalesce(sum(x.amount), 0) from envelope_assignment x where x.envelope_id = e.id and x.created_at <= {asOf})',
  envelopeExists: 'exists (select 1 from envelope_assignment x where x.envelope_id = e.id and x.created_at <= {asOf})',
  cellAmount: `(select t.new_amount from audit_entry t where t.entity = 'ALLOCATION' and t.entity_id = a.id
                  and t.at <= {asOf} order by t.id desc limit 1)`,
  cellDisbursed: PAYMENTS_UP_TO('and d.recorded_at <= {asOf}'),
};

const COLUMNS: Record<BudgetDimension, string[]> = {
  // A component's project comes with it (a functional dependency: grouping is unchanged).
  [BudgetDimension.COMPONENT]: ['project_id', 'project_position', 'component_id', 'component_position'],
  [BudgetDimension.PROJECT]: ['project_id', 'project_position'],
  [BudgetDimension.UNIT]: ['unit_id', 'unit_position'],
  [BudgetDimension.CAPITAL_TYPE]: ['capital_type'],
  [BudgetDimension.SOURCE]: ['source'],
};

interface SummaryRecord {
  component_id?: number;
  project_id?: number;
  unit_id?: number | null;
  capital_type?: CapitalType;
  source?: FundingSource;
  assigned: string;
  allocated: string;
  disbursed: string;
}

/**
 * A plan's money grouped by any combination of dimensions. Every row's columns add up to the
 * plan's totals: grouped by unit, a unit is "assigned" what was allocated to it and a row without
 * unit carries the assigned-but-unallocated remainder.
 */
export const budgetSummary = async (
  em: EntityManager,
  planId: number,
  groupBy: BudgetDimension[],
  asOf: Date | null,
  paidBy: string | null = null,
): Promise<BudgetSummaryRow[]> => {
  const base = asOf ? AS_OF : CURRENT;
  // Payments by their treasury date (e.g. to 30 June for the semi-annual report).
  const amounts = paidBy
    ? {
        ...base,
        cellDisbursed: PAYMENTS_UP_TO(`and d.paid_on <= {paidBy}${asOf ? ' and d.recorded_at <= {asOf}' : ''}`),
      }
    : base;
  const dimensions = [...new Set(groupBy)];
  const selected = [...new Set(dimensions.flatMap((dimension) => COLUMNS[dimension]))];
  const order = dimensions
    .map((dimension) => COLUMNS[dimension].at(-1) as string)
    .map((column) => `${column} nulls last`);
  const sql = `
    with env as (
      select e.id, e.component_id, c.position as component_position,
             coalesce(p.id, c.id) as project_id, coalesce(p.position, c.position) as project_position,
             e.capital_type, e.source, ${amounts.envelopeAmount} as amount
        from envelope e
        join program_component c on c.id = e.component_id
        left join program_component p on p.id = c.parent_id
       where e.plan_id = {planId} and ${amounts.envelopeExists}
    ),
    cell as (
      select a.envelope_id, a.unit_id, pu.position as unit_position,
             ${amounts.cellAmount} as amount, ${amounts.cellDisbursed} as disbursed
        from allocation a
        join env on env.id = a.envelope_id
        left join plan_unit pu on pu.plan_id = {planId} and pu.unit_id = a.unit_id
    ),
    facts as (
      select env.*, cell.unit_id, cell.unit_position,
             cell.amount as assigned, cell.amount as allocated, cell.disbursed
        from cell join env on env.id = cell.envelope_id
       where cell.amount is not null
      union all
      select env.*, null, null,
             env.amount - coalesce((select sum(cell.amount) from cell where cell.envelope_id = env.id), 0), 0, 0
        from env
    )
    select ${selected.length > 0 ? `${selected.join(', ')}, ` : ''}
           sum(assigned)::text as assigned, sum(allocated)::text as allocated, sum(disbursed)::text as disbursed
      from (select component_id, component_position, project_id, project_position, capital_type, source,
                   unit_id, unit_position, assigned, allocated, disbursed from facts) f
     ${selected.length > 0 ? `group by ${selected.join(', ')} order by ${order.join(', ')}` : ''}`;
  // Named placeholders, bound in order as positional ones (SQL's :: casts rule out named binding).
  const values = { planId, asOf: asOf?.toISOString() ?? null, paidBy };
  const placeholder = /\{(planId|asOf|paidBy)\}/g;
  const bindings = [...sql.matchAll(placeholder)].map((match) => values[match[1] as keyof typeof values]);
  const records = await em.execute<SummaryRecord[]>(sql.replace(placeholder, '?'), bindings);

  const grouped = new Set(dimensions);
  // Grouped by unit, the remainder row exists even where nothing is left: drop empty remainders.
  const rows = grouped.has(BudgetDimension.UNIT)
    ? records.filter((record) => record.unit_id !== null || record.assigned !== '0' || record.allocated !== '0')
    : records;
  const componentIds = new Set<number>();
  for (const record of rows) {
    if (record.component_id) componentIds.add(record.component_id);
    if (record.project_id) componentIds.add(record.project_id);
  }
  const unitIds = new Set(rows.flatMap((record) => (record.unit_id ? [record.unit_id] : [])));
  // Only the dimensions grouped by cost a query (a round trip each).
  const components = new Map(
    componentIds.size === 0
      ? []
      : (await em.find(ProgramComponent, { id: { $in: [...componentIds] } })).map((c) => [c.id, c]),
  );
  const units = new Map(
    unitIds.size === 0 ? [] : (await em.find(ImplementingUnit, { id: { $in: [...unitIds] } })).map((u) => [u.id, u]),
  );

  return rows.map((record) => {
    const project = record.project_id ? (components.get(record.project_id) ?? null) : null;
    const component = record.component_id ? (components.get(record.component_id) ?? null) : project;
    return {
      component,
      project,
      unit: record.unit_id ? (units.get(record.unit_id) ?? null) : null,
      capitalType: record.capital_type ?? null,
      source: record.source ?? null,
      assigned: BigInt(record.assigned ?? '0'),
      allocated: BigInt(record.allocated ?? '0'),
      disbursed: BigInt(record.disbursed ?? '0'),
    };
  });
};
