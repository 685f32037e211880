import { describe, expect, it } from 'vitest';
import {
  fieldOfError,
  figureInputsOf,
  lateAndMissing,
  maySubmit,
  maySubmitFor,
  parseCount,
  readFigures,
  submittable,
} from '../../../client/src/features/reports/model/report-form';

const commune = (id: string) => ({ id: `u-${id}`, kind: 'COMMUNE_COMMITTEE' as const, commune: { id } });
const office = { id: 'u-tckh', kind: 'DISTRICT_OFFICE' as const, commune: null };

describe('who may record a report', () => {
  it('is the Labour office and admins for any unit, a commune officer for their own communes', () => {
    const planning = { roles: ['PLANNING_OFFICER' as const], communeIds: [] };
    const iaToi = { roles: ['COMMUNE_OFFICER' as const], communeIds: ['ia-toi'] };
    expect(maySubmitFor(planning, office)).toBe(true);
    expect(maySubmitFor({ roles: ['ADMIN'], communeIds: [] }, commune('ia-dal'))).toBe(true);
    expect(maySubmitFor(iaToi, commune('ia-toi'))).toBe(true);
    expect(maySubmitFor(iaToi, commune('ia-dal'))).toBe(false);
    expect(maySubmitFor(iaToi, office)).toBe(false);
  });

  it('is nobody else: leaders, the finance office and analysts only read', () => {
    for (const role of ['LEADERSHIP', 'FINANCE_OFFICER', 'ANALYST'] as const) {
      expect(maySubmit({ roles: [role], communeIds: [] })).toBe(false);
      expect(maySubmitFor({ roles: [role], communeIds: ['ia-toi'] }, commune('ia-toi'))).toBe(false);
    }
    expect(maySubmit({ roles: ['COMMUNE_OFFICER'], communeIds: ['ia-toi'] })).toBe(true);
  });

  it('offers a commune officer only their own commune’s obligations', () => {
    const obligations = [
      { kind: 'COMMUNE_PLAN' as const, unit: commune('ia-toi') },
      { kind: 'COMMUNE_PLAN' as const, unit: commune('ia-dal') },
      { kind: 'SEMIANNUAL_REPORT' as const, unit: office },
    ];
    expect(submittable(obligations, { roles: ['COMMUNE_OFFICER'], communeIds: ['ia-toi'] })).toEqual([obligations[0]]);
    expect(submittable(obligations, { roles: ['PLANNING_OFFICER'], communeIds: [] })).toHaveLength(3);
  });
});

describe('late and missing reports', () => {
  it('lists the missing first, longest overdue first, then the late ones, and nothing on time', () => {
    const list = lateAndMissing([
      { id: 'a', state: 'SUBMITTED_ON_TIME' as const, daysLate: 0 },
      { id: 'b', state: 'SUBMITTED_LATE' as const, daysLate: 3 },
      { id: 'c', state: 'OVERDUE' as const, daysLate: 10 },
      { id: 'd', state: 'SUBMITTED_LATE' as const, daysLate: 5 },
      { id: 'e', state: 'OVERDUE' as const, daysLate: 40 },
      { id: 'f', state: 'NOT_YET_DUE' as const, daysLate: 0 },
    ]);
    expect(list.map((item) => item.id)).toEqual(['e', 'c', 'd', 'b']);
  });
});

describe('figures as typed', () => {
  it('reads counts with Vietnamese grouping, and blanks as not given', () => {
    expect(parseCount('1.050')).toEqual({ ok: true, value: 1050 });
    expect(parseCount(' 402 ')).toEqual({ ok: true, value: 402 });
    expect(parseCount('')).toEqual({ ok: true, value: null });
    for (const bad of ['-3', '1,5', '12.34', 'mười', '3000000000']) expect(parseCount(bad).ok).toBe(false);
  });

  it('turns the inputs into ReportFiguresInput, money as whole đồng', () => {
    expect(
      readFigures({
        households: '1.090',
        poorHouseholds: '402',
        nearPoorHouseholds: '',
        escapedPoverty: '31',
        newlyPoor: '0',
        disbursed: '2,5 tỷ',
        beneficiaries: '',
      }),
    ).toEqual({
      ok: true,
      figures: { households: 1090, poorHouseholds: 402, escapedPoverty: 31, newlyPoor: 0, disbursed: '2500000000' },
    });
  });

  it('sends no figures when none is given, and says which input is wrong', () => {
    const blank = figureInputsOf(null);
    expect(readFigures(blank)).toEqual({ ok: true, figures: null });
    expect(readFigures({ ...blank, households: 'abc', disbursed: '1,5' })).toEqual({
      ok: false,
      errors: { households: 'COUNT', disbursed: 'FRACTION_OF_DONG' },
    });
  });

  it('starts a resubmission from what was recorded', () => {
    expect(figureInputsOf({ households: 1090, disbursed: '2500000000', newlyPoor: null })).toMatchObject({
      households: '1.090',
      disbursed: '2.500.000.000',
      newlyPoor: '',
    });
  });
});

describe('where a refusal is shown', () => {
  it('beside the input its field names, on the form otherwise', () => {
    expect(fieldOfError(['input', 'submittedOn'])).toBe('submittedOn');
    expect(fieldOfError(['input', 'figures', 'poorHouseholds'])).toBe('figures.poorHouseholds');
    expect(fieldOfError(['input', 'attachment', 'contentBase64'])).toBe('attachment');
    expect(fieldOfError(['input', 'figures'])).toBe('form');
    expect(fieldOfError(['input', 'expectedVersion'])).toBe('form');
    expect(fieldOfError(null)).toBe('form');
  });
});
