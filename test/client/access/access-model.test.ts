import { describe, expect, it } from 'vitest';
import { confirmationProblem } from '../../../client/src/features/access/model/password-form';
import { loginFailureOf, rateLimitFailureOf, retryMinutes } from '../../../client/src/features/access/model/sign-in';
import { en } from '../../../client/src/ui/i18n/en';
import { vi } from '../../../client/src/ui/i18n/vi';

describe('a refused sign-in', () => {
  it('reads a lock with the minutes to wait, rounded up', () => {
    expect(loginFailureOf({ userErrors: [{ code: 'ACCOUNT_LOCKED' }], retryAfterSeconds: 900 })).toEqual({
      code: 'ACCOUNT_LOCKED',
      retryMinutes: 15,
    });
    expect(loginFailureOf({ userErrors: [{ code: 'ACCOUNT_LOCKED' }], retryAfterSeconds: 61 })).toEqual({
      code: 'ACCOUNT_LOCKED',
      retryMinutes: 2,
    });
  });

  it('tells wrong credentials from any other refusal', () => {
    expect(loginFailureOf({ userErrors: [{ code: 'INVALID_CREDENTIALS' }], retryAfterSeconds: null })).toEqual({
      code: 'INVALID_CREDENTIALS',
    });
    expect(loginFailureOf({ userErrors: [{ code: 'SOMETHING_NEW' }], retryAfterSeconds: null })).toEqual({
      code: 'FAILED',
    });
    expect(loginFailureOf({ userErrors: [], retryAfterSeconds: null })).toEqual({ code: 'FAILED' });
  });

  it('never says "0 minutes", and says nothing it does not know', () => {
    expect(retryMinutes(1)).toBe(1);
    expect(retryMinutes(0)).toBe(1);
    expect(retryMinutes(60)).toBe(1);
    expect(retryMinutes(null)).toBeNull();
    expect(retryMinutes(-5)).toBeNull();
  });

  it('is explained in both languages', () => {
    expect(vi.signIn.accountLocked(15)).toBe('Tài khoản tạm khóa do đăng nhập sai nhiều lần; thử lại sau 15 phút');
    expect(vi.signIn.accountLocked(null)).toBe('Tài khoản tạm khóa do đăng nhập sai nhiều lần; thử lại sau ít phút');
    expect(en.signIn.accountLocked(1)).toBe(
      'Account temporarily locked after too many failed sign-ins; try again in 1 minute',
    );
    expect(en.signIn.accountLocked(15)).toBe(
      'Account temporarily locked after too many failed sign-ins; try again in 15 minutes',
    );
  });
});

describe('a sign-in refused by the rate limit', () => {
  it('is told apart from other failures, with the minutes to wait', () => {
    expect(rateLimitFailureOf([{ extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 12 } }], 429)).toEqual({
      code: 'RATE_LIMITED',
      retryMinutes: 1,
    });
    expect(rateLimitFailureOf(null, 429)).toEqual({ code: 'RATE_LIMITED', retryMinutes: null });
    expect(rateLimitFailureOf([{ extensions: { code: 'BAD_USER_INPUT' } }], 400)).toBeNull();
    expect(rateLimitFailureOf(null, 500)).toBeNull();
  });

  it('is explained in both languages', () => {
    expect(vi.signIn.rateLimited(2)).toMatch(/2 phút/);
    expect(en.signIn.rateLimited(2)).toMatch(/2 min/);
  });
});

describe('the password change form', () => {
  it('only checks that the new password was typed the same twice', () => {
    expect(
      confirmationProblem({ currentPassword: 'a', newPassword: 'mat-khau-moi', confirmation: 'mat-khau-moi' }),
    ).toBe(null);
    expect(
      confirmationProblem({ currentPassword: 'a', newPassword: 'mat-khau-moi', confirmation: 'mat-khau-moj' }),
    ).toBe('MISMATCH');
    // Strength is the server's rule (WEAK_PASSWORD), stated in one place.
    expect(confirmationProblem({ currentPassword: 'a', newPassword: 'x', confirmation: 'x' })).toBe(null);
  });

  it('has a message for every refusal the server gives', () => {
    for (const code of ['WRONG_PASSWORD', 'WEAK_PASSWORD', 'SAME_PASSWORD']) {
      expect(vi.account.password.errorCode[code]).toBeTruthy();
      expect(en.account.password.errorCode[code]).toBeTruthy();
    }
  });
});
