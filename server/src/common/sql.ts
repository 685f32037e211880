/**
 * A PostgreSQL array literal ('{"1","2",NULL}') to bind as one parameter and cast in SQL
 * (`?::int[]`). The query builder would otherwise spread a JS array into a list of parameters.
 */
export const pgArray = (values: readonly (string | number | bigint | null | undefined)[]): string =>
  `{${values
    .map((value) =>
      value === null || value === undefined ? 'NULL' : `"${String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`,
    )
    .join(',')}}`;
