import { describe, expect, it } from 'vitest';
import { inputOfError, inputPath, sortUserErrors } from '../../client/src/ui/user-errors';

// The server's convention (docs/api.md): a userError's field is the path from the mutation's one
// argument, ["input", ...]. These are fields the server really sends.
const error = (code: string, field: string[] | null) => ({ code, message: code.toLowerCase(), field });

describe('a userError field', () => {
  it('is read as the path inside the input', () => {
    expect(inputPath(['input', 'changes', '3', 'amount'])).toEqual(['changes', '3', 'amount']);
    expect(inputPath(['input', 'newPassword'])).toEqual(['newPassword']);
  });

  it('names no input when it is null, bare, or the whole input', () => {
    expect(inputPath(null)).toBeNull();
    expect(inputPath(undefined)).toBeNull();
    expect(inputPath(['newPassword'])).toBeNull();
    expect(inputPath(['input'])).toBeNull();
  });

  it('falls under the form input its path starts with, segment by segment', () => {
    const inputs = ['attachment', 'figures.poorHouseholds', 'note'] as const;
    expect(inputOfError(['input', 'attachment', 'contentBase64'], inputs)).toBe('attachment');
    expect(inputOfError(['input', 'figures', 'poorHouseholds'], inputs)).toBe('figures.poorHouseholds');
    expect(inputOfError(['input', 'figures'], inputs)).toBeUndefined();
    expect(inputOfError(['input', 'notes'], inputs)).toBeUndefined();
    expect(inputOfError(['note'], inputs)).toBeUndefined();
  });
});

describe('userErrors beside their inputs', () => {
  it('puts each error under the input its field names', () => {
    const sorted = sortUserErrors(
      [error('WEAK_PASSWORD', ['input', 'newPassword']), error('NOT_A_COMMUNE', ['input', 'communeIds', '1'])],
      ['newPassword', 'communeIds'] as const,
    );
    expect(sorted.fields).toEqual({
      newPassword: [error('WEAK_PASSWORD', ['input', 'newPassword'])],
      communeIds: [error('NOT_A_COMMUNE', ['input', 'communeIds', '1'])],
    });
    expect(sorted.form).toEqual([]);
  });

  it('keeps errors of no input, or of an input the form lacks, for the form itself', () => {
    const sorted = sortUserErrors(
      [error('CANNOT_LOCK_OUT_SELF', ['input', 'id']), error('FAILED', null), error('NO_ROLES', ['input', 'roles'])],
      ['roles'] as const,
    );
    expect(sorted.fields).toEqual({ roles: [error('NO_ROLES', ['input', 'roles'])] });
    expect(sorted.form.map((item) => item.code)).toEqual(['CANNOT_LOCK_OUT_SELF', 'FAILED']);
  });
});
