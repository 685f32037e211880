import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { batchLoad, groupedBy } from '../../common/batch';
import { badUserInput, forbidden } from '../../common/errors';
import { idOf } from '../../common/node';
import { connectionOf, pageSize } from '../../common/pagination';
import { DateScalar, MoneyScalar } from '../../common/scalars';
import { todayInVietnam } from '../../common/vietnam-time';
import type { Context, ViewerIdentity } from '../../context';
import { Role, User } from '../access';
import type { AllocationLike } from '../budget';
import { Allocation } from '../budget';
import { LegalDocument } from '../documents';
import { AdminLevel, AdminUnit } from '../places';
import { Plan, ProgramComponent } from '../plan';
import { Assessment } from './assessment.entity';
import { Benefit } from './benefit.entity';
import { checkEligibility, recordBenefit } from './benefit.service';
import { listBenefits } from './benefit-list.service';
import { classify } from './classification';
import { EligibilityRule } from './eligibility-rule.entity';
import { Household, HouseholdMember } from './household.entity';
import { commitHouseholdImport, type ImportOutcome, previewHouseholdImport } from './household-import.service';
import { PovertyStatus } from './households.enums';
import {
  BenefitFilter,
  ClassifyHouseholdInput,
  HouseholdFilter,
  HouseholdImportInput,
  HouseholdOrder,
  RecordBenefitInput,
} from './households.inputs';
import {
  BenefitConnection,
  EligibilityCheck,
  HouseholdConnection,
  HouseholdImportPayload,
  HouseholdImportSummary,
  ImportRowError,
  PovertyClassification,
  PovertyRate,
  RecordBenefitPayload,
  StatusChange,
} from './households.payloads';
import {
  canReadPersonalData,
  headNamesOf,
  listHouseholds,
  memberCountsOf,
  newlyEscapedUntil,
  povertyRates,
  readsPersonalDataEverywhere,
  statusesOf,
  statusHistory,
  visibleCommunes,
} from './households.service';
import { PovertyStandard } from './poverty-standard.entity';
import { standardOn } from './standard.service';
import { SupportNorm } from './support-norm.entity';

/** Communes a writer may change; null for district-wide roles. */
const communeScope = (viewer: ViewerIdentity | null): number[] | null =>
  viewer?.roles.includes(Role.ADMIN) || viewer?.roles.includes(Role.PLANNING_OFFICER)
    ? null
    : (viewer?.communeIds ?? []);

const requirePersonalData = (context: Context, household: Household, field: string) => {
  if (!canReadPersonalData(context.viewer, household.commune.id)) {
    throw forbidden(
      `Household.${field} (personal data: only the Labour office, admins and the household's commune see it)`,
    );
  }
};

const importPayload = (outcome: ImportOutcome): HouseholdImportPayload =>
  Object.assign(new HouseholdImportPayload(), {
    summary: outcome.summary ? Object.assign(new HouseholdImportSummary(), outcome.summary) : null,
    rowErrors: outcome.rowErrors.map((problem) => Object.assign(new ImportRowError(), problem)),
    committed: outcome.committed,
    userErrors: outcome.userErrors,
  });

@Resolver(() => Household)
export class HouseholdResolver {
  @Query(() => PovertyClassification, {
    description: 'Pure rule evaluation under the poverty standard in force on `on` (default: today). Writes nothing.',
  })
  async classifyHousehold(
    @Arg('input', () => ClassifyHouseholdInput) input: ClassifyHouseholdInput,
    @Ctx() { em }: Context,
  ): Promise<PovertyClassification> {
    const on = input.on ?? todayInVietnam();
    const standard = await standardOn(em, on);
    if (!standard) throw badUserInput(`No poverty standard is in force on ${on}.`, 'on');
    const result = classify(standard, input.area, input.monthlyIncomePerCapita, input.deprivations);
    return Object.assign(new PovertyClassification(), {
      ...result,
      explanation: `${result.explanation} (${standard.document.getEntity().number}, in force from ${standard.validFrom})`,
      standard: standard.document.getEntity(),
    });
  }

  @Query(() => [PovertyStandard], { description: 'Every poverty standard, oldest first.' })
  povertyStandards(@Ctx() { em }: Context): Promise<PovertyStandard[]> {
    return em.find(PovertyStandard, {}, { orderBy: { validFrom: 'asc' } });
  }

  @Query(() => [SupportNorm], {
    description: 'Per-household support amounts of the components, by component and date.',
  })
  supportNorms(@Ctx() { em }: Context): Promise<SupportNorm[]> {
    return em.find(SupportNorm, {}, { orderBy: { componentCode: 'asc', kind: 'asc', validFrom: 'asc' } });
  }

