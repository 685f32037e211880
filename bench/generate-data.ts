/**
 * Deterministic synthetic data at province or national scale, for benchmarks (docs/bench-data.md).
 *
 *   npx tsx bench/generate-data.ts --scale province|national|<households> [--database-url URL] [--verify]
 *
 * Without --database-url (or DATABASE_URL) it starts a private embedded PostgreSQL in a temporary
 * folder, prints its URL, and removes it at the end (BENCH_DATABASE_URL: a fresh database in that
 * server instead, dropped at the end). Migrates, seeds the base data, generates, runs ANALYZE and
 * prints the load times. --verify then reads the data back through the API (createApp over HTTP).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { availableParallelism, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { generate } from './generate/generate';
import { verifyThroughApi } from './generate/verify';
import { openBenchDatabase } from './support/database';
import { createCleanup, printMarkdownTable, runBench } from './support/run';

const SCALES: Record<string, number> = { province: 150_000, national: 3_000_000 };

const usage =
  'usage: tsx bench/generate-data.ts --scale province|national|<households> [--database-url URL] [--verify]';

const parseArguments = (argv: string[]) => {
  let scale: string | undefined;
  let databaseUrl = process.env.DATABASE_URL || undefined;
  let verify = false;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--scale') scale = argv[++index];
    else if (argument === '--database-url') databaseUrl = argv[++index];
    else if (argument === '--verify') verify = true;
    else throw new Error(`unknown argument "${argument}"\n${usage}`);
  }
  const households = scale === undefined ? undefined : (SCALES[scale] ?? Number(scale));
  if (households === undefined || !Number.isInteger(households) || households < 1)
    throw new Error(`--scale must be province, national or a whole number of households\n${usage}`);
  return { households, databaseUrl, verify };
};

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const count = (n: number) => n.toLocaleString('en');

const cleanup = createCleanup();

const main = async (): Promise<number> => {
  const { households, databaseUrl, verify } = parseArguments(process.argv.slice(2));
  let url = databaseUrl;
  if (!url) {
    const database = await openBenchDatabase();
    cleanup.add(() => database.stop());
    url = database.url;
    console.log(`database: ${database.describe}`);
  }
  console.log(`database URL: ${url}`);
  console.log(
    `generating ${count(households)} households on ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM`,
  );
  // Demo accounts only when someone will sign in: BENCH_PASSWORD's (for `npm run bench` on this
  // database later), or a random one for the API check.
  const started = performance.now();
  const demoPassword = process.env.BENCH_PASSWORD || (verify ? randomBytes(12).toString('base64url') : undefined);
  const result = await generate(url, {
    households,
    demoPassword,
    log: (line) => console.error(`${seconds(performance.now() - started)} s  ${line}`),
  });
  console.log(
    `\n${result.provinces} provinces, ${result.districts} districts, ${result.communes} communes, ${result.villages} villages\n`,
  );
  printMarkdownTable([
    ['step', 'rows', 'seconds', 'rows/s'],
    ...result.loads.map((load) => [
      load.table,
      load.rows === 0 ? '' : count(load.rows),
      seconds(load.ms),
      load.rows === 0 ? '' : count(Math.round(load.rows / (load.ms / 1000))),
    ]),
    ['generating rows (JavaScript)', '', seconds(result.generateMs), ''],
    ['ANALYZE', '', seconds(result.analyzeMs), ''],
    ['total', '', seconds(result.totalMs), ''],
  ]);
  console.log(`\ndatabase size: ${(result.databaseBytes / 2 ** 20).toFixed(0)} MiB\n`);
  const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(2)}%`;
  printMarkdownTable([
    [
      'review',
      'households',
      'poor',
      'near-poor',
      'average',
      'not poor',
      'ethnic minority',
      'EM poor',
      'communes: min / median / max poor',
    ],
    ...result.summary.map((row) => [
      `${row.year}`,
      count(row.households),
      percent(row.poor, row.households),
      percent(row.nearPoor, row.households),
      percent(row.average, row.households),
      percent(row.notPoor, row.households),
      `${row.minorityShare}%`,
      `${row.minorityPoorRate}%`,
      `${row.communeRateMin} / ${row.communeRateMedian} / ${row.communeRateMax}%`,
    ]),
  ]);
  if (!verify || !demoPassword) return 0;
  const { checks, failures } = await verifyThroughApi(url, demoPassword);
  for (const line of checks) console.log(`ok    ${line}`);
  for (const line of failures) console.log(`FAIL  ${line}`);
  return failures.length === 0 ? 0 : 1;
};

await runBench(cleanup, main);
