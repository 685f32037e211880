import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { UserError } from '../../common/user-error';
import { User } from '../../modules/access/user.entity';
import { CapitalType } from '../../modules/budget/budget.enums';
import {
  type Actor,
  approveAllocations,
  assignEnvelope,
  type CellChange,
  type DisbursementEntry,
  recordDisbursements,
  saveAllocations,
} from '../../modules/budget/budget.service';
import { Envelope } from '../../modules/budget/envelope.entity';
import { povertyRates } from '../../modules/households/households.service';
import { AdminUnit } from '../../modules/places/admin-unit.entity';
import { Plan } from '../../modules/plan/plan.entity';
import { PlanErrorCode } from '../../modules/plan/plan.errors';
import { PlanUnit } from '../../modules/plan/plan-unit.entity';
import { Comparator, TargetIndicator } from '../../modules/plan/target.entity';
import { setTarget } from '../../modules/plan/target.service';
import { ReportErrorCode } from '../../modules/reports/reports.errors';
import { type ReportFiguresValues, submitReport } from '../../modules/reports/reports.service';
import {
  APPROVAL_DECISION,
  COMMUNE_OFFICERS,
  DEMO_COMMUNE_TARGETS,
  DEMO_ENVELOPES,
  DEMO_REPORTS,
  type EnvelopeSpec,
  INVESTMENT_DECISION,
  INVESTMENT_FIRST_HALF,
  PACE,
  PROVINCE,
  RECURRENT_DECISION,
  type ReportSpec,
  TARGET_NOTE,
  TRANCHES,
} from './demo-budget.data';
import { PLAN_2022 } from './plan-2022.data';

// Writes the synthetic demo data of demo-budget.data.ts: envelopes, cells, approval, payments,
// reports and commune targets. Everything goes through the services the console uses, so the
// envelopes, cells, approval, payments and the audit trail agree.

const MILLION = 1_000_000n;
const THOUSAND = 1_000n;
const roundThousands = (amount: bigint) => (amount / THOUSAND) * THOUSAND;

