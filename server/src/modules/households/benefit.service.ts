import type { EntityManager } from '@mikro-orm/postgresql';
import { checkTextLimits, TEXT_LIMITS } from '../../common/text';
import { UserError } from '../../common/user-error';
import { todayInVietnam } from '../../common/vietnam-time';
import { Benefit } from './benefit.entity';
import { addMonths, formatDong } from './classification';
import { EligibilityRule } from './eligibility-rule.entity';
import { Household } from './household.entity';
import { BenefitKind } from './households.enums';
import { HouseholdErrorCode as Code } from './households.errors';
import { newlyEscapedUntil, statusHistory } from './households.service';

export interface EligibilityResult {
  eligible: boolean;
  failures: string[];
  rule: EligibilityRule | null;
}

/** The rule of the component (or, failing that, of its project) in force on a date. */
const ruleFor = async (em: EntityManager, componentCode: string, on: string): Promise<EligibilityRule | null> => {
  const codes = [componentCode, componentCode.split('.')[0]];
  const rules = await em.find(
    EligibilityRule,
    { componentCode: { $in: codes }, validFrom: { $lte: on }, $or: [{ validTo: null }, { validTo: { $gte: on } }] },
    { populate: ['document'] },
  );
  return rules.find((rule) => rule.componentCode === componentCode) ?? rules[0] ?? null;
};

/** Whether the household meets the component's rule on `on`, with every condition it fails. */
export const checkEligibility = async (
  em: EntityManager,
  household: Household,
  componentCode: string,
  on: string,
): Promise<EligibilityResult> => {
  const rule = await ruleFor(em, componentCode, on);
  if (!rule) {
    return {
      eligible: false,
      rule: null,
      failures: [`no eligibility rule for component ${componentCode} is in force on ${on}`],
    };
  }
  const failures: string[] = [];
  // Reviews of later years are not yet known on `on`.
  const history = (await statusHistory(em, household.id)).filter(
    (change) => change.assessment.year <= Number(on.slice(0, 4)),
  );
  const latest = history.at(-1)?.assessment;
  const escapedUntil = newlyEscapedUntil(history);
  if (!latest) failures.push(`no review of the household by ${on.slice(0, 4)}`);
  else if (!rule.statuses.includes(latest.status)) {
    if (!(rule.includesNewlyEscaped && escapedUntil && escapedUntil >= on)) {
      failures.push(
        `status ${latest.status} (${latest.year} review) is not ${rule.statuses.join(' or ')}${rule.includesNewlyEscaped ? ' or newly escaped' : ''}`,
      );
    }
  }
  if (rule.minYearsIndependent !== null && rule.minYearsIndependent !== undefined && rule.independentReferenceDate) {
    const latestStart = addMonths(rule.independentReferenceDate, -12 * rule.minYearsIndependent);
    if (!household.independentSince) failures.push('the date the household became independent is not recorded');
    else if (household.independentSince > latestStart) {
      failures.push(
        `independent since ${household.independentSince}: not ${rule.minYearsIndependent} years before ${rule.independentReferenceDate}`,
      );
    }
  }
  if (rule.excludesOtherHousingSupport && household.otherHousingSupport) {
    failures.push('already supported by another housing programme');
  }
  if (rule.requiresAnyDeprivation.length > 0 && latest) {
    if (!rule.requiresAnyDeprivation.some((deprivation) => latest.deprivations.includes(deprivation))) {
      failures.push(`the latest review finds none of ${rule.requiresAnyDeprivation.join(', ')}`);
    }
  }
  return { eligible: failures.length === 0, failures, rule };
};

export interface RecordBenefitCommand {
  householdId: number;
  allocationId: number;
  receivedOn: string;
  kind: BenefitKind;
  amount: bigint | null;
  description: string;
  overrideReason: string | null;
}

export type RecordBenefitResult =
  | { benefit: Benefit | null; eligibility: EligibilityResult | null; userErrors: UserError[] }
  | 'FORBIDDEN';

/**
 * Records what a household received from an allocation, in one transaction. A household that does
 * not meet the component's rule is refused (NOT_ELIGIBLE) unless an override reason is given; the
 * reason and the failed conditions stay on the benefit. `communeIds` limits a commune officer to
 * their own communes' households (null: district-wide).
 */
