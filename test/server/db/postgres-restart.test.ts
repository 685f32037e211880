import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../../server/src/db/embedded-postgres';
import { startTestApp, type TestApp } from '../../support/test-app';

// Its own cluster: the shared one must not restart under the other test files.
describe('when PostgreSQL restarts underneath the server', () => {
  let dataDir: string;
  let port: number;
  let pg: EmbeddedDatabase;
  let app: TestApp;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ansinh-restart-'));
    port = 50000 + Math.floor(Math.random() * 4000);
    pg = await startEmbeddedPostgres({ dataDir, port });
    app = await startTestApp({ database: pg });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await pg?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers again once PostgreSQL is back, without being restarted itself', async () => {
    const token = await app.login('leader');
    const query = () => app.gql<{ plans: { year: number }[] }>('{ plans { year } }', {}, token);
    expect((await query()).data?.plans).toEqual([{ year: 2022 }]);

    await pg.stop();
    const down = await query();
    expect(down.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(down)).not.toMatch(/ECONNREFUSED|stack|\.ts:/);

    pg = await startEmbeddedPostgres({ dataDir, port });
    const after = await query();
    expect(after.errors).toBeUndefined();
    expect(after.data?.plans).toEqual([{ year: 2022 }]);
  }, 120_000);
});
