import { describe, expect, it } from 'vitest';
import { mayImport, mayReadNames } from '../../../client/src/features/households/model/access';
import { hasStandardOn, toClassifyInput } from '../../../client/src/features/households/model/classify-form';
import { hasImportExtension, toBase64 } from '../../../client/src/features/households/model/import-file';
import { totalOf } from '../../../client/src/features/households/model/rates';

describe('who is asked for names', () => {
  it('asks for them for the Labour office and admins everywhere', () => {
    expect(mayReadNames({ roles: ['PLANNING_OFFICER'], communeIds: [] }, null)).toBe(true);
    expect(mayReadNames({ roles: ['ADMIN'], communeIds: [] }, 'x')).toBe(true);
  });

  it('asks for a commune officer only within their own commune', () => {
    const officer = { roles: ['COMMUNE_OFFICER' as const], communeIds: ['ia-toi'] };
    expect(mayReadNames(officer, 'ia-toi')).toBe(true);
    expect(mayReadNames(officer, 'ia-dal')).toBe(false);
    expect(mayReadNames(officer, null)).toBe(false);
  });

  it('never asks for leadership or analysts', () => {
    expect(mayReadNames({ roles: ['LEADERSHIP'], communeIds: [] }, null)).toBe(false);
    expect(mayReadNames({ roles: ['ANALYST'], communeIds: [] }, 'ia-toi')).toBe(false);
  });

  it('lets the registry keepers import', () => {
    expect(mayImport(['COMMUNE_OFFICER'])).toBe(true);
    expect(mayImport(['FINANCE_OFFICER', 'LEADERSHIP'])).toBe(false);
  });
});

describe('the district total of the rates table', () => {
  it('adds counts and recomputes the rate from them', () => {
    expect(
      totalOf([
        { households: 1000, poor: 400, nearPoor: 50 },
        { households: 2162, poor: 888, nearPoor: 70 },
      ]),
    ).toEqual({ households: 3162, poor: 1288, nearPoor: 120, rate: 40.73 });
  });

  it('has no rate without households', () => {
    expect(totalOf([]).rate).toBeNull();
  });
});

describe('the calculator form', () => {
  it('reads income exactly and the date as dd/mm/yyyy, deprivations in the decree order', () => {
    expect(
      toClassifyInput({
        area: 'RURAL',
        income: '1.500.000',
        deprivations: new Set(['HOUSING_AREA', 'EMPLOYMENT', 'NUTRITION'] as const),
        on: '01/06/2023',
      }),
    ).toEqual({
      ok: true,
      input: {
        area: 'RURAL',
        monthlyIncomePerCapita: '1500000',
        deprivations: ['EMPLOYMENT', 'NUTRITION', 'HOUSING_AREA'],
        on: '2023-06-01',
      },
    });
    const million = toClassifyInput({ area: 'URBAN', income: '1,5 triệu', deprivations: new Set(), on: '2025-12-31' });
    expect(million.ok && million.input.monthlyIncomePerCapita).toBe('1500000');
  });

  it('says what is wrong instead of rounding or guessing', () => {
    expect(toClassifyInput({ area: 'RURAL', income: '1.500,5', deprivations: new Set(), on: '31/02/2023' })).toEqual({
      ok: false,
      income: 'FRACTION_OF_DONG',
      on: true,
    });
    expect(toClassifyInput({ area: 'RURAL', income: '', deprivations: new Set(), on: '01/01/2023' })).toEqual({
      ok: false,
      income: 'EMPTY',
      on: false,
    });
  });

  it('knows the dates a standard is in force on', () => {
    const standards = [{ validFrom: '2022-01-01', validTo: '2025-12-31' }];
    expect(hasStandardOn(standards, '2025-12-31')).toBe(true);
    expect(hasStandardOn(standards, '2026-01-01')).toBe(false);
    expect(hasStandardOn(standards, '2021-12-31')).toBe(false);
    expect(hasStandardOn([{ validFrom: '2026-01-01', validTo: null }], '2030-05-05')).toBe(true);
  });
});

describe('the import file', () => {
  it('takes .csv and .xlsx only', () => {
    expect(hasImportExtension('ho-ngheo-2021.XLSX')).toBe(true);
    expect(hasImportExtension('ho.csv')).toBe(true);
    expect(hasImportExtension('ho.xls')).toBe(false);
  });

  it('encodes bytes as base64, UTF-8 included', () => {
    const bytes = new TextEncoder().encode('Mã hộ,Họ và tên\n');
    expect(Buffer.from(toBase64(bytes), 'base64').toString('utf8')).toBe('Mã hộ,Họ và tên\n');
    const large = new Uint8Array(100_000).map((_, index) => index % 256);
    expect(Buffer.from(toBase64(large), 'base64').equals(Buffer.from(large))).toBe(true);
  });
});
