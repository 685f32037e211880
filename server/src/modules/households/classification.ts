import { AreaType, type Deprivation, PovertyStatus, ReviewKind } from './households.enums';

/** The thresholds of one poverty standard, as plain values. */
export interface StandardThresholds {
  ruralIncomeLine: bigint;
  urbanIncomeLine: bigint;
  ruralAverageUpper: bigint;
  urbanAverageUpper: bigint;
  poorDeprivationCount: number;
}

export interface Classification {
  status: PovertyStatus;
  deprivationCount: number;
  explanation: string;
}

const dongFormat = new Intl.NumberFormat('vi-VN');

/** Whole đồng with Vietnamese digit grouping: 1500000n → "1.500.000" (exact: Intl formats a bigint as is). */
export const formatDong = (amount: bigint): string => dongFormat.format(amount);

/**
 * The status a standard gives a household. Decree 07/2021/NĐ-CP, Art. 3: poor is income at or below
 * the line AND at least `poorDeprivationCount` deprivations (never OR); near-poor is income at or below
 * the line with fewer; the average living standard is above the line up to its upper bound, with no
 * deprivation condition. The same deprivation given twice counts once.
 */
export const classify = (
  standard: StandardThresholds,
  area: AreaType,
  monthlyIncomePerCapita: bigint,
  deprivations: readonly Deprivation[],
): Classification => {
  const count = new Set(deprivations).size;
  const rural = area === AreaType.RURAL;
  const line = rural ? standard.ruralIncomeLine : standard.urbanIncomeLine;
  const upper = rural ? standard.ruralAverageUpper : standard.urbanAverageUpper;
  const where = rural ? 'rural' : 'urban';
  const income = formatDong(monthlyIncomePerCapita);
  const needed = standard.poorDeprivationCount;
  const counted = `${count} deprivation${count === 1 ? '' : 's'}`;
  if (monthlyIncomePerCapita <= line) {
    const poor = count >= needed;
    const status = poor ? PovertyStatus.POOR : PovertyStatus.NEAR_POOR;
    return {
      status,
      deprivationCount: count,
      explanation: `income ${income} ≤ ${formatDong(line)} (${where} line) and ${counted} ${poor ? '≥' : '<'} ${needed}: ${status}`,
    };
  }
  if (monthlyIncomePerCapita <= upper) {
    return {
      status: PovertyStatus.AVERAGE_LIVING_STANDARD,
      deprivationCount: count,
      explanation: `income ${income} > ${formatDong(line)} (${where} line) and ≤ ${formatDong(upper)} (${where} average-living-standard bound): AVERAGE_LIVING_STANDARD`,
    };
  }
  return {
    status: PovertyStatus.NOT_POOR,
    deprivationCount: count,
    explanation: `income ${income} > ${formatDong(upper)} (${where} average-living-standard bound): NOT_POOR`,
  };
};

/**
 * The date whose standard a review applies. The periodic review of year Y draws up the lists for
 * Y+1: the end-2021 review was the 2022-2025 baseline under Decree 07/2021/NĐ-CP (Art. 2-3).
 * A regular review applies the standard in force when it starts, the 15th of its month
 * (Decision 24/2021/QĐ-TTg, Art. 5).
 */
export const reviewStandardDate = (year: number, kind: ReviewKind, month: number): string =>
  kind === ReviewKind.PERIODIC ? `${year + 1}-01-01` : `${year}-${String(month).padStart(2, '0')}-15`;

/** `date` plus whole months, clamped to the month's last day (2022-01-31 + 1 → 2022-02-28). */
export const addMonths = (date: string, months: number): string => {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
};
