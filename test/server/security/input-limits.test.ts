import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it, type MockInstance, vi } from 'vitest';
import { TEXT_LIMITS as CONSOLE_LIMITS } from '../../../client/src/ui/text-limits';
import { TEXT_LIMITS } from '../../../server/src/common/text';
import { ADJUST, APPROVE, ASSIGN, type PlanIds, planIds } from '../../support/budget';
import { connectedAs, type GraphQLResponse, startTestApp, type TestApp } from '../../support/test-app';

type UserErrors = { userErrors: { field: string[]; code: string; message: string }[] };
type Assigned = { assignEnvelope: UserErrors & { envelope: { decision: { number: string; issuer: string } } | null } };

const tooLong = (name: string, max: number, given: number) => ({
  field: ['input', name],
  code: 'TEXT_TOO_LONG',
  message: `${name} is at most ${max} characters; ${given} were given.`,
});

/** What the server logged (console.error in tests) while `run` ran. */
const loggedDuring = async <T>(run: () => Promise<T>): Promise<{ result: T; log: string }> => {
  const spy: MockInstance = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    const result = await run();
    return { result, log: spy.mock.calls.map((call) => call.map(String).join(' ')).join('\n') };
  } finally {
    spy.mockRestore();
  }
};

describe('text inputs: every limit is checked before the database and answered by name', () => {
  let app: TestApp;
  let finance: string;
  let ids: PlanIds;
  beforeAll(async () => {
    app = await startTestApp();
    finance = await app.login('finance');
    ids = await planIds(app, finance);
  });
  afterAll(() => app?.close());

  const assign = (input: Record<string, unknown>) =>
    app.gql<Assigned>(
      ASSIGN,
      {
        input: {
          planId: ids.planId,
          componentId: ids.components['5'],
          capitalType: 'INVESTMENT',
          source: 'CENTRAL_BUDGET',
          amount: '1000000',
          decisionNumber: '12/QĐ-UBND',
          decisionDate: '2022-03-01',
          decisionIssuer: 'UBND tỉnh Kon Tum',
          ...input,
        },
      },
      finance,
    );
  const documents = async () =>
    (await app.orm.em.fork().execute<{ count: number }[]>('select count(*)::int as count from legal_document'))[0]
      .count;

  it('refuses a decision number past 80 characters, an issuer past 200 and a title past 2,000', async () => {
    const before = await documents();
    const { data, errors } = await assign({
      decisionNumber: `${'1'.repeat(73)}/QĐ-UBND`,
      decisionIssuer: 'Ủ'.repeat(201),
      decisionTitle: 't'.repeat(2_001),
    });
    expect(errors).toBeUndefined();
    expect(data?.assignEnvelope).toEqual({
      envelope: null,
      userErrors: [
        tooLong('decisionNumber', 80, 81),
        tooLong('decisionIssuer', 200, 201),
        tooLong('decisionTitle', 2_000, 2_001),
      ],
    });
    expect(await documents()).toBe(before);
  });

  it('takes each at its limit, counted in characters as PostgreSQL counts them', async () => {
    // 'Ủ' is one character, two bytes in UTF-8: the limit is in characters.
    const number = `${'2'.repeat(72)}/QĐ-UBND`;
    const { data, errors } = await assign({
      decisionNumber: `  ${number} `,
      decisionIssuer: 'Ủ'.repeat(200),
      decisionTitle: 't'.repeat(2_000),
    });
    expect(errors).toBeUndefined();
    expect(data?.assignEnvelope.userErrors).toEqual([]);
    expect(data?.assignEnvelope.envelope?.decision).toMatchObject({ number, issuer: 'Ủ'.repeat(200) });
  });

  it('refuses them in approval and adjustment alike', async () => {
    const approve = await app.gql<{ approveAllocations: UserErrors }>(
      APPROVE,
      { input: { planId: ids.planId, decisionNumber: '3'.repeat(81), decisionDate: '2022-04-01' } },
      finance,
    );
    expect(approve.data?.approveAllocations.userErrors).toEqual([tooLong('decisionNumber', 80, 81)]);
    const adjust = await app.gql<{ adjustAllocations: UserErrors }>(
      ADJUST,
      {
        input: {
          planId: ids.planId,
          changes: [],
          decisionNumber: '4'.repeat(81),
          decisionDate: '2022-05-01',
          reason: 'Lý do '.repeat(400),
        },
      },
      finance,
    );
    expect(adjust.data?.adjustAllocations.userErrors).toEqual([
      tooLong('decisionNumber', 80, 81),
      tooLong('reason', 2_000, 2_399),
    ]);
  });

  it('answers a 1 MB decision number with a userError, and neither the answer nor the log echoes it', async () => {
    const { result, log } = await loggedDuring(() => assign({ decisionNumber: 'x'.repeat(1_000_000) }));
    expect(result.data?.assignEnvelope.userErrors).toEqual([tooLong('decisionNumber', 80, 1_000_000)]);
    expect(JSON.stringify(result).length).toBeLessThan(500);
    expect(log).toBe('');
  });

  it('refuses U+0000, which PostgreSQL cannot store, as BAD_USER_INPUT before anything runs', async () => {
    const refusal = {
      message: 'Text may not contain the NUL character (U+0000).',
      extensions: { code: 'BAD_USER_INPUT' },
    };
    const refused = (result: GraphQLResponse) => {
      expect(result.status).toBe(400);
      expect(result.errors).toEqual([refusal]);
    };
    const before = await documents();
    const { result: inVariable, log } = await loggedDuring(() => assign({ decisionIssuer: 'UBND\u0000' }));
    refused(inVariable);
    expect(log).toBe('');
    expect(await documents()).toBe(before);
    // Sign-in too, which anyone may call: with the value in a variable, and as a literal.
    refused(
      await app.gql('mutation ($input: LoginInput!) { login(input: $input) { token } }', {
        input: { username: 'admin\u0000', password: 'x' },
      }),
    );
    refused(await app.gql('mutation { login(input: { username: "admin\\u0000", password: "x" }) { token } }'));
  });
});

