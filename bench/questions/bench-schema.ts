import { BUDGET_SUMMARY_SQL, HOUSEHOLDS_WITH_STATUS_SQL, POVERTY_RATES_SQL } from './sql';

/**
 * A schema of the harness's own (never the product's): PostGraphile 4 generates no aggregates, so
 * questions (2) and (3) reach it as plain SQL functions over the very SQL our API issues, and (4)'s
 * status filter as a set-returning function over household (PostGraphile then adds the relations,
 * the connection and totalCount). Stable functions, so PostGraphile exposes them as queries.
 */
export const BENCH_SCHEMA_SQL = `
  drop schema if exists bench cascade;
  create schema bench;

  create type bench.poverty_rate as (
    unit_id int, code text, name text, households int, poor int, near_poor int, rate numeric);
  create function bench.poverty_rates(year int) returns setof bench.poverty_rate
    language sql stable as $body$ ${POVERTY_RATES_SQL} $body$;

  create type bench.budget_row as (
    project_id int, project_code text, project_name text, source text,
    assigned bigint, allocated bigint, disbursed bigint);
  create function bench.budget_summary(plan_id int) returns setof bench.budget_row
    language sql stable as $body$ ${BUDGET_SUMMARY_SQL} $body$;

  create function bench.households_with_status(year int, status text) returns setof public.household
    language sql stable as $body$ ${HOUSEHOLDS_WITH_STATUS_SQL} $body$;
`;
