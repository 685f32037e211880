import { describe, expect, it } from 'vitest';
import { en } from '../../client/src/ui/i18n/en';
import { vi } from '../../client/src/ui/i18n/vi';

describe('target sentences', () => {
  it('reads the 2022 district targets as the plan states them, in Vietnamese', () => {
    expect(
      vi.plan.targetSentence({
        indicator: 'POOR_HOUSEHOLD_RATE',
        comparator: 'AT_MOST',
        value: 32.73,
        baseline: 40.73,
      }),
    ).toBe('Tỷ lệ hộ nghèo: tối đa 32,73% (năm gốc 40,73%)');
    expect(
      vi.plan.targetSentence({
        indicator: 'POOR_HOUSEHOLD_RATE_REDUCTION',
        comparator: 'AT_LEAST',
        value: 8,
        baseline: null,
      }),
    ).toBe('Mức giảm tỷ lệ hộ nghèo: ít nhất 8 điểm %');
  });

  it('reads them in English too', () => {
    expect(
      en.plan.targetSentence({
        indicator: 'POOR_HOUSEHOLD_RATE',
        comparator: 'AT_MOST',
        value: 32.73,
        baseline: 40.73,
      }),
    ).toBe('Poor-household rate: at most 32,73% (baseline 40,73%)');
    expect(
      en.plan.targetSentence({
        indicator: 'POOR_HOUSEHOLD_RATE_REDUCTION',
        comparator: 'AT_LEAST',
        value: 8,
        baseline: null,
      }),
    ).toBe('Reduction of the poor-household rate: at least 8 percentage points');
  });

  it('reports progress once the registry gives an actual value', () => {
    expect(vi.plan.targetProgress({ indicator: 'POOR_HOUSEHOLD_RATE', actual: 31.5, met: true })).toBe(
      'Thực tế: 31,5% (đạt)',
    );
    expect(vi.plan.targetProgress({ indicator: 'POOR_HOUSEHOLD_RATE_REDUCTION', actual: 6.2, met: false })).toBe(
      'Thực tế: 6,2 điểm % (chưa đạt)',
    );
  });
});

describe('dictionaries', () => {
  it('name the roles and plan statuses as the district does', () => {
    expect(vi.account.roles.FINANCE_OFFICER).toBe('Cán bộ Tài chính - Kế hoạch');
    expect(vi.account.roles.PLANNING_OFFICER).toBe('Cán bộ Lao động - TB&XH');
    expect(vi.plan.status.ISSUED).toBe('Đã ban hành');
    expect(vi.plan.deadlineKind.SEMIANNUAL_REPORT).toBe('Báo cáo 6 tháng');
    expect(vi.signIn.invalidCredentials).toBe('Tên đăng nhập hoặc mật khẩu không đúng');
    expect(en.signIn.invalidCredentials).toBe('Wrong username or password');
  });

  it('have no empty strings in either language', () => {
    const empties = (value: unknown, path: string): string[] => {
      if (typeof value === 'string') {
        return value.trim() === '' ? [path] : [];
      }
      if (typeof value === 'object' && value !== null) {
        return Object.entries(value).flatMap(([key, child]) => empties(child, `${path}.${key}`));
      }
      return [];
    };
    expect(empties(vi, 'vi')).toEqual([]);
    expect(empties(en, 'en')).toEqual([]);
  });
});

describe('place names', () => {
  it('name the level as running text does in each language', () => {
    expect(vi.plan.place('DISTRICT', "Ia H'Drai")).toBe("huyện Ia H'Drai");
    expect(vi.plan.place('PROVINCE', 'Kon Tum')).toBe('tỉnh Kon Tum');
    expect(en.plan.place('DISTRICT', "Ia H'Drai")).toBe("Ia H'Drai District");
  });
});
