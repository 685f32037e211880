import type { AreaType, Deprivation } from '../../../apollo/generated';
import { type AmountError, parseAmount } from '../../../ui/amount';
import { parseDisplayDate } from '../../../ui/date-input';

// Decree 07/2021/ND-CP, Art. 3: the 12 indicators in the decree's own order.
export const DEPRIVATIONS: readonly Deprivation[] = [
  'EMPLOYMENT',
  'DEPENDANTS',
  'NUTRITION',
  'HEALTH_INSURANCE',
  'ADULT_EDUCATION',
  'CHILD_SCHOOL_ATTENDANCE',
  'HOUSING_QUALITY',
  'HOUSING_AREA',
  'DOMESTIC_WATER',
  'HYGIENIC_LATRINE',
  'TELECOM_USE',
  'INFORMATION_ASSETS',
];

// The seeded standard is in force 2022-2025; its last day is a date that always has an answer.
export const DEFAULT_CLASSIFY_DATE = '31/12/2025';

export interface ClassifyForm {
  area: AreaType;
  income: string;
  deprivations: ReadonlySet<Deprivation>;
  on: string;
}

export type ClassifyInputParse =
  | {
      ok: true;
      input: { area: AreaType; monthlyIncomePerCapita: string; deprivations: Deprivation[]; on: string };
    }
  | { ok: false; income: AmountError | null; on: boolean };

/** The form as the API's input: income read exactly as đồng, the date as YYYY-MM-DD. */
export function toClassifyInput(form: ClassifyForm): ClassifyInputParse {
  const income = parseAmount(form.income, 'DONG');
  const on = parseDisplayDate(form.on);
  if (!income.ok || on === null) {
    return { ok: false, income: income.ok ? null : income.error, on: on === null };
  }
  return {
    ok: true,
    input: {
      area: form.area,
      monthlyIncomePerCapita: income.value.toString(),
      deprivations: DEPRIVATIONS.filter((item) => form.deprivations.has(item)),
      on,
    },
  };
}

export interface StandardPeriod {
  validFrom: string;
  validTo: string | null;
}

/** Whether any standard on record is in force on an ISO date (string comparison is date order). */
export function hasStandardOn(standards: readonly StandardPeriod[], isoDate: string): boolean {
  return standards.some(
    (standard) => standard.validFrom <= isoDate && (standard.validTo === null || isoDate <= standard.validTo),
  );
}
