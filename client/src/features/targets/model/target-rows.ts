import type { Comparator, TargetFieldsFragment, TargetIndicator } from '../../../apollo/generated';

export const INDICATORS: readonly TargetIndicator[] = ['POOR_HOUSEHOLD_RATE', 'POOR_HOUSEHOLD_RATE_REDUCTION'];

// The plan's own wording: the rate is capped (tối đa), its reduction is a floor (ít nhất).
export const DEFAULT_COMPARATOR: Record<TargetIndicator, Comparator> = {
  POOR_HOUSEHOLD_RATE: 'AT_MOST',
  POOR_HOUSEHOLD_RATE_REDUCTION: 'AT_LEAST',
};

export interface Place {
  id: string;
  name: string;
}

/** One line of the targets table: a unit and an indicator, with the target when one is set. */
export interface TargetRow {
  key: string;
  unit: Place;
  indicator: TargetIndicator;
  isDistrict: boolean;
  target: TargetFieldsFragment | null;
}

/**
 * The district's targets first, then every commune (by name, Vietnamese collation) with both
 * indicators, whether or not a target is set yet, so an officer sees what is still missing.
 */
export function buildTargetRows(district: Place, communes: readonly Place[], targets: readonly TargetFieldsFragment[]) {
  const byKey = new Map(targets.map((target) => [`${target.unit.id}:${target.indicator}`, target]));
  const rowsOf = (unit: Place, isDistrict: boolean): TargetRow[] =>
    INDICATORS.map((indicator) => ({
      key: `${unit.id}:${indicator}`,
      unit,
      indicator,
      isDistrict,
      target: byKey.get(`${unit.id}:${indicator}`) ?? null,
    }));
  const sorted = [...communes].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return {
    district: rowsOf(district, true).filter((row) => row.target !== null),
    communes: sorted.flatMap((commune) => rowsOf(commune, false)),
  };
}

export type PercentParse =
  | { ok: true; value: number }
  | { ok: false; error: 'EMPTY' | 'MALFORMED' | 'RANGE' | 'DECIMALS' };

const PERCENT = /^(\d{1,3})(?:[,.](\d+))?\s*%?$/;

/**
 * A percentage as typed in Vietnamese ("32,73", "32,73%") or with a dot ("32.73"): 0 to 100, at most
 * two decimals, the server's own limits, so a refusal is shown before anything is sent.
 */
export function parsePercent(text: string): PercentParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'EMPTY' };
  const match = PERCENT.exec(trimmed);
  if (!match) return { ok: false, error: 'MALFORMED' };
  const [, whole = '', fraction = ''] = match;
  if (fraction.length > 2) return { ok: false, error: 'DECIMALS' };
  const value = Number(fraction === '' ? whole : `${whole}.${fraction}`);
  if (value > 100) return { ok: false, error: 'RANGE' };
  return { ok: true, value };
}

/** The value as an officer would type it back: `32.73` as `32,73`. */
export function percentInput(value: number | null): string {
  return value === null ? '' : String(value).replace('.', ',');
}
