import { UserError } from './user-error';

/** The code of a text input longer than its limit, the same in every module (each lists it in its enum). */
export const TEXT_TOO_LONG = 'TEXT_TOO_LONG';

export interface TextLimit {
  /** Characters (Unicode code points, as PostgreSQL counts them) after trimming. */
  max: number;
  /**
   * Where the text is stored ("table.column"): a varchar of exactly `max`, or `text` for free text
   * whose cap is ours (test/server/security/text-limits.test.ts holds the two together).
   */
  columns: readonly string[];
}

/**
 * Every text a caller may send, and how long it may be: one table, documented in
 * docs/security.md ("Input limits"). A text stored in a varchar is limited to the column's length,
 * so the database never refuses it; free text (reasons, descriptions, notes) is capped at what a
 * person writes, so that no one can store a megabyte in it.
 */
export const TEXT_LIMITS = {
  // Legal documents and the budget's audit trail.
  decisionNumber: { max: 80, columns: ['legal_document.number', 'audit_entry.decision_number'] },
  decisionIssuer: { max: 200, columns: ['legal_document.issuer'] },
  decisionTitle: { max: 2_000, columns: ['legal_document.title'] },
  adjustmentReason: { max: 2_000, columns: ['audit_entry.reason'] },
  // Benefits (personal data: officers write names into them).
  benefitDescription: { max: 2_000, columns: ['benefit.description'] },
  overrideReason: { max: 2_000, columns: ['benefit.override_reason'] },
  // The household import's text columns.
  householdCode: { max: 40, columns: ['household.code'] },
  villageCode: { max: 40, columns: ['admin_unit.code'] },
  memberName: { max: 200, columns: ['household_member.name'] },
  ethnicity: { max: 60, columns: ['household_member.ethnicity'] },
  recognitionDecisionNumber: { max: 80, columns: ['assessment.decision_number'] },
  importFileName: { max: 255, columns: [] },
  // Reports sent to the Labour office.
  reportNote: { max: 4_000, columns: ['report_submission.note'] },
  attachmentName: { max: 200, columns: ['report_submission.attachment_name'] },
  // Accounts and API tokens.
  username: { max: 60, columns: ['app_user.username'] },
  displayName: { max: 200, columns: ['app_user.display_name'] },
  password: { max: 200, columns: [] },
  apiTokenName: { max: 100, columns: ['api_token.name'] },
} as const satisfies Record<string, TextLimit>;

/** Characters as PostgreSQL counts them (code points), without copying a long string. */
export const characterCount = (text: string): number => {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
};

/** Whether the text, trimmed as it is stored, is longer than the limit. */
export const isTooLong = (text: string, limit: TextLimit): boolean => {
  const trimmed = text.trim();
  // A UTF-16 length within the limit has no more code points than that: no need to count them.
  return trimmed.length > limit.max && characterCount(trimmed) > limit.max;
};

/** The refusal of a text past its limit; it names the field and the numbers, never the text. */
export const textTooLong = (limit: TextLimit, field: string[], given: string): UserError =>
  new UserError(
    TEXT_TOO_LONG,
    `${field.at(-1)} is at most ${limit.max} characters; ${characterCount(given.trim())} were given.`,
    field,
  );

/**
 * Checks the text fields of one input against their limits, before anything else: a userError
 * for each one too long, at `['input', name]` (or under `path`). Absent and null fields pass.
 */
export const checkTextLimits = <Input extends object>(
  input: Input,
  limits: { [Name in keyof Input]?: TextLimit },
  path: string[] = ['input'],
): UserError[] =>
  (Object.entries(limits) as [keyof Input & string, TextLimit][]).flatMap(([name, limit]) => {
    const value = input[name];
    return typeof value === 'string' && isTooLong(value, limit) ? [textTooLong(limit, [...path, name], value)] : [];
  });

/**
 * Text quoted in a message (an import row's bad value): at most `max` characters, so that a
 * megabyte sent is not a megabyte answered or logged.
 */
export const clipText = (text: string, max = 80): string => {
  if (text.length <= max) return text;
  // By code points, so that no character is cut in half.
  const head = Array.from(text.slice(0, max * 2));
  if (head.length <= max && text.length <= max * 2) return text;
  return `${head.slice(0, max - 1).join('')}…`;
};

/** The limit as an input field's description says it, e.g. "At most 2,000 characters." */
export const atMost = (limit: TextLimit): string => `At most ${limit.max.toLocaleString('en-US')} characters.`;