  @Query(() => [EligibilityRule], { description: 'Who each component serves, by component and date.' })
  eligibilityRules(@Ctx() { em }: Context): Promise<EligibilityRule[]> {
    return em.find(EligibilityRule, {}, { orderBy: { componentCode: 'asc', validFrom: 'asc' } });
  }

  @Query(() => HouseholdConnection, {
    description: "Households of the registry by id, with keyset cursors; a commune officer's own communes only.",
  })
  async households(
    @Ctx() { em, viewer }: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('filter', () => HouseholdFilter, { nullable: true }) filter?: HouseholdFilter | null,
    @Arg('orderBy', () => HouseholdOrder, {
      nullable: true,
      description: 'Default: by household, in registration order.',
    })
    orderBy?: HouseholdOrder | null,
  ): Promise<HouseholdConnection> {
    const page = await listHouseholds(em, {
      first: pageSize(first),
      after: after ?? null,
      order: orderBy ? { field: orderBy.field, direction: orderBy.direction } : null,
      communes: visibleCommunes(viewer),
      filter: {
        communeId: filter?.communeId ? idOf(AdminUnit, filter.communeId, 'filter.communeId') : undefined,
        villageId: filter?.villageId ? idOf(AdminUnit, filter.villageId, 'filter.villageId') : undefined,
        status: filter?.status ?? undefined,
        year: filter?.year ?? undefined,
        ethnicMinority: filter?.ethnicMinority ?? undefined,
      },
    });
    return connectionOf(page);
  }

