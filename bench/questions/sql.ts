/**
 * The raw-SQL contestant: each read question as the SQL our API issues for it (copied from the
 * services, with the options the question fixes), so that the same text also serves as the body of
 * the bench-only functions PostGraphile exposes. Parameters are positional ($1, …).
 */

// server/src/modules/households/households.service.ts, LATEST_FIRST.
const LATEST_FIRST = `a.year desc, a.month desc, (a.kind = 'REGULAR') desc, a.id desc`;

/**
 * (2) povertyRates(level: COMMUNE, year: $1): households.service.ts povertyRates, level form. The
 * API resolves the scope's communes in a first statement and binds them to its second; here that
 * list (every commune, for this question) is inlined as `any(array(select ...))`, one statement.
 */
export const POVERTY_RATES_SQL = `
  with reviewed as (
    select distinct on (h.id) h.village_id, h.commune_id, a.status
      from household h join assessment a on a.household_id = h.id and a.year = $1
     where h.commune_id = any(array(select c.id from admin_unit c where c.level = 'COMMUNE'))
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
  select u.id as unit_id, u.code::text as code, u.name::text as name,
         coalesce(sum(p.households), 0)::int as households, coalesce(sum(p.poor), 0)::int as poor,
         coalesce(sum(p.near_poor), 0)::int as near_poor,
         coalesce(round(100.0 * sum(p.poor) / nullif(sum(p.households), 0), 2), 0) as rate
    from admin_unit u left join per_unit p on p.unit_id = u.id and p.level = u.level
   where u.level = 'COMMUNE'
   group by u.id, u.code order by u.code`;

/**
 * (3) budgetSummary(planId: $1, groupBy: [PROJECT, SOURCE]) today (no asOf, no paidBy):
 * budget-summary.service.ts with those dimensions, plus the project's code and name that the API
 * then loads through the ORM.
 */
export const BUDGET_SUMMARY_SQL = `
  with env as (
    select e.id, e.component_id, c.position as component_position,
           coalesce(p.id, c.id) as project_id, coalesce(p.position, c.position) as project_position,
           e.capital_type, e.source, e.amount
      from envelope e
      join program_component c on c.id = e.component_id
      left join program_component p on p.id = c.parent_id
     where e.plan_id = $1
  ),
  cell as (
    select a.envelope_id, a.unit_id, a.amount, a.disbursed
      from allocation a join env on env.id = a.envelope_id
  ),
  facts as (
    select env.project_id, env.project_position, env.source,
           cell.amount as assigned, cell.amount as allocated, cell.disbursed
      from cell join env on env.id = cell.envelope_id
    union all
    select env.project_id, env.project_position, env.source,
           env.amount - coalesce((select sum(cell.amount) from cell where cell.envelope_id = env.id), 0), 0, 0
      from env
  )
  select f.project_id, pc.code::text as project_code, pc.name as project_name, f.source,
         sum(f.assigned)::bigint as assigned, sum(f.allocated)::bigint as allocated, sum(f.disbursed)::bigint as disbursed
    from facts f join program_component pc on pc.id = f.project_id
   group by f.project_id, f.project_position, pc.code, pc.name, f.source
   order by f.project_position nulls last, f.source nulls last`;

/** The filter of question (4): households whose latest review of $1 has status $2 (listHouseholds). */
const STATUS_FILTER = `(select a.status from assessment a where a.household_id = h.id and a.year = $1
                          order by ${LATEST_FIRST} limit 1) = $2`;

/** listHouseholds' total for a status filter: each household's latest review of $1 in one pass. */
const STATUS_TOTAL = `(select count(*)::int from (select distinct on (h.id) a.status from household h
                         join assessment a on a.household_id = h.id and a.year = $1
                        order by h.id, ${LATEST_FIRST}) latest where latest.status = $2)`;

