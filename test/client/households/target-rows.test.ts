import { describe, expect, it } from 'vitest';
import type { TargetFieldsFragment } from '../../../client/src/apollo/generated';
import { buildTargetRows, parsePercent, percentInput } from '../../../client/src/features/targets/model/target-rows';

const target = (unitId: string, indicator: TargetFieldsFragment['indicator'], value: number): TargetFieldsFragment => ({
  __typename: 'Target',
  id: `${unitId}-${indicator}`,
  indicator,
  comparator: indicator === 'POOR_HOUSEHOLD_RATE' ? 'AT_MOST' : 'AT_LEAST',
  value,
  baseline: null,
  actual: null,
  met: null,
  version: 1,
  unit: { __typename: 'AdminUnit', id: unitId, name: unitId, level: 'COMMUNE' },
});

describe('the targets table rows', () => {
  it('lists the district targets, then every commune by name with both indicators', () => {
    const district = { id: 'd', name: "Ia H'Drai" };
    const communes = [
      { id: 'tơi', name: 'Ia Tơi' },
      { id: 'dal', name: 'Ia Đal' },
      { id: 'dom', name: 'Ia Dom' },
    ];
    const rows = buildTargetRows(district, communes, [
      target('d', 'POOR_HOUSEHOLD_RATE', 32.73),
      target('dal', 'POOR_HOUSEHOLD_RATE', 30),
    ]);
    expect(rows.district.map((row) => row.key)).toEqual(['d:POOR_HOUSEHOLD_RATE']);
    expect(rows.communes.map((row) => row.key)).toEqual([
      'dom:POOR_HOUSEHOLD_RATE',
      'dom:POOR_HOUSEHOLD_RATE_REDUCTION',
      'dal:POOR_HOUSEHOLD_RATE',
      'dal:POOR_HOUSEHOLD_RATE_REDUCTION',
      'tơi:POOR_HOUSEHOLD_RATE',
      'tơi:POOR_HOUSEHOLD_RATE_REDUCTION',
    ]);
    expect(rows.communes[2]?.target?.value).toBe(30);
    expect(rows.communes[3]?.target).toBeNull();
  });
});

describe('percentages as officers type them', () => {
  it('reads Vietnamese and dotted decimals', () => {
    expect(parsePercent('32,73')).toEqual({ ok: true, value: 32.73 });
    expect(parsePercent(' 32.73 % ')).toEqual({ ok: true, value: 32.73 });
    expect(parsePercent('8')).toEqual({ ok: true, value: 8 });
    expect(parsePercent('100')).toEqual({ ok: true, value: 100 });
  });

  it('refuses what the server would refuse', () => {
    expect(parsePercent('')).toEqual({ ok: false, error: 'EMPTY' });
    expect(parsePercent('100,01')).toEqual({ ok: false, error: 'RANGE' });
    expect(parsePercent('32,735')).toEqual({ ok: false, error: 'DECIMALS' });
    expect(parsePercent('-3')).toEqual({ ok: false, error: 'MALFORMED' });
    expect(parsePercent('1.234,5')).toEqual({ ok: false, error: 'MALFORMED' });
  });

  it('writes a value back the way it is typed', () => {
    expect(percentInput(32.73)).toBe('32,73');
    expect(percentInput(null)).toBe('');
  });
});