describe('an unexpected database error', () => {
  let app: TestApp;
  let finance: string;
  let ids: PlanIds;
  beforeAll(async () => {
    app = await startTestApp();
    finance = await app.login('finance');
    ids = await planIds(app, finance);
    // A fault no service expects: the table takes no new document (set by its owner: the server's role cannot).
    await connectedAs(app.ownerDatabaseUrl, (owner) =>
      owner.query('alter table legal_document add constraint refused_by_test check (false) not valid'),
    );
  });
  afterAll(() => app?.close());

  it('is logged with what failed and why, but not the values the caller sent', async () => {
    const title = `TRÍCH YẾU ${'dài '.repeat(495)}`;
    const { result, log } = await loggedDuring(() =>
      app.gql(
        ASSIGN,
        {
          input: {
            planId: ids.planId,
            componentId: ids.components['5'],
            capitalType: 'INVESTMENT',
            source: 'CENTRAL_BUDGET',
            amount: '1000000',
            decisionNumber: '77/QĐ-UBND-BÍ-MẬT',
            decisionDate: '2022-03-01',
            decisionIssuer: 'UBND tỉnh Kon Tum',
            decisionTitle: title,
          },
        },
        finance,
      ),
    );
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(log).toMatch(
      /\[server\] unexpected error: CheckConstraintViolationException: insert into "?legal_document"?/,
    );
    expect(log).toMatch(/violates check constraint "refused_by_test"/);
    expect(log).not.toMatch(/TRÍCH YẾU|dài|BÍ-MẬT|Kon Tum/);
    expect(log.length).toBeLessThan(4_000);
  });
});

describe('the text limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seeded: false });
  });
  afterAll(() => app?.close());

  it('are the lengths of the varchar columns that store them; free text is stored as text', async () => {
    const columns = await app.orm.em.fork().execute<{ name: string; type: string; max: number | null }[]>(
      `select table_name || '.' || column_name as name, data_type as type, character_maximum_length as max
           from information_schema.columns where table_schema = 'public'`,
    );
    const byName = new Map(columns.map((column) => [column.name, column]));
    const mismatches = Object.entries(TEXT_LIMITS).flatMap(([field, limit]) =>
      limit.columns.flatMap((name) => {
        const column = byName.get(name);
        const fits =
          (column?.type === 'character varying' && column.max === limit.max) ||
          (column?.type === 'text' && limit.max >= 1_000);
        return fits ? [] : [`${field}: ${name} is ${column ? `${column.type}(${column.max})` : 'missing'}`];
      }),
    );
    expect(mismatches).toEqual([]);
  });

  it("are the console's input limits", () => {
    for (const [field, max] of Object.entries(CONSOLE_LIMITS)) {
      expect(TEXT_LIMITS[field as keyof typeof CONSOLE_LIMITS].max, field).toBe(max);
    }
  });
});