/**
 * (4)'s rows for PostGraphile, which cannot filter on a subquery: the filtered households by id,
 * the latest reviews found set-wise as for our total (PostGraphile counts and pages this one set).
 */
export const HOUSEHOLDS_WITH_STATUS_SQL = `
  select h.* from household h
   where h.id in (select latest.id from (select distinct on (a.household_id) a.household_id as id, a.status
                                           from assessment a where a.year = $1
                                          order by a.household_id, ${LATEST_FIRST}) latest
                   where latest.status = $2)
   order by h.id`;

/**
 * (4) HouseholdPage(first: 100, filter: {year, status}, year, withNames: true), hand-written in
 * one statement: the total (set-wise, as listHouseholds counts it), the page by id (a lookup per
 * household until the page is full, as listHouseholds pages), each household's member count,
 * status of the year, head's name, village and commune. Parameters: $1 year, $2 status, $3 page size.
 */
export const HOUSEHOLD_PAGE_SQL = `
  with page as (select h.id from household h where ${STATUS_FILTER} order by h.id limit $3 + 1)
  select h.id, h.code, h.synthetic, h.ethnic_minority,
         (select count(*)::int from household_member hm where hm.household_id = h.id) as member_count,
         (select a.status from assessment a where a.household_id = h.id and a.year = $1
           order by ${LATEST_FIRST} limit 1) as status,
         (select hm.name from household_member hm where hm.household_id = h.id and hm.relation = 'HEAD'
           order by hm.position limit 1) as head_name,
         v.id as village_id, v.name as village_name, c.id as commune_id, c.name as commune_name,
         ${STATUS_TOTAL} as total_count
    from page join household h on h.id = page.id
    join admin_unit v on v.id = h.village_id join admin_unit c on c.id = h.commune_id
   order by h.id`;

/**
 * (1) The allocation grid of plan $1 (AllocationGrid's selection), hand-written: everything the
 * grid shows, as one JSON document (the plan, its approval, components, units, envelopes and
 * cells with their last editor).
 */
export const ALLOCATION_GRID_SQL = `
  select json_build_object(
    'id', p.id, 'year', p.year, 'title', p.title,
    'approval', (select json_build_object('approvedAt', aa.approved_at, 'decision',
                   json_build_object('id', d.id, 'number', d.number, 'issuedOn', d.issued_on))
                   from allocation_approval aa join legal_document d on d.id = aa.decision_id
                  where aa.plan_id = p.id order by aa.approved_at desc limit 1),
    'components', (select coalesce(json_agg(json_build_object('id', c.id, 'code', c.code, 'name', c.name,
                     'kind', c.kind, 'parentId', c.parent_id) order by c.position), '[]')
                     from program_component c where c.plan_id = p.id),
    'units', (select coalesce(json_agg(json_build_object('id', u.id, 'code', u.code, 'name', u.name, 'kind', u.kind)
                order by pu.position), '[]')
                from plan_unit pu join implementing_unit u on u.id = pu.unit_id where pu.plan_id = p.id),
    'envelopes', (select coalesce(json_agg(json_build_object('id', e.id, 'amount', e.amount::text,
                    'capitalType', e.capital_type, 'source', e.source, 'version', e.version,
                    'componentId', e.component_id) order by e.id), '[]')
                    from envelope e where e.plan_id = p.id),
    'allocations', (select coalesce(json_agg(json_build_object('id', a.id, 'amount', a.amount::text,
                      'version', a.version, 'disbursed', a.disbursed::text, 'status', a.status,
                      'envelopeId', a.envelope_id, 'unitId', a.unit_id,
                      'updatedBy', case when au.id is null then null
                                   else json_build_object('id', au.id, 'displayName', au.display_name) end)
                      order by a.id), '[]')
                      from allocation a join envelope e on e.id = a.envelope_id
                      left join app_user au on au.id = a.updated_by_id
                     where e.plan_id = p.id)
  ) as grid
    from plan p where p.id = $1`;