/** The payments of one cell: whole thousands of đồng, on days that vary by envelope and unit (no PRNG). */
export const demoPayments = (
  spec: EnvelopeSpec,
  envelopeIndex: number,
  unitCode: string,
  unitIndex: number,
): { paidOn: string; amount: bigint }[] => {
  const amount = BigInt(spec.cells[unitCode]) * MILLION;
  const pace = PACE[unitCode];
  const firstHalfRate =
    spec.capitalType === CapitalType.INVESTMENT ? Math.round(pace.firstHalf * INVESTMENT_FIRST_HALF) : pace.firstHalf;
  const firstHalf = roundThousands((amount * BigInt(firstHalfRate)) / 1000n);
  const year = roundThousands((amount * BigInt(pace.year)) / 1000n);
  const totals = { first: firstHalf, second: year - firstHalf };
  const paid = { first: 0n, second: 0n };
  return TRANCHES.flatMap(({ month, share, half }, index) => {
    const last = index === 1 || index === TRANCHES.length - 1;
    const part = last ? totals[half] - paid[half] : roundThousands((totals[half] * BigInt(share)) / 100n);
    paid[half] += part;
    // 3rd to 26th: the June tranche always lands before the 30 June cut-off.
    const day = 3 + ((envelopeIndex * 5 + unitIndex * 7 + index * 3) % 24);
    const paidOn = `2022-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return part > 0n ? [{ paidOn, amount: part }] : [];
  });
};

/** A one-page PDF with these ASCII lines: a stand-in for a scanned document. */
export const syntheticPdf = (lines: string[]): Buffer => {
  const text = lines
    .map((line, index) => `${index === 0 ? '72 770 Td' : '0 -22 Td'} (${line.replace(/[\\()]/g, '\\$&')}) Tj`)
    .join('\n');
  const stream = `BT /F1 13 Tf\n${text}\nET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(stream)} >>\nstream\n${stream}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = Buffer.byteLength(body);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
};

// ---------------------------------------------------------------- seeding

export interface DemoBudgetResult {
  envelopes: number;
  allocations: number;
  approved: boolean;
  payments: number;
  reports: number;
  targets: number;
}

const failed = (what: string, userErrors: UserError[]) =>
  new Error(`demo budget: ${what} refused: ${userErrors.map((error) => `${error.code} ${error.message}`).join('; ')}`);

const userIdOf = async (em: EntityManager, username: string): Promise<number | null> =>
  (await em.findOne(User, { username }, { fields: ['id'] }))?.id ?? null;

/**
 * Writes what is missing of the demo budget, reports and commune targets of the 2022 plan, through
 * the budget, report and target services (each its own transaction, as in the console), as the
 * demo accounts. Needs the plan, the demo accounts and the demo households. Seeding again adds
 * nothing: envelopes that exist are not assigned again, cells are saved, approved and paid only
 * while the plan has none, and reports and targets that exist are refused by their services.
 */
export const seedDemoBudget = async (orm: MikroORM): Promise<DemoBudgetResult> => {
  const result: DemoBudgetResult = {
    envelopes: 0,
    allocations: 0,
    approved: false,
    payments: 0,
    reports: 0,
    targets: 0,
  };
  // The services open their own transactions (as for the console's requests), on forks of this.
  const em = orm.em.fork();
  const plan = await em.findOne(
    Plan,
    { year: PLAN_2022.year, district: { code: PLAN_2022.districtCode } },
    { populate: ['components'] },
  );
  const finance = await userIdOf(em, 'finance');
  const planning = await userIdOf(em, 'planning');
  if (!plan || finance === null || planning === null) return result;
  const units = new Map(
    (await em.find(PlanUnit, { plan }, { populate: ['unit'], orderBy: { position: 'asc' } })).map((planUnit) => [
      planUnit.unit.getEntity().code,
      planUnit.unit.getEntity(),
    ]),
  );
  const unitId = (code: string) => {
    const unit = units.get(code);
    if (!unit) throw new Error(`demo budget: the plan has no unit ${code}`);
    return unit.id;
  };
  const components = new Map(plan.components.getItems().map((component) => [component.code, component.id]));
  const treasurer: Actor = { userId: finance };

  // 1. The province's assignments, of the envelopes the plan does not have yet.
  const existing = new Map(
    (await em.find(Envelope, { plan })).map((envelope) => [
      `${envelope.component.id}:${envelope.capitalType}:${envelope.source}`,
      envelope.id,
    ]),
  );
  const envelopeIds: number[] = [];
  for (const spec of DEMO_ENVELOPES) {
    const componentId = components.get(spec.component);
    if (componentId === undefined) throw new Error(`demo budget: the plan has no component ${spec.component}`);
    const key = `${componentId}:${spec.capitalType}:${spec.source}`;
    const known = existing.get(key);
    if (known !== undefined) {
      envelopeIds.push(known);
      continue;
    }
    const decision = spec.capitalType === CapitalType.INVESTMENT ? INVESTMENT_DECISION : RECURRENT_DECISION;
    const { envelope, userErrors } = await assignEnvelope(em, treasurer, {
      planId: plan.id,
      componentId,
      capitalType: spec.capitalType,
      source: spec.source,
      amount: BigInt(spec.millions) * MILLION,
      decisionNumber: decision.number,
      decisionDate: decision.date,
      decisionIssuer: PROVINCE,
      decisionTitle: decision.title,
    });
    if (!envelope) throw failed(`assigning ${key}`, userErrors);
    envelopeIds.push(envelope.id);
    result.envelopes += 1;
  }

  // 2-4. The district's split, its approval and the treasury's payments, each only while the plan has none.
  const [counts] = await em.execute<{ cells: number; approved: boolean; payments: number }[]>(
    `select (select count(*)::int from allocation a join envelope e on e.id = a.envelope_id where e.plan_id = ?) as cells,
              exists (select 1 from allocation_approval where plan_id = ?) as approved,
              (select count(*)::int from disbursement d join allocation a on a.id = d.allocation_id
                 join envelope e on e.id = a.envelope_id where e.plan_id = ?) as payments`,
    [plan.id, plan.id, plan.id],
  );
  if (counts.cells === 0 && !counts.approved) {
    const changes: CellChange[] = DEMO_ENVELOPES.flatMap((spec, index) =>
      Object.entries(spec.cells).map(([code, millions]) => ({
        envelopeId: envelopeIds[index],
        unitId: unitId(code),
        amount: BigInt(millions) * MILLION,
        expectedVersion: null,
      })),
    );
    const saved = await saveAllocations(em, treasurer, { planId: plan.id, changes, mode: 'DRAFT' });
    if (saved.userErrors.length > 0 || saved.conflicts.length > 0) throw failed('allocating', saved.userErrors);
    result.allocations = saved.allocations.length;
  }
  if (!counts.approved) {
    const approved = await approveAllocations(em, treasurer, {
      planId: plan.id,
      decisionNumber: APPROVAL_DECISION.number,
      decisionDate: APPROVAL_DECISION.date,
    });
    if (approved.userErrors.length > 0) throw failed('approving', approved.userErrors);
    result.approved = true;
  }
  if (counts.payments === 0) {
    const cells = new Map(
      (
        await em.execute<{ id: number; envelope_id: number; unit_id: number }[]>(
          'select a.id, a.envelope_id, a.unit_id from allocation a join envelope e on e.id = a.envelope_id where e.plan_id = ?',
          [plan.id],
        )
      ).map((row) => [`${row.envelope_id}:${row.unit_id}`, row.id]),
    );
    const unitOrder = [...units.keys()];
    const entries: DisbursementEntry[] = DEMO_ENVELOPES.flatMap((spec, index) =>
      Object.keys(spec.cells).flatMap((code) => {
        const allocationId = cells.get(`${envelopeIds[index]}:${unitId(code)}`);
        if (allocationId === undefined) return [];
        return demoPayments(spec, index, code, unitOrder.indexOf(code)).map((payment) => ({
          allocationId,
          ...payment,
        }));
      }),
    );
    const paid = await recordDisbursements(em, treasurer, entries);
    if (paid.userErrors.length > 0) throw failed('paying', paid.userErrors);
    result.payments = entries.length;
  }

  // 5. The reports the units sent the Labour office, with figures that follow from the demo
  // registry (its end-2021 review) and from the payments above.
  const communes = new Map([...units.values()].flatMap((unit) => (unit.commune ? [[unit.code, unit.commune.id]] : [])));
  const registry = new Map(
    (await povertyRates(em, 2021, { unitIds: [...communes.values()] })).map((row) => [row.unitId, row]),
  );
  const paidBy = async (unit: string, date: string): Promise<bigint> => {
    // The Finance-Planning office reports the whole district's payments; the others their own.
    const [{ total }] = await em.execute<{ total: string }[]>(
      `select coalesce(sum(d.amount), 0)::text as total from disbursement d
           join allocation a on a.id = d.allocation_id join envelope e on e.id = a.envelope_id
          where e.plan_id = ? and d.paid_on <= ? and (? or a.unit_id = ?)`,
      [plan.id, date, unit === 'P-TCKH', unitId(unit)],
    );
    return BigInt(total);
  };
  const reportFigures = async (spec: ReportSpec): Promise<Partial<ReportFiguresValues> | null> => {
    const disbursed = spec.reportsDisbursed ? { disbursed: await paidBy(spec.unit, spec.submittedOn) } : {};
    if (!spec.movement) return spec.figures || spec.reportsDisbursed ? { ...spec.figures, ...disbursed } : null;
    const base = registry.get(communes.get(spec.unit) ?? 0);
    if (!base?.households) throw new Error('demo budget: seed the demo households first');
    const { escaped, newlyPoor, beneficiaries } = spec.movement;
    return {
      households: base.households,
      poorHouseholds: base.poor - escaped + newlyPoor,
      nearPoorHouseholds: base.nearPoor + Math.floor(escaped / 2),
      escapedPoverty: escaped,
      newlyPoor,
      beneficiaries,
      ...disbursed,
    };
  };
  for (const spec of DEMO_REPORTS) {
    // A commune's officer records the commune's reports; the Labour office those of the offices.
    const communeId = communes.get(spec.unit);
    const officer = COMMUNE_OFFICERS[spec.unit] ? await userIdOf(em, COMMUNE_OFFICERS[spec.unit]) : null;
    const submitted = await submitReport(
      em,
      officer !== null && communeId !== undefined
        ? { userId: officer, communeIds: [communeId] }
        : { userId: planning, communeIds: null },
      {
        planId: plan.id,
        unitId: unitId(spec.unit),
        kind: spec.kind,
        submittedOn: spec.submittedOn,
        figures: await reportFigures(spec),
        attachment: spec.pdf
          ? { fileName: spec.pdf.fileName, contentBase64: syntheticPdf(spec.pdf.lines).toString('base64') }
          : null,
        note: spec.note,
        expectedVersion: null,
      },
    );
    if (submitted === 'FORBIDDEN') throw new Error(`demo budget: the report of ${spec.unit} was refused`);
    if (submitted.userErrors.length === 0) result.reports += 1;
    else if (submitted.userErrors.some((error) => error.code !== ReportErrorCode.ALREADY_SUBMITTED)) {
      throw failed(`the ${spec.kind} of ${spec.unit}`, submitted.userErrors);
    }
  }

  // 6. Commune targets, entered as the planning office would from the plan's appendix, with the
  // registry's end-2021 rate as baseline.
  for (const commune of await em.find(AdminUnit, { code: { $in: Object.keys(DEMO_COMMUNE_TARGETS) } })) {
    const saved = await setTarget(em, {
      planId: plan.id,
      unitId: commune.id,
      indicator: TargetIndicator.POOR_HOUSEHOLD_RATE,
      comparator: Comparator.AT_MOST,
      value: DEMO_COMMUNE_TARGETS[commune.code],
      baseline: registry.has(commune.id) ? Number(registry.get(commune.id)?.rate) : null,
      expectedVersion: null,
    });
    if (saved.userErrors.length === 0 && saved.target) {
      // The target's only text says where it comes from: here, nowhere real.
      await em.execute('update target set source_text = ? where id = ?', [TARGET_NOTE, saved.target.id]);
      result.targets += 1;
    } else if (saved.userErrors.some((error) => error.code !== PlanErrorCode.VERSION_CONFLICT)) {
      throw failed(`the target of ${commune.code}`, saved.userErrors);
    }
  }
  return result;
};
