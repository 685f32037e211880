import type { Comparator } from '../../../apollo/generated';
import { hundredths } from '../../../ui/percent';

/**
 * How a unit stands against its poor-household rate target:
 * - MET / NOT_MET: the plan year has been reviewed and the server has judged it (Target.met);
 * - AT_RISK / ON_TRACK: only an earlier review is known, and it is above / within the target;
 * - UNKNOWN: no review to judge by; NO_TARGET: no target set for the unit.
 */
export type Standing = 'MET' | 'NOT_MET' | 'AT_RISK' | 'ON_TRACK' | 'UNKNOWN' | 'NO_TARGET';

/** The standings a leader must act on: shown with a warning icon and text, not colour alone. */
export const AT_RISK_STANDINGS: readonly Standing[] = ['NOT_MET', 'AT_RISK'];

/** One unit's rate from `povertyRates`: households reviewed in a year and the poor among them. */
export interface RateFigure {
  households: number;
  rate: number;
}

/** A rate the registry gives for a year that was reviewed. */
export interface RateReading {
  year: number;
  rate: number;
}

export interface TargetLike {
  comparator: Comparator;
  value: number;
  actual: number | null;
  met: boolean | null;
}

/**
 * The latest rate the registry knows: the plan year's once it has been reviewed, otherwise the year
 * before (the baseline review). A year nobody was reviewed in has no rate, whatever the API's 0 says.
 */
export function latestReading(
  year: number,
  current: RateFigure | null | undefined,
  previous: RateFigure | null | undefined,
): RateReading | null {
  if (current && current.households > 0) return { year, rate: current.rate };
  if (previous && previous.households > 0) return { year: year - 1, rate: previous.rate };
  return null;
}

/** Whether `value` satisfies the target, compared in hundredths as the server does. */
export function satisfies(value: number, target: Pick<TargetLike, 'comparator' | 'value'>): boolean {
  return target.comparator === 'AT_MOST'
    ? hundredths(value) <= hundredths(target.value)
    : hundredths(value) >= hundredths(target.value);
}

/** A rate target's standing, from the server's verdict when there is one, else from the latest review. */
export function rateStanding(target: TargetLike | null, reading: RateReading | null, planYear: number): Standing {
  if (!target) return 'NO_TARGET';
  if (target.met !== null) return target.met ? 'MET' : 'NOT_MET';
  if (!reading || reading.year > planYear) return 'UNKNOWN';
  if (reading.year === planYear) return satisfies(reading.rate, target) ? 'MET' : 'NOT_MET';
  return satisfies(reading.rate, target) ? 'ON_TRACK' : 'AT_RISK';
}

/** A reduction target's standing: only the server knows it (it needs both years reviewed). */
export function reductionStanding(target: TargetLike | null): Standing {
  if (!target) return 'NO_TARGET';
  if (target.met === null) return 'UNKNOWN';
  return target.met ? 'MET' : 'NOT_MET';
}

/** Percentage points between a rate and its target (positive: above it), exact to the hundredth. */
export function pointsFromTarget(rate: number, target: Pick<TargetLike, 'value'>): number {
  return (hundredths(rate) - hundredths(target.value)) / 100;
}

export interface Place {
  id: string;
  name: string;
}

export interface UnitRate<T extends TargetLike> {
  unit: Place;
  reading: RateReading | null;
  target: T | null;
  standing: Standing;
  /** Points above (positive) or below the target, for the latest reading; null when either is missing. */
  gap: number | null;
}

/** A unit's line of the rates table and chart. */
export function unitRate<T extends TargetLike>(
  unit: Place,
  planYear: number,
  current: RateFigure | null | undefined,
  previous: RateFigure | null | undefined,
  target: T | null,
): UnitRate<T> {
  const reading = latestReading(planYear, current, previous);
  return {
    unit,
    reading,
    target,
    standing: rateStanding(target, reading, planYear),
    gap: reading && target ? pointsFromTarget(reading.rate, target) : null,
  };
}

/**
 * Every commune of the district with its latest rate and its own rate target, by name (Vietnamese
 * collation), whether or not a target is set: a commune without one is as visible as one behind.
 */
export function communeRates<T extends TargetLike & { unit: { id: string } }>(
  communes: readonly Place[],
  planYear: number,
  current: readonly (RateFigure & { unit: { id: string } })[],
  previous: readonly (RateFigure & { unit: { id: string } })[],
  rateTargets: readonly T[],
): UnitRate<T>[] {
  const byUnit = <R extends { unit: { id: string } }>(rows: readonly R[]) =>
    new Map(rows.map((row) => [row.unit.id, row]));
  const now = byUnit(current);
  const before = byUnit(previous);
  const targets = byUnit(rateTargets);
  return [...communes]
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
    .map((commune) =>
      unitRate(commune, planYear, now.get(commune.id), before.get(commune.id), targets.get(commune.id) ?? null),
    );
}

export type Indicator = 'POOR_HOUSEHOLD_RATE' | 'POOR_HOUSEHOLD_RATE_REDUCTION';

export interface PlanTarget extends TargetLike {
  indicator: Indicator;
  unit: Place & { level: string };
}

export interface RatesAnswer {
  district: readonly (RateFigure & { unit: Place })[];
  districtBefore: readonly (RateFigure & { unit: Place })[];
  communes: readonly (RateFigure & { unit: Place })[];
  communesBefore: readonly (RateFigure & { unit: Place })[];
}

export interface RateOverview<T extends PlanTarget> {
  district: UnitRate<T>;
  reductionTarget: T | null;
  reduction: Standing;
  communes: UnitRate<T>[];
}

/** The district's line, its reduction target and every commune's line, from the plan and the rates. */
export function rateOverview<T extends PlanTarget>(
  plan: { year: number; district: Place & { children: readonly (Place & { level: string })[] }; targets: readonly T[] },
  rates: RatesAnswer,
): RateOverview<T> {
  const { district, year } = plan;
  const districtTarget = (indicator: Indicator) =>
    plan.targets.find((target) => target.unit.id === district.id && target.indicator === indicator) ?? null;
  const ofDistrict = (rows: RatesAnswer['district']) => rows.find((row) => row.unit.id === district.id);
  const reductionTarget = districtTarget('POOR_HOUSEHOLD_RATE_REDUCTION');
  return {
    district: unitRate(
      district,
      year,
      ofDistrict(rates.district),
      ofDistrict(rates.districtBefore),
      districtTarget('POOR_HOUSEHOLD_RATE'),
    ),
    reductionTarget,
    reduction: reductionStanding(reductionTarget),
    communes: communeRates(
      district.children.filter((unit) => unit.level === 'COMMUNE'),
      year,
      rates.communes,
      rates.communesBefore,
      plan.targets.filter((target) => target.indicator === 'POOR_HOUSEHOLD_RATE' && target.unit.id !== district.id),
    ),
  };
}