  @Query(() => [PovertyRate], {
    description:
      'Household poverty rates computed from the registry for the units of one level (under parentId if given).',
  })
  async povertyRates(
    @Ctx() { em }: Context,
    @Arg('year', () => Int) year: number,
    @Arg('level', () => AdminLevel) level: AdminLevel,
    @Arg('parentId', () => ID, { nullable: true }) parentId?: string | null,
  ): Promise<PovertyRate[]> {
    const rows = await povertyRates(em, year, {
      level,
      parentId: parentId ? idOf(AdminUnit, parentId, 'parentId') : undefined,
    });
    const units = new Map(
      (await em.find(AdminUnit, { id: { $in: rows.map((row) => row.unitId) } })).map((unit) => [unit.id, unit]),
    );
    return rows.map((row) =>
      Object.assign(new PovertyRate(), {
        unit: units.get(row.unitId),
        households: row.households,
        poor: row.poor,
        nearPoor: row.nearPoor,
        rate: Number(row.rate),
      }),
    );
  }
  @Mutation(() => HouseholdImportPayload, {
    description: 'Reads and checks a household file and says what a commit would write. Writes nothing.',
  })
  async previewHouseholdImport(
    @Arg('input', () => HouseholdImportInput) input: HouseholdImportInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<HouseholdImportPayload> {
    return importPayload(await previewHouseholdImport(em, { communeIds: communeScope(viewer) }, input));
  }
  @Mutation(() => HouseholdImportPayload, {
    description:
      'Checks the file again and writes all of it, or nothing when any row is bad. Idempotent by household code.',
  })
  async commitHouseholdImport(
    @Arg('input', () => HouseholdImportInput) input: HouseholdImportInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<HouseholdImportPayload> {
    return importPayload(await commitHouseholdImport(em, { communeIds: communeScope(viewer) }, input));
  }
  @Mutation(() => RecordBenefitPayload, {
    description: 'Records what a household received from an allocation; NOT_ELIGIBLE unless overrideReason is given.',
  })
  async recordBenefit(
    @Arg('input', () => RecordBenefitInput) input: RecordBenefitInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<RecordBenefitPayload> {
    const result = await recordBenefit(
      em,
      { userId: viewer?.user.id as number, communeIds: communeScope(viewer) },
      {
        householdId: idOf(Household, input.householdId, 'householdId'),
        allocationId: idOf(Allocation, input.allocationId, 'allocationId'),
        receivedOn: input.receivedOn,
        kind: input.kind,
        amount: input.amount ?? null,
        description: input.description,
        overrideReason: input.overrideReason ?? null,
      },
    );
    if (result === 'FORBIDDEN') throw forbidden("another commune's household");
    return Object.assign(new RecordBenefitPayload(), {
      benefit: result.benefit,
      eligibility: result.eligibility ? Object.assign(new EligibilityCheck(), result.eligibility) : null,
      userErrors: result.userErrors,
    });
  }

  @FieldResolver(() => AdminUnit)
  village(@Root() household: Household): Promise<AdminUnit> {
    return household.village.load() as Promise<AdminUnit>;
  }

  @FieldResolver(() => AdminUnit)
  commune(@Root() household: Household): Promise<AdminUnit> {
    return household.commune.load() as Promise<AdminUnit>;
  }

  @FieldResolver(() => PovertyStatus, {
    nullable: true,
    description: 'Classification recorded for `year` (default: latest).',
  })
  async status(
    @Root() household: Household,
    @Ctx() context: Context,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
  ): Promise<PovertyStatus | null> {
    const key = year ?? null;
    return (await batchLoad(context, `status:${key}`, (ids) => statusesOf(context.em, ids, key), household.id)) ?? null;
  }

  @FieldResolver(() => Int)
  async memberCount(@Root() household: Household, @Ctx() context: Context): Promise<number> {
    return (await batchLoad(context, 'memberCount', (ids) => memberCountsOf(context.em, ids), household.id)) ?? 0;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Personal data: only roles with PII access see it; others get FORBIDDEN on this field.',
  })
  async headName(@Root() household: Household, @Ctx() context: Context): Promise<string | null> {
    requirePersonalData(context, household, 'headName');
    return (await batchLoad(context, 'headName', (ids) => headNamesOf(context.em, ids), household.id)) ?? null;
  }

  @FieldResolver(() => [HouseholdMember], {
    nullable: true,
    description: 'Personal data: only roles with PII access see them; others get FORBIDDEN on this field.',
  })
  async members(@Root() household: Household, @Ctx() context: Context): Promise<HouseholdMember[]> {
    requirePersonalData(context, household, 'members');
    return (await household.members.load()).getItems();
  }

  @FieldResolver(() => [Assessment], { description: 'Every review, oldest first.' })
  async assessments(@Root() household: Household, @Ctx() context: Context): Promise<Assessment[]> {
    const fetch = async (ids: number[]) =>
      groupedBy(
        ids,
        await context.em.find(
          Assessment,
          { household: { $in: ids } },
          { orderBy: { year: 'asc', month: 'asc', kind: 'asc', id: 'asc' } },
        ),
        (assessment) => assessment.household.id,
      );
    return (await batchLoad(context, 'assessments', fetch, household.id)) ?? [];
  }

  @FieldResolver(() => [StatusChange], {
    description: 'Every review with its transition (newly poor, escaped, relapsed...).',
  })
  async statusHistory(@Root() household: Household, @Ctx() { em }: Context): Promise<StatusChange[]> {
    return (await statusHistory(em, household.id)).map((change) => Object.assign(new StatusChange(), change));
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description: "Last day of the newly-escaped window: the exit's recognition plus the standard's months.",
  })
  async newlyEscapedUntil(@Root() household: Household, @Ctx() { em }: Context): Promise<string | null> {
    return newlyEscapedUntil(await statusHistory(em, household.id));
  }

  @FieldResolver(() => [Benefit], { description: 'What the household received, oldest first.' })
  async benefits(@Root() household: Household, @Ctx() context: Context): Promise<Benefit[]> {
    const fetch = async (ids: number[]) =>
      groupedBy(
        ids,
        await context.em.find(Benefit, { household: { $in: ids } }, { orderBy: { receivedOn: 'asc', id: 'asc' } }),
        (benefit) => benefit.household.id,
      );
    return (await batchLoad(context, 'household.benefits', fetch, household.id)) ?? [];
  }

  @FieldResolver(() => EligibilityCheck, { description: "Whether the household meets a component's rule on a date." })
  async eligibility(
    @Root() household: Household,
    @Ctx() { em }: Context,
    @Arg('componentId', () => ID) componentId: string,
    @Arg('on', () => DateScalar, { nullable: true }) on?: string | null,
  ): Promise<EligibilityCheck> {
    const component = await em.findOne(ProgramComponent, idOf(ProgramComponent, componentId, 'componentId'));
    if (!component) throw badUserInput('No such component.', 'componentId');
    return Object.assign(
      new EligibilityCheck(),
      await checkEligibility(em, household, component.code, on ?? todayInVietnam()),
    );
  }
}

@Resolver(() => Benefit)
export class BenefitResolver {
  @Query(() => BenefitConnection, {
    description:
      "What households received, filtered, by date received, with keyset cursors; a commune officer's own communes only.",
  })
  async benefits(
    @Ctx() { em, viewer }: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('filter', () => BenefitFilter, { nullable: true }) filter?: BenefitFilter | null,
  ): Promise<BenefitConnection> {
    const page = await listBenefits(em, {
      first: pageSize(first),
      after: after ?? null,
      communes: visibleCommunes(viewer),
      filter: {
        planId: filter?.planId ? idOf(Plan, filter.planId, 'filter.planId') : undefined,
        year: filter?.year ?? undefined,
        projectId: filter?.projectId ? idOf(ProgramComponent, filter.projectId, 'filter.projectId') : undefined,
        componentId: filter?.componentId ? idOf(ProgramComponent, filter.componentId, 'filter.componentId') : undefined,
        communeId: filter?.communeId ? idOf(AdminUnit, filter.communeId, 'filter.communeId') : undefined,
        villageId: filter?.villageId ? idOf(AdminUnit, filter.villageId, 'filter.villageId') : undefined,
        householdId: filter?.householdId ? idOf(Household, filter.householdId, 'filter.householdId') : undefined,
        allocationId: filter?.allocationId ? idOf(Allocation, filter.allocationId, 'filter.allocationId') : undefined,
        kind: filter?.kind ?? undefined,
        receivedFrom: filter?.receivedFrom ?? undefined,
        receivedTo: filter?.receivedTo ?? undefined,
      },
    });
    return connectionOf(page);
  }

