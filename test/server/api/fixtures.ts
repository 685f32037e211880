import { toGlobalId } from '../../../server/src/common/node';
import { Plan, PlanStatus } from '../../../server/src/modules/plan/plan.entity';
import { PlanUnit } from '../../../server/src/modules/plan/plan-unit.entity';
import { ComponentKind, ProgramComponent } from '../../../server/src/modules/plan/program-component.entity';
import { APPROVE, assign, DISBURSE, SAVE, type SaveResult } from '../../support/budget';
import type { GraphQLResponse, TestApp } from '../../support/test-app';
import { csvOf, runImport } from '../households/helpers';

/** The data of a query that must succeed: throws with the errors otherwise (setup, not the thing tested). */
export const dataOf = <T>(result: GraphQLResponse<T>): T => {
  if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors ?? result));
  return result.data;
};

export interface PlanView {
  planId: string;
  components: Record<string, string>;
  units: Record<string, string>;
}

export const planOf = async (app: TestApp, token: string, year: number): Promise<PlanView> => {
  const data = dataOf(
    await app.gql<{
      plans: {
        id: string;
        components: { id: string; code: string }[];
        implementingUnits: { id: string; code: string }[];
      }[];
    }>(
      'query ($year: Int) { plans(year: $year) { id components { id code } implementingUnits { id code } } }',
      { year },
      token,
    ),
  );
  const [plan] = data.plans;
  return {
    planId: plan.id,
    components: Object.fromEntries(plan.components.map((c) => [c.code, c.id])),
    units: Object.fromEntries(plan.implementingUnits.map((u) => [u.code, u.id])),
  };
};

/**
 * A later plan of the same district with project 3 and its sub-project 3.1 and the 2022 plan's
 * units: there is no mutation that creates a plan, the seed writes them.
 */
export const createLaterPlan = async (app: TestApp, year: number): Promise<void> => {
  await app.orm.em.fork().transactional(async (em) => {
    const base = await em.findOneOrFail(Plan, { year: 2022 }, { populate: ['units'] });
    const plan = em.create(Plan, {
      year,
      title: `Kế hoạch thực hiện Chương trình năm ${year} (thử nghiệm)`,
      district: base.district,
      status: PlanStatus.ISSUED,
      standard: base.standard,
      purposes: [],
    });
    const component = (code: string, kind: ComponentKind, position: number, parent?: ProgramComponent) =>
      em.create(ProgramComponent, {
        plan,
        code,
        name: `Dự án ${code}`,
        kind,
        position,
        parent,
        objective: '',
        beneficiaries: '',
        activities: [],
        outputs: [],
      });
    const project = component('3', ComponentKind.PROJECT, 1);
    component('3.1', ComponentKind.SUBPROJECT, 2, project);
    for (const unit of base.units) em.create(PlanUnit, { plan, unit: unit.unit, position: unit.position, duties: [] });
  });
};

// The 2022 data: five components, two capital types by two sources (20 envelopes of 3 billion),
// each split across the plan's seven units: unit n (1..7) gets n × 100 million of every envelope
// and has been paid n tenths of it, half by 30 June and the rest on 30 September.
export const COMPONENTS = ['1', '3.1', '3.2', '4.1', '5'] as const;
export const CAPITAL_TYPES = ['RECURRENT', 'INVESTMENT'] as const;
export const SOURCES = ['CENTRAL_BUDGET', 'PROVINCIAL_BUDGET'] as const;
export const UNITS = ['P-LDTBXH', 'P-TCKH', 'CQ-TCNV', 'UBMTTQ', 'UBND-IATOI', 'UBND-IADAL', 'UBND-IADOM'] as const;
export const ENVELOPE_AMOUNT = 3_000_000_000n;
export const FIRST_PAYMENT_DATES = ['2022-03-15', '2022-05-20', '2022-06-30'] as const;
export const SECOND_PAYMENT_DATE = '2022-09-30';
export const BENEFIT_DATES = ['2022-04-01', '2022-07-15', '2022-10-10'] as const;
export const BENEFIT_COMPONENTS = ['5', '3.1', '4.1'] as const;
/** Benefits per commune, one per household. */
export const BENEFITS_PER_COMMUNE = 40;

export const allocatedTo = (unit: string): bigint =>
  BigInt(UNITS.indexOf(unit as (typeof UNITS)[number]) + 1) * 100_000_000n;
export const disbursedBy = (unit: string): bigint =>
  (allocatedTo(unit) * BigInt(UNITS.indexOf(unit as (typeof UNITS)[number]) + 1)) / 10n;

export interface AllocationRow {
  id: string;
  component: string;
  capitalType: string;
  source: string;
  unit: string;
}

export interface BenefitRow {
  id: string;
  commune: string;
  household: string;
  allocation: string;
  component: string;
  kind: 'CASH' | 'IN_KIND';
  receivedOn: string;
}

