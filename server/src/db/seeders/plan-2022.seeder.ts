import type { EntityManager } from '@mikro-orm/postgresql';
import { documentKindOf } from '../../modules/documents/documents.service';
import { LegalDocument } from '../../modules/documents/legal-document.entity';
import { AdminLevel, AdminUnit } from '../../modules/places/admin-unit.entity';
import { Deadline, DeadlineKind } from '../../modules/plan/deadline.entity';
import { ImplementingUnit, ImplementingUnitKind } from '../../modules/plan/implementing-unit.entity';
import { Plan, PlanStatus } from '../../modules/plan/plan.entity';
import { PlanUnit } from '../../modules/plan/plan-unit.entity';
import { ComponentKind, ProgramComponent } from '../../modules/plan/program-component.entity';
import { Comparator, Target, TargetIndicator } from '../../modules/plan/target.entity';
import {
  ADMIN_UNITS,
  COMPONENTS,
  DEADLINES,
  DISTRICT_TARGETS,
  IMPLEMENTING_UNITS,
  LEGAL_DOCUMENTS,
  PLAN_2022,
} from './plan-2022.data';

const byKey = <T>(items: Map<string, T>, key: string): T => {
  const item = items.get(key);
  if (!item) throw new Error(`seed data refers to unknown "${key}"`);
  return item;
};

/**
 * Writes Ia H'Drai's 2022 plan (places, legal bases, components, targets, deadlines, units)
 * unless the district already has a plan for 2022. Returns whether it wrote anything.
 */
export const seedPlan2022 = async (em: EntityManager): Promise<boolean> => {
  const existing = await em.findOne(Plan, { year: PLAN_2022.year, district: { code: PLAN_2022.districtCode } });
  if (existing) return false;

  const places = new Map<string, AdminUnit>();
  for (const seed of ADMIN_UNITS) {
    const unit =
      (await em.findOne(AdminUnit, { code: seed.code })) ??
      em.create(AdminUnit, {
        code: seed.code,
        name: seed.name,
        level: AdminLevel[seed.level],
        parent: seed.parentCode ? byKey(places, seed.parentCode) : undefined,
        synthetic: false,
      });
    places.set(seed.code, unit);
  }

  const documents = new Map<string, LegalDocument>();
  for (const seed of LEGAL_DOCUMENTS) {
    const document =
      (await em.findOne(LegalDocument, { number: seed.number, issuer: seed.issuer })) ??
      em.create(LegalDocument, {
        number: seed.number,
        kind: documentKindOf(seed.number),
        issuedOn: seed.issuedOn,
        issuer: seed.issuer,
        title: seed.title,
      });
    documents.set(seed.key, document);
  }

  const district = byKey(places, PLAN_2022.districtCode);
  const plan = em.create(Plan, {
    year: PLAN_2022.year,
    title: PLAN_2022.title,
    district,
    status: PlanStatus.ISSUED,
    standard: byKey(documents, PLAN_2022.standardKey),
    purposes: PLAN_2022.purposes,
  });
  for (const key of PLAN_2022.legalBasisKeys) plan.legalBases.add(byKey(documents, key));

  const units = new Map<string, ImplementingUnit>();
  IMPLEMENTING_UNITS.forEach((seed, index) => {
    const unit = em.create(ImplementingUnit, {
      code: seed.code,
      name: seed.name,
      kind: ImplementingUnitKind[seed.kind],
      district,
      commune: seed.communeCode ? byKey(places, seed.communeCode) : undefined,
    });
    units.set(seed.code, unit);
    em.create(PlanUnit, { plan, unit, position: index + 1, duties: seed.duties });
  });

  const components = new Map<string, ProgramComponent>();
  COMPONENTS.forEach((seed, index) => {
    const parentCode = seed.kind === 'SUBPROJECT' ? seed.code.split('.')[0] : undefined;
    const component = em.create(ProgramComponent, {
      plan,
      code: seed.code,
      name: seed.name,
      kind: ComponentKind[seed.kind],
      parent: parentCode ? byKey(components, parentCode) : undefined,
      position: index + 1,
      objective: seed.objective,
      beneficiaries: seed.beneficiaries,
      activities: seed.activities,
      outputs: seed.outputs,
    });
    for (const code of seed.leadUnitCodes) component.leadUnits.add(byKey(units, code));
    components.set(seed.code, component);
  });

  for (const seed of DISTRICT_TARGETS) {
    em.create(Target, {
      plan,
      unit: district,
      indicator: TargetIndicator[seed.indicator],
      comparator: Comparator[seed.comparator],
      value: seed.value,
      baseline: seed.baseline,
      sourceText: seed.sourceText,
    });
  }
  for (const seed of DEADLINES) {
    em.create(Deadline, { plan, kind: DeadlineKind[seed.kind], dueOn: seed.dueOn, sourceText: seed.sourceText });
  }
  await em.flush();
  return true;
};
