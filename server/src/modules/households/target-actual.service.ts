import { batchLoad } from '../../common/batch';
import type { Context } from '../../context';
import { Comparator, TargetIndicator } from '../plan';
import { povertyRates } from './households.service';

/** Percent with two decimals ('40.73') as whole hundredths (4073), so that comparisons are exact. */
const hundredths = (percent: string): number => Math.round(Number(percent) * 100);

/** A unit's poor-household rate in `year` in hundredths of a percent; null when no household was reviewed. */
const rateOf = async (context: Context, year: number, unitId: number): Promise<number | null> => {
  const row = await batchLoad(
    context,
    `rate:${year}`,
    async (unitIds) => new Map((await povertyRates(context.em, year, { unitIds })).map((rate) => [rate.unitId, rate])),
    unitId,
  );
  return row && row.households > 0 ? hundredths(row.rate) : null;
};

/**
 * A target's actual value from the registry, in hundredths: the rate of the plan year, or for a
 * reduction the previous year's rate minus this year's. Null while either year has no reviews.
 */
export const targetActual = async (
  context: Context,
  target: { year: number; unitId: number; indicator: TargetIndicator },
): Promise<number | null> => {
  const current = await rateOf(context, target.year, target.unitId);
  if (target.indicator === TargetIndicator.POOR_HOUSEHOLD_RATE || current === null) return current;
  const previous = await rateOf(context, target.year - 1, target.unitId);
  return previous === null ? null : previous - current;
};

/** Whether an actual (hundredths) meets the target value ('32.73'); null while the actual is unknown. */
export const targetMet = (actual: number | null, comparator: Comparator, value: string): boolean | null => {
  if (actual === null) return null;
  return comparator === Comparator.AT_MOST ? actual <= hundredths(value) : actual >= hundredths(value);
};