  @FieldResolver(() => Household)
  household(@Root() benefit: Benefit): Promise<Household> {
    return benefit.household.load() as Promise<Household>;
  }

  @FieldResolver(() => Allocation, { description: 'The allocation that paid.' })
  allocation(@Root() benefit: Benefit): Promise<Allocation> {
    return benefit.allocation.load() as Promise<Allocation>;
  }

  @FieldResolver(() => ProgramComponent)
  component(@Root() benefit: Benefit): Promise<ProgramComponent> {
    return benefit.component.load() as Promise<ProgramComponent>;
  }

  @FieldResolver(() => User, { nullable: true })
  recordedBy(@Root() benefit: Benefit): Promise<User | null> {
    return benefit.recordedBy.load();
  }
}

@Resolver(() => Allocation)
export class AllocationBenefitsResolver {
  @FieldResolver(() => [Benefit], {
    description: "What households received from this allocation; a commune officer's own communes only.",
  })
  async benefits(@Root() allocation: AllocationLike, @Ctx() context: Context): Promise<Benefit[]> {
    const communes = visibleCommunes(context.viewer);
    const fetch = async (ids: number[]) =>
      groupedBy(
        ids,
        await context.em.find(
          Benefit,
          { allocation: { $in: ids }, ...(communes !== null ? { household: { commune: { $in: communes } } } : {}) },
          { orderBy: { receivedOn: 'asc', id: 'asc' } },
        ),
        (benefit) => benefit.allocation.id,
      );
    return (await batchLoad(context, 'allocation.benefits', fetch, allocation.id)) ?? [];
  }
}

@Resolver(() => Assessment)
export class AssessmentResolver {
  @FieldResolver(() => MoneyScalar, { description: 'Average income per person per month. Personal data.' })
  async monthlyIncomePerCapita(@Root() assessment: Assessment, @Ctx() context: Context): Promise<bigint> {
    // The role is checked by the permission table; a commune officer also needs the household's commune.
    const household = readsPersonalDataEverywhere(context.viewer) ? null : await assessment.household.loadOrFail();
    if (household) requirePersonalData(context, household, 'monthlyIncomePerCapita');
    return assessment.monthlyIncomePerCapita;
  }

  @FieldResolver(() => PovertyStandard, { description: 'The standard that computed the status.' })
  standard(@Root() assessment: Assessment): Promise<PovertyStandard> {
    return assessment.standard.load() as Promise<PovertyStandard>;
  }
}

@Resolver(() => PovertyStandard)
export class PovertyStandardResolver {
  @FieldResolver(() => LegalDocument)
  document(@Root() standard: PovertyStandard): Promise<LegalDocument> {
    return standard.document.load() as Promise<LegalDocument>;
  }
}

@Resolver(() => SupportNorm)
export class SupportNormResolver {
  @FieldResolver(() => LegalDocument)
  document(@Root() norm: SupportNorm): Promise<LegalDocument> {
    return norm.document.load() as Promise<LegalDocument>;
  }
}

@Resolver(() => EligibilityRule)
export class EligibilityRuleResolver {
  @FieldResolver(() => LegalDocument)
  document(@Root() rule: EligibilityRule): Promise<LegalDocument> {
    return rule.document.load() as Promise<LegalDocument>;
  }
}
