import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectAndMigrate } from '../../../server/src/db/database';
import { seed } from '../../../server/src/db/seed';
import { createTestDatabase, DEMO_PASSWORD, startTestApp, type TestApp } from '../../support/test-app';

const PLAN_QUERY = /* GraphQL */ `
  query Plans($year: Int) {
    plans(year: $year) {
      id
      year
      title
      status
      district { name level parent { name level } }
      legalBases { number issuedOn issuer kind }
      standard { number issuedOn issuer title }
      components { code kind name objective beneficiaries activities outputs parent { code } children { code } }
      targets { indicator comparator value baseline actual met unit { name level } }
      deadlines { kind dueOn }
      implementingUnits { code name kind commune { name } }
      unitDuties { unit { code } duties }
    }
  }
`;

interface PlanResult {
  plans: {
    id: string;
    year: number;
    title: string;
    status: string;
    district: { name: string; level: string; parent: { name: string; level: string } };
    legalBases: { number: string; issuedOn: string; issuer: string; kind: string }[];
    standard: { number: string; issuedOn: string; issuer: string; title: string };
    components: {
      code: string;
      kind: string;
      name: string;
      objective: string;
      beneficiaries: string;
      activities: string[];
      outputs: string[];
      parent: { code: string } | null;
      children: { code: string }[];
    }[];
    targets: {
      indicator: string;
      comparator: string;
      value: number;
      baseline: number | null;
      actual: number | null;
      met: boolean | null;
      unit: { name: string; level: string };
    }[];
    deadlines: { kind: string; dueOn: string }[];
    implementingUnits: { code: string; name: string; kind: string; commune: { name: string } | null }[];
    unitDuties: { unit: { code: string }; duties: string[] }[];
  }[];
}

const SUBPROJECTS = ['3.1', '3.2', '4.1', '4.2', '4.3', '6.1', '6.2', '7.1', '7.2'];

