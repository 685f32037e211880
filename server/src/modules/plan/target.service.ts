import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UserError } from '../../common/user-error';
import { AdminLevel, AdminUnit } from '../places';
import { Plan, PlanStatus } from './plan.entity';
import { PlanErrorCode } from './plan.errors';
import { type Comparator, Target, type TargetIndicator } from './target.entity';

export interface SetTargetCommand {
  planId: number;
  unitId: number;
  indicator: TargetIndicator;
  comparator: Comparator;
  value: number;
  baseline: number | null;
  expectedVersion: number | null;
}

export type SetTargetResult = { target: Target; userErrors: [] } | { target: Target | null; userErrors: UserError[] };

/** A percentage as numeric(5,2) text, or the reason it cannot be one. */
const toPercent = (value: number, field: string): string | UserError => {
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    return new UserError(PlanErrorCode.VALUE_OUT_OF_RANGE, 'A rate must be between 0 and 100.', ['input', field]);
  }
  const hundredths = Math.round(value * 100);
  if (Math.abs(value * 100 - hundredths) > 1e-6) {
    return new UserError(PlanErrorCode.TOO_MANY_DECIMALS, 'A rate has at most two decimals.', ['input', field]);
  }
  return (hundredths / 100).toFixed(2);
};

/** Creates or changes one commune's target, in one transaction, refusing stale edits. */
export const setTarget = (em: EntityManager, command: SetTargetCommand): Promise<SetTargetResult> =>
  em.transactional(async (tx) => {
    const plan = await tx.findOne(Plan, command.planId);
    if (!plan)
      return {
        target: null,
        userErrors: [new UserError(PlanErrorCode.PLAN_NOT_FOUND, 'No such plan.', ['input', 'planId'])],
      };
    if (plan.status === PlanStatus.CLOSED) {
      return {
        target: null,
        userErrors: [new UserError(PlanErrorCode.PLAN_CLOSED, 'The plan is closed.', ['input', 'planId'])],
      };
    }
    const unit = await tx.findOne(AdminUnit, {
      id: command.unitId,
      level: AdminLevel.COMMUNE,
      parent: plan.district.id,
    });
    const errors: UserError[] = [];
    if (!unit) {
      errors.push(
        new UserError(
          PlanErrorCode.UNIT_NOT_A_COMMUNE_OF_DISTRICT,
          "Targets are set per commune of the plan's district.",
          ['input', 'unitId'],
        ),
      );
    }
    const value = toPercent(command.value, 'value');
    if (value instanceof UserError) errors.push(value);
    const baseline = command.baseline === null ? null : toPercent(command.baseline, 'baseline');
    if (baseline instanceof UserError) errors.push(baseline);
    if (errors.length > 0 || !unit || value instanceof UserError || baseline instanceof UserError) {
      return { target: null, userErrors: errors };
    }

    // Row lock: two officers saving the same target serialise here, and the later one sees the new version.
    const current = await tx.findOne(
      Target,
      { plan, unit, indicator: command.indicator },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if ((current?.version ?? null) !== command.expectedVersion) {
      return {
        target: current,
        userErrors: [
          new UserError(PlanErrorCode.VERSION_CONFLICT, 'Someone changed this target since you loaded it.', [
            'input',
            'expectedVersion',
          ]),
        ],
      };
    }
    const target =
      current ?? tx.create(Target, { plan, unit, indicator: command.indicator, comparator: command.comparator, value });
    Object.assign(target, { comparator: command.comparator, value, baseline });
    await tx.flush();
    return { target, userErrors: [] };
  });