export const recordBenefit = async (
  em: EntityManager,
  actor: { userId: number; communeIds: number[] | null },
  command: RecordBenefitCommand,
): Promise<RecordBenefitResult> => {
  const errors: UserError[] = [];
  const field = (name: string) => ['input', name];
  if (command.kind === BenefitKind.CASH && command.amount === null) {
    errors.push(new UserError(Code.AMOUNT_REQUIRED, 'A cash benefit states its amount.', field('amount')));
  }
  if (
    command.amount !== null &&
    (command.amount < 0n || (command.kind === BenefitKind.CASH && command.amount === 0n))
  ) {
    errors.push(new UserError(Code.AMOUNT_NOT_POSITIVE, 'The amount must be positive.', field('amount')));
  }
  if (!command.description.trim()) {
    errors.push(new UserError(Code.DESCRIPTION_REQUIRED, 'Say what was received.', field('description')));
  }
  errors.push(
    ...checkTextLimits(command, {
      description: TEXT_LIMITS.benefitDescription,
      overrideReason: TEXT_LIMITS.overrideReason,
    }),
  );
  if (command.receivedOn > todayInVietnam()) {
    errors.push(new UserError(Code.RECEIVED_ON_IN_FUTURE, 'A benefit is recorded once received.', field('receivedOn')));
  }
  const none = { benefit: null, eligibility: null };
  if (errors.length > 0) return { ...none, userErrors: errors };

  return em.fork({ clear: true }).transactional(async (t): Promise<RecordBenefitResult> => {
    const household = await t.findOne(Household, command.householdId);
    if (!household) {
      return {
        ...none,
        userErrors: [new UserError(Code.HOUSEHOLD_NOT_FOUND, 'No such household.', field('householdId'))],
      };
    }
    if (actor.communeIds !== null && !actor.communeIds.includes(household.commune.id)) return 'FORBIDDEN';
    // The allocation row is locked: concurrent benefits from one allocation queue here.
    const [allocation] = await t.execute<
      { id: number; amount: string; component_id: number; code: string; commune_id: number | null }[]
    >(
      `select a.id, a.amount, e.component_id, c.code, u.commune_id
         from allocation a join envelope e on e.id = a.envelope_id join program_component c on c.id = e.component_id
         join implementing_unit u on u.id = a.unit_id
        where a.id = ? for update of a`,
      [command.allocationId],
    );
    if (!allocation) {
      return {
        ...none,
        userErrors: [new UserError(Code.ALLOCATION_NOT_FOUND, 'No such allocation.', field('allocationId'))],
      };
    }
    if (allocation.commune_id !== null && allocation.commune_id !== household.commune.id) {
      return {
        ...none,
        userErrors: [
          new UserError(Code.ALLOCATION_OTHER_COMMUNE, "The allocation is another commune's.", field('allocationId')),
        ],
      };
    }
    const eligibility = await checkEligibility(t, household, allocation.code, command.receivedOn);
    const overrideReason = command.overrideReason?.trim() || null;
    if (!eligibility.eligible && !overrideReason) {
      return {
        benefit: null,
        eligibility,
        userErrors: [
          new UserError(
            Code.NOT_ELIGIBLE,
            `The household is not eligible for component ${allocation.code}: ${eligibility.failures.join('; ')}. Give overrideReason to record it anyway.`,
            field('householdId'),
          ),
        ],
      };
    }
    if (command.kind === BenefitKind.CASH && command.amount !== null) {
      const [{ paid }] = await t.execute<{ paid: string }[]>(
        `select coalesce(sum(amount), 0)::text as paid from benefit where allocation_id = ? and kind = 'CASH'`,
        [allocation.id],
      );
      const total = BigInt(paid) + command.amount;
      if (total > BigInt(allocation.amount)) {
        return {
          benefit: null,
          eligibility,
          userErrors: [
            new UserError(
              Code.EXCEEDS_ALLOCATION,
              `Cash benefits from this allocation would reach ${formatDong(total)} đồng, above its ${formatDong(BigInt(allocation.amount))}.`,
              field('amount'),
            ),
          ],
        };
      }
    }
    const benefit = t.create(Benefit, {
      household,
      allocation: allocation.id,
      component: allocation.component_id,
      receivedOn: command.receivedOn,
      kind: command.kind,
      amount: command.amount,
      description: command.description.trim(),
      overrideReason: eligibility.eligible ? null : overrideReason,
      overriddenFailures: eligibility.eligible ? null : eligibility.failures.join('; '),
      recordedBy: actor.userId,
    });
    await t.flush();
    return { benefit, eligibility, userErrors: [] };
  });
};
