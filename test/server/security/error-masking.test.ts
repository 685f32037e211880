import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectedAs, startTestApp, type TestApp } from '../../support/test-app';

describe('an unexpected error in production', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp({ config: { production: true } });
    token = await app.login('leader');
    // A fault no resolver expects: the plan table is gone from under the server (which could not do it itself).
    await connectedAs(app.ownerDatabaseUrl, (owner) =>
      owner.query('alter table "plan" rename to "plan_hidden_by_test"'),
    );
  });
  afterAll(() => app?.close());

  it('reaches the caller as INTERNAL_SERVER_ERROR without its detail, and the log with it', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const result = await app.gql('{ plans(year: 2022) { id title } }', {}, token);
      expect(result.errors).toEqual([
        {
          message: 'Internal server error',
          path: ['plans'],
          locations: [{ line: 1, column: 3 }],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ]);
      expect(JSON.stringify(result)).not.toMatch(/plan_hidden|relation|does not exist|stack|select|\.ts:/i);
      const log = logged.mock.calls.map((call) => String(call[0])).join('\n');
      expect(log).toMatch(/\[server\] unexpected error: .*relation "plan" does not exist/);
    } finally {
      logged.mockRestore();
    }
  });
});
