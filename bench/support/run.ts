/** Prints rows as a Markdown table (first column left-aligned, the rest right-aligned), as docs/performance.md shows them. */
export const printMarkdownTable = (rows: string[][]): void => {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  console.log(line(rows[0]));
  console.log(
    `|${widths.map((width, column) => (column === 0 ? `${'-'.repeat(width + 1)}-` : `${'-'.repeat(width + 1)}:`)).join('|')}|`,
  );
  for (const row of rows.slice(1)) console.log(line(row));
};

/**
 * Steps that undo a benchmark's setup (stop the server, the database, remove files), run once
 * however many times asked (the end of main, a signal), latest step first.
 */
export const createCleanup = () => {
  const steps: (() => Promise<void>)[] = [];
  let cleaning: Promise<void> | null = null;
  return {
    /** Whether cleaning up has begun (an interrupt, or the end of the run). */
    get started(): boolean {
      return cleaning !== null;
    },
    add(step: () => Promise<void>) {
      steps.push(step);
    },
    run(): Promise<void> {
      cleaning ??= (async () => {
        while (steps.length > 0) {
          const step = steps.pop() as () => Promise<void>;
          try {
            await step();
          } catch (error) {
            console.error('cleanup:', error);
          }
        }
      })();
      return cleaning;
    },
  };
};

/** A bench's own failure (a check that did not hold): printed as BENCH FAILED, without a stack. */
export class BenchFailure extends Error {}

/**
 * Runs a bench's main and exits with its code (explicitly: the embedded PostgreSQL's shutdown can
 * reset process.exitCode). Ctrl-C reaches the process twice (from the terminal, then relayed by the
 * tsx CLI): every SIGINT or SIGTERM joins the one cleanup, and the process exits 130 when it is
 * done. An error exits 1, after the cleanup.
 */
export type Cleanup = ReturnType<typeof createCleanup>;

export const runBench = async (cleanup: Cleanup, main: () => Promise<number>): Promise<never> => {
  const interrupt = (signal: NodeJS.Signals) => {
    if (cleanup.started) return;
    console.error(`${signal}: stopping`);
    void cleanup.run().finally(() => process.exit(130));
  };
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
  let exitCode = 1;
  try {
    exitCode = await main();
  } catch (error) {
    if (!cleanup.started) console.error(error instanceof BenchFailure ? `BENCH FAILED: ${error.message}` : error);
    exitCode = cleanup.started ? 130 : 1;
  } finally {
    await cleanup.run();
  }
  process.exit(exitCode);
};