export interface AnalyticsData {
  plan2022: PlanView;
  plan2023: PlanView;
  communes: Record<string, string>;
  allocations2022: AllocationRow[];
  allocations2023: AllocationRow[];
  disbursements2022: number;
  benefits: BenefitRow[];
}

const COMMUNES = {
  'UBND-IATOI': 'KT-IAHDRAI-IATOI',
  'UBND-IADAL': 'KT-IAHDRAI-IADAL',
  'UBND-IADOM': 'KT-IAHDRAI-IADOM',
};

const RECORD_BENEFIT = /* GraphQL */ `
  mutation Record($input: RecordBenefitInput!) {
    recordBenefit(input: $input) { benefit { id } userErrors { code message } }
  }
`;

/**
 * Realistic data through the API, as the offices would enter it: envelopes, allocations, approval
 * and payments for 2022 and a later 2023 plan; benefits to households of the three communes; and
 * two households reviewed in 2023. Needs `startTestApp({ households: true })`.
 */
export const seedAnalytics = async (app: TestApp): Promise<AnalyticsData> => {
  const finance = await app.login('finance');
  const planning = await app.login('planning');
  const plan2022 = await planOf(app, finance, 2022);

  const envelopes: { id: string; component: string; capitalType: string; source: string }[] = [];
  for (const component of COMPONENTS) {
    for (const capitalType of CAPITAL_TYPES) {
      for (const source of SOURCES) {
        const envelope = await assign(app, finance, {
          planId: plan2022.planId,
          componentId: plan2022.components[component],
          amount: ENVELOPE_AMOUNT.toString(),
          capitalType,
          source,
        });
        envelopes.push({ id: envelope.id, component, capitalType, source });
      }
    }
  }
  const saved = dataOf(
    await app.gql<SaveResult>(
      SAVE,
      {
        input: {
          planId: plan2022.planId,
          changes: envelopes.flatMap((envelope) =>
            UNITS.map((unit) => ({
              envelopeId: envelope.id,
              unitId: plan2022.units[unit],
              amount: allocatedTo(unit).toString(),
              expectedVersion: null,
            })),
          ),
        },
      },
      finance,
    ),
  ).saveAllocations;
  if (saved.userErrors.length > 0) throw new Error(JSON.stringify(saved.userErrors));
  const envelopeOf = new Map(envelopes.map((envelope) => [envelope.id, envelope]));
  const allocations2022 = saved.allocations.map((allocation) => {
    const envelope = envelopeOf.get(allocation.envelope.id);
    if (!envelope) throw new Error('a saved cell of an unknown envelope');
    const { id: _envelopeId, ...rest } = envelope;
    return { id: allocation.id, ...rest, unit: allocation.unit.code };
  });
  dataOf(
    await app.gql(
      APPROVE,
      { input: { planId: plan2022.planId, decisionNumber: '45/QĐ-UBND', decisionDate: '2022-05-10' } },
      finance,
    ),
  );
  const payments = allocations2022.flatMap((allocation, index) => {
    const total = disbursedBy(allocation.unit);
    const first = total / 2n;
    return [
      { allocationId: allocation.id, paidOn: FIRST_PAYMENT_DATES[index % 3], amount: first.toString() },
      { allocationId: allocation.id, paidOn: SECOND_PAYMENT_DATE, amount: (total - first).toString() },
    ];
  });
  const paid = dataOf(
    await app.gql<{ recordDisbursements: { userErrors: unknown[] } }>(
      DISBURSE,
      { input: { entries: payments } },
      finance,
    ),
  );
  if (paid.recordDisbursements.userErrors.length > 0) throw new Error(JSON.stringify(paid));

  // A later plan: its money must list under its own year, never 2022's.
  await createLaterPlan(app, 2023);
  const plan2023 = await planOf(app, finance, 2023);
  const envelope2023 = await assign(app, finance, {
    planId: plan2023.planId,
    componentId: plan2023.components['3.1'],
    amount: '1000000000',
    decisionNumber: '7/QĐ-UBND',
  });
  const saved2023 = dataOf(
    await app.gql<SaveResult>(
      SAVE,
      {
        input: {
          planId: plan2023.planId,
          changes: [
            {
              envelopeId: envelope2023.id,
              unitId: plan2023.units['UBND-IATOI'],
              amount: '400000000',
              expectedVersion: null,
            },
            {
              envelopeId: envelope2023.id,
              unitId: plan2023.units['P-LDTBXH'],
              amount: '300000000',
              expectedVersion: null,
            },
          ],
        },
      },
      finance,
    ),
  ).saveAllocations;
  const allocations2023 = saved2023.allocations.map((allocation) => ({
    id: allocation.id,
    component: '3.1',
    capitalType: 'RECURRENT',
    source: 'CENTRAL_BUDGET',
    unit: allocation.unit.code,
  }));
  dataOf(
    await app.gql(
      APPROVE,
      { input: { planId: plan2023.planId, decisionNumber: '12/QĐ-UBND', decisionDate: '2023-04-03' } },
      finance,
    ),
  );
  const iaToi2023 = allocations2023.find((allocation) => allocation.unit === 'UBND-IATOI');
  dataOf(
    await app.gql(
      DISBURSE,
      { input: { entries: [{ allocationId: iaToi2023?.id, paidOn: '2023-05-05', amount: '100000000' }] } },
      finance,
    ),
  );

  // Benefits: the first households of each commune, each from its commune committee's allocation.
  const households = await app.orm.em
    .fork()
    .execute<{ id: number; commune: string }[]>(
      `select h.id, c.code as commune from household h join admin_unit c on c.id = h.commune_id order by h.id`,
    );
  const benefits: BenefitRow[] = [];
  const requests: { input: Record<string, unknown>; row: Omit<BenefitRow, 'id'> }[] = [];
  for (const [unit, commune] of Object.entries(COMMUNES)) {
    const own = households.filter((household) => household.commune === commune).slice(0, BENEFITS_PER_COMMUNE);
    own.forEach((household, index) => {
      const component = BENEFIT_COMPONENTS[index % BENEFIT_COMPONENTS.length];
      const allocation = allocations2022.find(
        (cell) =>
          cell.unit === unit &&
          cell.component === component &&
          cell.capitalType === 'RECURRENT' &&
          cell.source === 'CENTRAL_BUDGET',
      );
      if (!allocation) throw new Error(`no ${unit} allocation of ${component}`);
      const kind = index % 2 === 0 ? 'CASH' : 'IN_KIND';
      const receivedOn = BENEFIT_DATES[index % BENEFIT_DATES.length];
      const householdId = toGlobalId('Household', household.id);
      requests.push({
        input: {
          householdId,
          allocationId: allocation.id,
          receivedOn,
          kind,
          amount: kind === 'CASH' ? '2000000' : null,
          description: kind === 'CASH' ? 'Hỗ trợ tiền mặt' : 'Hỗ trợ giống cây trồng',
          // Eligibility is tested in test/server/households; here the rows are what matters.
          overrideReason: 'Dữ liệu thử nghiệm',
        },
        row: { commune, household: householdId, allocation: allocation.id, component, kind, receivedOn },
      });
    });
  }
  // And one benefit paid by the 2023 plan, to an Ia Tơi household.
  const iaToiHousehold = toGlobalId(
    'Household',
    households.find((household) => household.commune === COMMUNES['UBND-IATOI'])?.id ?? 0,
  );
  requests.push({
    input: {
      householdId: iaToiHousehold,
      allocationId: iaToi2023?.id,
      receivedOn: '2023-06-01',
      kind: 'CASH',
      amount: '5000000',
      description: 'Hỗ trợ tiền mặt 2023',
      overrideReason: 'Dữ liệu thử nghiệm',
    },
    row: {
      commune: COMMUNES['UBND-IATOI'],
      household: iaToiHousehold,
      allocation: iaToi2023?.id ?? '',
      component: '3.1',
      kind: 'CASH',
      receivedOn: '2023-06-01',
    },
  });
  // In order, so that ids follow the list (the tie-break of equal dates).
  for (const request of requests) {
    const result = dataOf(
      await app.gql<{ recordBenefit: { benefit: { id: string } | null; userErrors: unknown[] } }>(
        RECORD_BENEFIT,
        { input: request.input },
        planning,
      ),
    );
    if (!result.recordBenefit.benefit) throw new Error(JSON.stringify(result));
    benefits.push({ id: result.recordBenefit.benefit.id, ...request.row });
  }

  // Two households reviewed in 2023, so that the registry has a second year too.
  const imported = await runImport(
    app,
    planning,
    'commit',
    'review-2023.csv',
    csvOf(
      ['API-2023-1', 'API-2023-2'].map((code, index) => ({
        household_code: code,
        village_code: 'KT-IAHDRAI-IATOI-SYN01',
        area_type: 'RURAL',
        ethnic_minority: '1',
        member_name: `Chủ hộ ${code}`,
        relation: 'HEAD',
        review_year: '2023',
        income: index === 0 ? '1000000' : '3000000',
        deprivations: 'EMPLOYMENT;NUTRITION;HOUSING_AREA',
      })),
    ),
  );
  if (!imported.payload?.committed) throw new Error(JSON.stringify(imported));

  const communes = Object.fromEntries(
    (
      await app.orm.em
        .fork()
        .execute<{ id: number; code: string }[]>(`select id, code from admin_unit where level = 'COMMUNE'`)
    ).map((unit) => [unit.code, toGlobalId('AdminUnit', unit.id)]),
  );
  return {
    plan2022,
    plan2023,
    communes,
    allocations2022,
    allocations2023,
    disbursements2022: payments.length,
    benefits,
  };
};
