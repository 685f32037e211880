import { describe, expect, it } from 'vitest';
import {
  defaultExpiryDate,
  lastExpiryDate,
  parseExpiry,
  toCreateApiTokenInput,
} from '../../../client/src/features/admin/model/api-token-form';
import { toSecurityEventFilter } from '../../../client/src/features/admin/model/security-log';
import {
  takesCommunes,
  toCreateUserInput,
  toUpdateUserInput,
} from '../../../client/src/features/admin/model/user-form';
import { sectionsFor } from '../../../client/src/ui/layout/sections';

// 20:30 UTC on 31 December 2025 is already 1 January 2026 in Vietnam.
const NEW_YEAR_IN_HANOI = new Date('2025-12-31T20:30:00Z');

describe('the expiry of an API token', () => {
  it('defaults to 90 days ahead and goes no further than 366', () => {
    expect(defaultExpiryDate(NEW_YEAR_IN_HANOI)).toBe('2026-04-01');
    expect(lastExpiryDate(NEW_YEAR_IN_HANOI)).toBe('2027-01-02');
  });

  it('runs to the end of the chosen day in Vietnam', () => {
    expect(parseExpiry('01/04/2026', NEW_YEAR_IN_HANOI)).toEqual({ ok: true, expiresAt: '2026-04-01T23:59:59+07:00' });
  });

  it('is cut to the server limit on the last allowed day, so the server accepts it', () => {
    const parsed = parseExpiry('02/01/2027', NEW_YEAR_IN_HANOI);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const lifetime = Date.parse(parsed.expiresAt) - NEW_YEAR_IN_HANOI.getTime();
    expect(lifetime).toBeLessThanOrEqual(366 * 86_400_000);
    expect(lifetime).toBeGreaterThan(366 * 86_400_000 - 10 * 60_000);
  });

  it('refuses today, the past, beyond 366 days and what is not a date', () => {
    expect(parseExpiry('01/01/2026', NEW_YEAR_IN_HANOI)).toEqual({ ok: false, error: 'PAST' });
    expect(parseExpiry('15/06/2025', NEW_YEAR_IN_HANOI)).toEqual({ ok: false, error: 'PAST' });
    expect(parseExpiry('03/01/2027', NEW_YEAR_IN_HANOI)).toEqual({ ok: false, error: 'TOO_FAR' });
    expect(parseExpiry('31/02/2026', NEW_YEAR_IN_HANOI)).toEqual({ ok: false, error: 'INVALID' });
    expect(parseExpiry('', NEW_YEAR_IN_HANOI)).toEqual({ ok: false, error: 'INVALID' });
  });

  it('becomes the API input with the scopes in their fixed order', () => {
    expect(
      toCreateApiTokenInput(
        {
          name: '  Báo cáo quý  ',
          userId: 'VXNlcjoy',
          scopes: new Set(['AUDIT', 'PLAN'] as const),
          expiresOn: '01/04/2026',
        },
        NEW_YEAR_IN_HANOI,
      ),
    ).toEqual({
      ok: true,
      input: {
        name: 'Báo cáo quý',
        userId: 'VXNlcjoy',
        scopes: ['PLAN', 'AUDIT'],
        expiresAt: '2026-04-01T23:59:59+07:00',
      },
    });
  });

  it('says every missing or wrong input at once, before anything is sent', () => {
    expect(
      toCreateApiTokenInput({ name: ' ', userId: '', scopes: new Set(), expiresOn: '2026' }, NEW_YEAR_IN_HANOI),
    ).toEqual({
      ok: false,
      errors: { name: 'REQUIRED', userId: 'REQUIRED', scopes: 'REQUIRED', expiresAt: 'INVALID' },
    });
  });
});

describe('the account form', () => {
  const values = {
    username: ' iatoi.hoa ',
    displayName: ' Nguyễn Thị Hoa ',
    password: ' mật khẩu có dấu cách ',
    roles: new Set(['LEADERSHIP', 'COMMUNE_OFFICER'] as const),
    communeIds: new Set(['c2', 'c1']),
  };

  it('sends trimmed names, the password as typed, roles in the fixed order and the communes', () => {
    expect(toCreateUserInput(values)).toEqual({
      username: 'iatoi.hoa',
      displayName: 'Nguyễn Thị Hoa',
      password: ' mật khẩu có dấu cách ',
      roles: ['COMMUNE_OFFICER', 'LEADERSHIP'],
      communeIds: ['c1', 'c2'],
    });
  });

  it('sends no commune once the commune officer role is unticked', () => {
    const district = { ...values, roles: new Set(['PLANNING_OFFICER'] as const) };
    expect(takesCommunes(district.roles)).toBe(false);
    expect(toCreateUserInput(district).communeIds).toEqual([]);
    expect(toUpdateUserInput('VXNlcjo5', district)).toEqual({
      id: 'VXNlcjo5',
      displayName: 'Nguyễn Thị Hoa',
      roles: ['PLANNING_OFFICER'],
      communeIds: [],
    });
  });
});

describe('the security log filter', () => {
  it('reads Vietnamese days, the last one included', () => {
    expect(
      toSecurityEventFilter({ kind: 'SIGN_IN', userId: 'VXNlcjox', from: '01/03/2026', to: '31/03/2026' }),
    ).toEqual({
      ok: true,
      filter: {
        kind: 'SIGN_IN',
        userId: 'VXNlcjox',
        from: '2026-03-01T00:00:00+07:00',
        to: '2026-04-01T00:00:00+07:00',
      },
    });
  });

  it('leaves out what is not filled in', () => {
    expect(toSecurityEventFilter({ kind: '', userId: '', from: ' ', to: '' })).toEqual({ ok: true, filter: {} });
  });

  it('says which date is not one, or that they are the wrong way round', () => {
    expect(toSecurityEventFilter({ kind: '', userId: '', from: '32/01/2026', to: '' })).toEqual({
      ok: false,
      from: true,
      to: false,
      order: false,
    });
    expect(toSecurityEventFilter({ kind: '', userId: '', from: '02/01/2026', to: '01/01/2026' })).toEqual({
      ok: false,
      from: false,
      to: false,
      order: true,
    });
  });
});

describe('the navigation', () => {
  it('lists Administration to admins only', () => {
    expect(sectionsFor(['ADMIN'])).toContain('admin');
    expect(sectionsFor(['LEADERSHIP'])).not.toContain('admin');
    expect(sectionsFor(['COMMUNE_OFFICER', 'FINANCE_OFFICER'])).not.toContain('admin');
    expect(sectionsFor(['LEADERSHIP'])).toEqual([
      'dashboard',
      'plan',
      'allocations',
      'households',
      'targets',
      'reports',
    ]);
  });

  it('lists only the open sections while the roles are not known yet', () => {
    expect(sectionsFor(null)).not.toContain('admin');
    expect(sectionsFor(null)).toContain('plan');
  });
});
