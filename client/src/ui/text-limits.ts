/**
 * The longest text the server takes in each field the console sends (server/src/common/text.ts,
 * listed in docs/security.md, "Input limits"). Inputs carry them as maxLength so that nobody types
 * past a limit the server would refuse with TEXT_TOO_LONG.
 */
export const TEXT_LIMITS = {
  decisionNumber: 80,
  decisionIssuer: 200,
  adjustmentReason: 2_000,
} as const;
