import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chown, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../../server/src/db/embedded-postgres';
import { freePort, type ServerProcess, startServerProcess } from '../../support/server-process';
import { startTestApp, type TestApp } from '../../support/test-app';

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const postmasterPid = async (dataDir: string) =>
  Number((await readFile(join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0]);

// Its own cluster: the shared one must not restart under the other test files.
describe('when PostgreSQL restarts underneath the server', () => {
  let dataDir: string;
  let port: number;
  let pg: EmbeddedDatabase;
  let app: TestApp;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ansinh-restart-'));
    port = await freePort();
    pg = await startEmbeddedPostgres({ dataDir, port });
    app = await startTestApp({ database: pg });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await pg?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('says the database is unavailable (503) while it is down, and answers again once it is back', async () => {
    const token = await app.login('leader');
    const query = () => app.gql<{ plans: { year: number }[] }>('{ plans { year } }', {}, token);
    expect((await query()).data?.plans).toEqual([{ year: 2022 }]);

    await pg.stop();
    // Signed in (the token is checked against the database before anything runs) and not (sign-in itself).
    const signedIn = await query();
    const signingIn = await app.gql('mutation { login(input: { username: "leader", password: "x" }) { token } }');
    const unavailable = {
      message: 'The database is unavailable; try again shortly.',
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    };
    expect(signedIn).toEqual({ status: 503, errors: [unavailable] });
    expect(signingIn).toMatchObject({ status: 503, errors: [{ ...unavailable, path: ['login'] }] });
    expect((await fetch(`${app.url}/healthz`)).status).toBe(503);

    pg = await startEmbeddedPostgres({ dataDir, port });
    const after = await query();
    expect(after.errors).toBeUndefined();
    expect(after.data?.plans).toEqual([{ year: 2022 }]);
  }, 120_000);

  it('starts over a postmaster.pid left by a PostgreSQL that is gone, even when its pid was given to another process', async () => {
    await pg.stop();
    const pidFile = join(dataDir, 'pg', 'postmaster.pid');
    // As root PostgreSQL runs as `postgres`: the file and the stranger are that user's, as after a reboot.
    const postgresUser =
      process.getuid?.() === 0
        ? { uid: Number(execFileSync('id', ['-u', 'postgres'])), gid: Number(execFileSync('id', ['-g', 'postgres'])) }
        : null;
    const asPostgres = postgresUser ?? {};
    const leavePidFile = async (pid: number) => {
      await writeFile(pidFile, `${pid}\n${join(dataDir, 'pg')}\n`);
      if (postgresUser) await chown(pidFile, postgresUser.uid, postgresUser.gid);
    };
    const notices: string[] = [];
    const notice = (message: string) => notices.push(message);

    const gone = spawn('true', [], asPostgres);
    await once(gone, 'exit');
    await leavePidFile(gone.pid as number);
    pg = await startEmbeddedPostgres({ dataDir, port, notice });
    await pg.stop();

    const stranger = spawn('sleep', ['600'], { ...asPostgres, stdio: 'ignore' });
    try {
      await leavePidFile(stranger.pid as number);
      pg = await startEmbeddedPostgres({ dataDir, port, notice });
    } finally {
      stranger.kill();
    }
    expect(notices).toEqual([
      `PostgreSQL (pid ${gone.pid}) did not stop cleanly last time; it recovers from its log as it starts`,
      `removed a stale postmaster.pid: pid ${stranger.pid} is no longer PostgreSQL`,
    ]);
    const token = await app.login('leader');
    expect((await app.gql('{ plans { year } }', {}, token)).data).toEqual({ plans: [{ year: 2022 }] });
  }, 60_000);
});

describe('when the server is killed with SIGKILL', () => {
  let dataDir: string;
  let server: ServerProcess | undefined;
  let orphan: number | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ansinh-killed-'));
  });

  afterAll(async () => {
    await server?.stop();
    // Should the server not have stopped it, the test does not leave it running either.
    if (orphan && isRunning(orphan)) process.kill(orphan, 'SIGINT');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts again by itself, stopping the PostgreSQL the killed server left running', async () => {
    const database = { dataDir, port: await freePort() };
    const killed = await startServerProcess(database, { demo: false });
    await killed.kill();
    orphan = await postmasterPid(dataDir);
    expect(isRunning(orphan)).toBe(true);

    server = await startServerProcess(database, { demo: false });
    expect(server.output()).toContain(
      `PostgreSQL (pid ${orphan}) was left running in ${join(dataDir, 'pg')} by a server that did not stop; stopping it`,
    );
    expect(server.output()).not.toMatch(/failed to start/);
    expect(isRunning(orphan)).toBe(false);
    const plans = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { login(input: { username: "x", password: "y" }) { userErrors { code } } }',
      }),
    });
    expect(await plans.json()).toEqual({ data: { login: { userErrors: [{ code: 'INVALID_CREDENTIALS' }] } } });

    const restarted = await postmasterPid(dataDir);
    await server.stop();
    expect(isRunning(restarted)).toBe(false);
  }, 180_000);
});
