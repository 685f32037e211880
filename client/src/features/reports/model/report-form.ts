import type { DeadlineKind, ReportFiguresInput, ReportingState, Role } from '../../../apollo/generated';
import { type AmountError, groupThousands, parseAmount } from '../../../ui/amount';
import type { FigureName } from '../../../ui/i18n/messages';
import { inputOfError } from '../../../ui/user-errors';

// The plan: units report to the Labour office (Phòng LĐ-TB&XH), which records them; a commune's
// officer records their own commune's. The server refuses everyone else (docs/access.md).
const ANY_UNIT: readonly Role[] = ['ADMIN', 'PLANNING_OFFICER'];

export interface ReportViewer {
  roles: readonly Role[];
  communeIds: readonly string[];
}

export interface ReportingUnit {
  id: string;
  kind: 'COMMUNE_COMMITTEE' | 'DISTRICT_OFFICE' | 'OTHER';
  commune: { id: string } | null;
}

/** Whether the viewer may record a report at all (the form is shown only then). */
export function maySubmit(viewer: ReportViewer): boolean {
  return viewer.roles.some((role) => ANY_UNIT.includes(role)) || viewer.roles.includes('COMMUNE_OFFICER');
}

/** Whether the viewer may record a report for this unit: any unit, or their own communes' committees. */
export function maySubmitFor(viewer: ReportViewer, unit: ReportingUnit): boolean {
  if (viewer.roles.some((role) => ANY_UNIT.includes(role))) return true;
  return (
    viewer.roles.includes('COMMUNE_OFFICER') &&
    unit.kind === 'COMMUNE_COMMITTEE' &&
    unit.commune !== null &&
    viewer.communeIds.includes(unit.commune.id)
  );
}

/** The obligations the viewer may record a report for: what the unit select offers, per kind. */
export function submittable<O extends { kind: DeadlineKind; unit: ReportingUnit }>(
  obligations: readonly O[],
  viewer: ReportViewer,
): O[] {
  return obligations.filter((obligation) => maySubmitFor(viewer, obligation.unit));
}

/** Reports past their deadline: missing ones first, longest overdue first, then late ones, latest first. */
export function lateAndMissing<O extends { state: ReportingState; daysLate: number }>(obligations: readonly O[]): O[] {
  const rank = (state: ReportingState) => (state === 'OVERDUE' ? 0 : state === 'SUBMITTED_LATE' ? 1 : 2);
  return obligations
    .filter((obligation) => rank(obligation.state) < 2)
    .sort((a, b) => rank(a.state) - rank(b.state) || b.daysLate - a.daysLate);
}

export const FIGURE_NAMES: readonly FigureName[] = [
  'households',
  'poorHouseholds',
  'nearPoorHouseholds',
  'escapedPoverty',
  'newlyPoor',
  'disbursed',
  'beneficiaries',
];

export type FigureInputs = Record<FigureName, string>;

export const NO_FIGURE_INPUTS: FigureInputs = {
  households: '',
  poorHouseholds: '',
  nearPoorHouseholds: '',
  escapedPoverty: '',
  newlyPoor: '',
  disbursed: '',
  beneficiaries: '',
};

export type FigureError = 'COUNT' | AmountError;

// GraphQL's Int is 32-bit signed.
const MAX_INT = 2_147_483_647;
const COUNT = /^(?:\d{1,3}(?:\.\d{3})+|\d+)$/;

/** A count as typed in Vietnamese ("1.050" or "1050"); null when blank, an error when not a count. */
export function parseCount(text: string): { ok: true; value: number | null } | { ok: false } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (!COUNT.test(trimmed)) return { ok: false };
  const value = Number(trimmed.replaceAll('.', ''));
  return value <= MAX_INT ? { ok: true, value } : { ok: false };
}

/** The figures as the API takes them (null when none is given), or what is wrong with each input. */
export function readFigures(
  inputs: FigureInputs,
): { ok: true; figures: ReportFiguresInput | null } | { ok: false; errors: Partial<Record<FigureName, FigureError>> } {
  const errors: Partial<Record<FigureName, FigureError>> = {};
  const figures: ReportFiguresInput = {};
  for (const name of FIGURE_NAMES) {
    const text = inputs[name];
    if (name === 'disbursed') {
      if (text.trim() === '') continue;
      const amount = parseAmount(text, 'DONG');
      if (amount.ok) figures.disbursed = amount.value.toString();
      else errors.disbursed = amount.error;
      continue;
    }
    const count = parseCount(text);
    if (!count.ok) errors[name] = 'COUNT';
    else if (count.value !== null) figures[name] = count.value;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, figures: Object.keys(figures).length > 0 ? figures : null };
}

/** A recorded submission's figures as the inputs show them, for a resubmission to start from. */
export function figureInputsOf(
  figures: Partial<Record<FigureName, number | string | null>> | null | undefined,
): FigureInputs {
  const inputs = { ...NO_FIGURE_INPUTS };
  if (!figures) return inputs;
  for (const name of FIGURE_NAMES) {
    const value = figures[name];
    if (value === null || value === undefined) continue;
    inputs[name] = groupThousands(BigInt(value));
  }
  return inputs;
}

/** The inputs of the form a userError can point at. */
export type FormField = 'kind' | 'unitId' | 'submittedOn' | 'attachment' | 'note' | `figures.${FigureName}` | 'form';

const INPUTS: readonly Exclude<FormField, 'form'>[] = [
  'kind',
  'unitId',
  'submittedOn',
  'attachment',
  'note',
  ...FIGURE_NAMES.map((name) => `figures.${name}` as const),
];

/** Where a userError belongs; what names no input of the form (the plan, the version) goes on top of it. */
export function fieldOfError(field: readonly string[] | null): FormField {
  return inputOfError(field, INPUTS) ?? 'form';
}
