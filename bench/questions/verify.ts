/**
 * Checks that the three contestants answer each read question with the same numbers: our API and
 * PostGraphile as child processes, the SQL through pg. Exit code 1, with the first difference, on
 * any mismatch.
 *
 *   npm run bench:verify                            # the demo data, in a private database
 *   DATABASE_URL=postgres://… npm run bench:verify  # a database of generated data, used as it is
 *
 * Env: DATABASE_URL (sign in with BENCH_USERNAME/BENCH_PASSWORD); BENCH_DATABASE_URL (an existing
 * PostgreSQL: a fresh database is created in it for the demo data and dropped at the end);
 * otherwise a private embedded PostgreSQL in a temporary folder.
 */
import { deepStrictEqual } from 'node:assert/strict';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { openBenchDatabase } from '../support/database';
import { createCleanup, runBench } from '../support/run';
import { type Contestant, installBenchSchema, postGraphQL, signIn, startOurs, startPostGraphile } from './contestants';
import { PLAN_YEAR, READ_QUESTIONS, SUBJECT_SQL, type Subject } from './questions';

const sizeOf = (canonical: unknown): string =>
  Array.isArray(canonical) && canonical.length === 1 && typeof canonical[0] === 'object'
    ? sizeOf(canonical[0])
    : Array.isArray(canonical)
      ? `${canonical.length} rows`
      : Object.entries(canonical as Record<string, unknown>)
          .map(([key, value]) => (Array.isArray(value) ? `${value.length} ${key}` : null))
          .filter(Boolean)
          .join(', ');

const arraysOf = (canonical: unknown): unknown[][] =>
  Array.isArray(canonical) && canonical.length === 1 && typeof canonical[0] === 'object'
    ? arraysOf(canonical[0])
    : Array.isArray(canonical)
      ? [canonical]
      : Object.values(canonical as Record<string, unknown>).filter((value) => Array.isArray(value));

/** Answers that agree by being empty prove nothing. */
const isEmpty = (canonical: unknown): boolean => arraysOf(canonical).every((rows) => rows.length === 0);

const fingerprint = (canonical: unknown): string =>
  createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 12);

const cleanup = createCleanup();

const main = async (): Promise<number> => {
  let url = process.env.DATABASE_URL;
  const demo = !url;
  if (!url) {
    const database = await openBenchDatabase();
    cleanup.add(() => database.stop());
    console.log(`database: ${database.describe}`);
    url = database.url;
  }
  // On a fresh database our server migrates and seeds the demo data on its first start.
  const ours: Contestant = await startOurs(url, { demo });
  cleanup.add(() => ours.stop());
  await installBenchSchema(url);
  const postgraphile = await startPostGraphile(url);
  cleanup.add(() => postgraphile.stop());
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  cleanup.add(() => pool.end());

  const token = await signIn(ours);
  const { rows } = await pool.query<{ id: number }>(SUBJECT_SQL, [PLAN_YEAR]);
  if (rows.length === 0) throw new Error(`the database has no ${PLAN_YEAR} plan`);
  const subject: Subject = { planId: rows[0].id };

  let failures = 0;
  for (const question of READ_QUESTIONS) {
    const fromOurs = question.ours.canonical(
      await postGraphQL(ours.url, question.ours.query, question.ours.variables(subject), token),
    );
    const fromPostGraphile = question.postgraphile.canonical(
      await postGraphQL(postgraphile.url, question.postgraphile.query, question.postgraphile.variables(subject)),
    );
    const fromSql = question.sql.canonical((await pool.query(question.sql.text, question.sql.values(subject))).rows);
    try {
      deepStrictEqual(fromPostGraphile, fromOurs, 'PostGraphile differs from ours');
      deepStrictEqual(fromSql, fromOurs, 'SQL differs from ours');
      if (isEmpty(fromOurs)) throw new Error('every answer is empty');
      console.log(`ok   ${question.title}: ${sizeOf(fromOurs)}, sha256 ${fingerprint(fromOurs)}`);
    } catch (error) {
      failures += 1;
      console.error(`FAIL ${question.title}: ${(error as Error).message}`);
    }
  }
  if (failures > 0) console.error(`${failures} of ${READ_QUESTIONS.length} questions disagree`);
  return failures > 0 ? 1 : 0;
};

await runBench(cleanup, main);