describe("Ia H'Drai's 2022 plan, as seeded", () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp();
    token = await app.login('finance');
  });
  afterAll(() => app?.close());

  it("is the one plan of 2022, issued, for the district of Ia H'Drai in Kon Tum", async () => {
    const { data, errors } = await app.gql<PlanResult>(PLAN_QUERY, { year: 2022 }, token);
    expect(errors).toBeUndefined();
    expect(data?.plans).toHaveLength(1);
    const [plan] = data?.plans ?? [];
    expect(plan).toMatchObject({
      year: 2022,
      status: 'ISSUED',
      title: "Kế hoạch thực hiện công tác giảm nghèo và an sinh xã hội bền vững trên địa bàn huyện Ia H'Drai năm 2022",
      district: { name: "Ia H'Drai", level: 'DISTRICT', parent: { name: 'Kon Tum', level: 'PROVINCE' } },
    });
    expect(plan.legalBases).toEqual([
      { number: '586/UBND-KGVX', issuedOn: '2022-03-03', issuer: 'UBND tỉnh Kon Tum', kind: 'OFFICIAL_LETTER' },
      { number: '75/QĐ-UBND', issuedOn: '2022-03-28', issuer: "UBND huyện Ia H'Drai", kind: 'DECISION' },
    ]);
    expect(plan.standard).toMatchObject({ number: '07/2021/NĐ-CP', issuedOn: '2021-01-27', issuer: 'Chính phủ' });
    expect((await app.gql<PlanResult>(PLAN_QUERY, { year: 2023 }, token)).data?.plans).toEqual([]);
  });

  it('has projects 1-7 and the nine sub-projects, in code order, each with objective and beneficiaries', async () => {
    const { data } = await app.gql<PlanResult>(PLAN_QUERY, { year: 2022 }, token);
    const components = data?.plans[0].components ?? [];
    expect(components.map((c) => c.code)).toEqual([
      '1',
      '2',
      '3',
      '3.1',
      '3.2',
      '4',
      '4.1',
      '4.2',
      '4.3',
      '5',
      '6',
      '6.1',
      '6.2',
      '7',
      '7.1',
      '7.2',
    ]);
    expect(components.filter((c) => c.kind === 'PROJECT').map((c) => c.code)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
    ]);
    expect(components.filter((c) => c.kind === 'SUBPROJECT').map((c) => c.code)).toEqual(SUBPROJECTS);
    for (const component of components) {
      expect(component.name.length, component.code).toBeGreaterThan(5);
      expect(component.objective.length, component.code).toBeGreaterThan(10);
      expect(component.parent?.code ?? null).toBe(
        component.kind === 'SUBPROJECT' ? component.code.split('.')[0] : null,
      );
    }
    const byCode = new Map(components.map((c) => [c.code, c]));
    expect(byCode.get('1')?.name).toBe('Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các xã');
    expect(byCode.get('1')?.objective).toMatch(
      /^Tăng cường cơ sở hạ tầng thiết yếu.*thực hiện công tác duy tu bảo dưỡng dựa vào cộng đồng\.$/,
    );
    expect(byCode.get('1')?.beneficiaries).toContain('Các xã trên địa bàn huyện');
    expect(byCode.get('3.2')?.name).toBe('Cải thiện dinh dưỡng');
    expect(byCode.get('5')?.name).toBe('Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các xã');
    expect(byCode.get('4')?.children.map((c) => c.code)).toEqual(['4.1', '4.2', '4.3']);
    expect(byCode.get('2')?.activities.length).toBeGreaterThan(0);
    expect(byCode.get('2')?.outputs.length).toBeGreaterThan(0);
    // Texts are the document's: no footnote markers or markdown left from the transcription.
    for (const component of components) {
      for (const text of [
        component.objective,
        component.beneficiaries,
        ...component.activities,
        ...component.outputs,
      ]) {
        expect(text).not.toMatch(/[¹³⁴]|\*/);
      }
    }
  });

  it('carries the two district targets and no invented commune targets', async () => {
    const { data } = await app.gql<PlanResult>(PLAN_QUERY, { year: 2022 }, token);
    expect(data?.plans[0].targets).toEqual([
      {
        indicator: 'POOR_HOUSEHOLD_RATE',
        comparator: 'AT_MOST',
        value: 32.73,
        baseline: 40.73,
        actual: null,
        met: null,
        unit: { name: "Ia H'Drai", level: 'DISTRICT' },
      },
      {
        indicator: 'POOR_HOUSEHOLD_RATE_REDUCTION',
        comparator: 'AT_LEAST',
        value: 8,
        baseline: null,
        actual: null,
        met: null,
        unit: { name: "Ia H'Drai", level: 'DISTRICT' },
      },
    ]);
  });

  it('sets the three deadlines and the implementing units the plan names', async () => {
    const { data } = await app.gql<PlanResult>(PLAN_QUERY, { year: 2022 }, token);
    const plan = data?.plans[0];
    expect(plan?.deadlines).toEqual([
      { kind: 'COMMUNE_PLAN', dueOn: '2022-04-30' },
      { kind: 'SEMIANNUAL_REPORT', dueOn: '2022-06-10' },
      { kind: 'ANNUAL_REPORT', dueOn: '2022-11-10' },
    ]);
    const units = plan?.implementingUnits ?? [];
    expect(units.map((u) => u.name)).toEqual(
      expect.arrayContaining(['Phòng Lao động - Thương binh và Xã hội', 'Phòng Tài chính - Kế hoạch']),
    );
    expect(units.filter((u) => u.kind === 'COMMUNE_COMMITTEE').map((u) => [u.name, u.commune?.name])).toEqual([
      ['Ủy ban nhân dân xã Ia Tơi', 'Ia Tơi'],
      ['Ủy ban nhân dân xã Ia Đal', 'Ia Đal'],
      ['Ủy ban nhân dân xã Ia Dom', 'Ia Dom'],
    ]);
    const financeDuties = plan?.unitDuties.find((entry) => entry.unit.code === 'P-TCKH')?.duties ?? [];
    expect(financeDuties.join(' ')).toContain('phân bổ vốn');
  });

  it('places the three communes under the district under the province', async () => {
    const { data } = await app.gql<{ adminUnits: { name: string; level: string; parent: { name: string } | null }[] }>(
      '{ adminUnits(level: COMMUNE) { name level parent { name } } }',
      {},
      token,
    );
    expect(data?.adminUnits).toEqual([
      { name: 'Ia Đal', level: 'COMMUNE', parent: { name: "Ia H'Drai" } },
      { name: 'Ia Dom', level: 'COMMUNE', parent: { name: "Ia H'Drai" } },
      { name: 'Ia Tơi', level: 'COMMUNE', parent: { name: "Ia H'Drai" } },
    ]);
  });

  it('seeds nothing twice: seeding again, as a restart does, leaves every table as it was', async () => {
    const count = async () => {
      const rows = await app.orm.em.fork().execute<{ table: string; n: string }[]>(
        `select 'plan' as table, count(*) as n from plan union all select 'component', count(*) from program_component
         union all select 'target', count(*) from target union all select 'unit', count(*) from implementing_unit
         union all select 'user', count(*) from app_user union all select 'place', count(*) from admin_unit
         union all select 'document', count(*) from legal_document union all select 'deadline', count(*) from deadline`,
      );
      return Object.fromEntries(rows.map((row) => [row.table, Number(row.n)]));
    };
    const before = await count();
    // Documents: the plan's three, and the two the poverty standard's norms and rules cite.
    expect(before).toMatchObject({ plan: 1, component: 16, target: 2, user: 8, place: 5, document: 5, deadline: 3 });
    // A restart: a new ORM on the same database, migrations again, seeding again.
    const restarted = await connectAndMigrate(
      { url: app.databaseUrl, ownerUrl: app.ownerDatabaseUrl },
      { quiet: true },
    );
    try {
      expect(await seed(restarted, { demo: true, demoPassword: DEMO_PASSWORD })).toEqual({
        plan: false,
        demoUsers: [],
      });
    } finally {
      await restarted.close(true);
    }
    expect(await count()).toEqual(before);
  });

  it('migrates and seeds once when two server processes start on an empty database at the same moment', async () => {
    const database = await createTestDatabase({ empty: true });
    const [first, second] = await Promise.all([
      connectAndMigrate(database, { quiet: true }),
      connectAndMigrate(database, { quiet: true }),
    ]);
    try {
      const results = await Promise.all([first, second].map((orm) => seed(orm, { demo: true, demoPassword: 'x' })));
      expect(results.map((result) => result.plan).sort()).toEqual([false, true]);
      const plans = await first.em.fork().execute('select count(*)::int as n from plan');
      const users = await first.em.fork().execute('select count(*)::int as n from app_user');
      expect([plans[0].n, users[0].n]).toEqual([1, 8]);
    } finally {
      await Promise.all([first.close(true), second.close(true)]);
      await database.drop();
    }
  });
});
