import pg from 'pg';

// Protocol methods that pg's Connection has but @types/pg does not declare.
interface CopyConnection extends pg.Connection {
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

const COPY_CHUNK = 64 * 1024;

/**
 * `COPY … FROM STDIN` as a pg Submittable, without pg-copy-streams (used by
 * bench/import-households.ts too): the client sends the statement, PostgreSQL answers CopyInResponse,
 * the data goes as CopyData messages.
 */
class CopyFromStdin implements pg.Submittable {
  readonly done: Promise<number>;
  private resolve!: (rows: number) => void;
  private reject!: (error: Error) => void;
  private rows = 0;

  constructor(
    private readonly sql: string,
    private readonly data: Buffer,
  ) {
    this.done = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  submit(connection: pg.Connection): void {
    connection.query(this.sql);
  }

  handleCopyInResponse(connection: pg.Connection): void {
    const copy = connection as CopyConnection;
    for (let offset = 0; offset < this.data.length; offset += COPY_CHUNK) {
      copy.sendCopyFromChunk(this.data.subarray(offset, offset + COPY_CHUNK));
    }
    copy.endCopyFrom();
  }

  handleCommandComplete(message: { text: string }): void {
    this.rows = Number(/^COPY (\d+)/.exec(message.text)?.[1] ?? 0);
  }

  handleReadyForQuery(): void {
    this.resolve(this.rows);
  }

  handleError(error: Error): void {
    this.reject(error);
  }
}

export type CopyValue = string | number | boolean | bigint | null;

const copyText = (value: CopyValue): string =>
  value === null
    ? '\\N'
    : String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');

/** Rows as COPY text format, one line each. */
export const copyLines = (rows: readonly CopyValue[][]): Buffer =>
  Buffer.from(rows.map((row) => `${row.map(copyText).join('\t')}\n`).join(''));

/** Sends a COPY … FROM STDIN statement with its data already in COPY format; resolves to the rows counted. */
export const copyFrom = (client: pg.ClientBase, sql: string, data: Buffer): Promise<number> =>
  client.query(new CopyFromStdin(sql, data)).done;

/** Sends the rows with `COPY table (columns) FROM STDIN`; resolves to the rows PostgreSQL counted. */
export const copyInto = (
  client: pg.ClientBase,
  table: string,
  columns: readonly string[],
  rows: readonly CopyValue[][],
): Promise<number> => copyFrom(client, `copy ${table} (${columns.join(', ')}) from stdin`, copyLines(rows));
