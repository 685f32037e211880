/** Every way the household registry can say no, as returned in `userErrors[].code` or an import row's `code`. */
export enum HouseholdErrorCode {
  // ---- import: the file
  FILE_UNREADABLE = 'FILE_UNREADABLE',
  FILE_TOO_LARGE = 'FILE_TOO_LARGE',
  UNSUPPORTED_FILE_TYPE = 'UNSUPPORTED_FILE_TYPE',
  MISSING_COLUMN = 'MISSING_COLUMN',
  NO_ROWS = 'NO_ROWS',
  TOO_MANY_ROWS = 'TOO_MANY_ROWS',
  // ---- import: a row
  REQUIRED = 'REQUIRED',
  INVALID_VALUE = 'INVALID_VALUE',
  /** A text longer than its limit (docs/security.md, "Input limits"); also benefits' description and overrideReason. */
  TEXT_TOO_LONG = 'TEXT_TOO_LONG',
  /** More member rows for one household than a household has (100). */
  TOO_MANY_MEMBERS = 'TOO_MANY_MEMBERS',
  UNKNOWN_VILLAGE = 'UNKNOWN_VILLAGE',
  UNKNOWN_DEPRIVATION = 'UNKNOWN_DEPRIVATION',
  /** Two rows of one household disagree on a household or review field. */
  INCONSISTENT_HOUSEHOLD = 'INCONSISTENT_HOUSEHOLD',
  /** A household has no member, or more than one head. */
  HEAD_COUNT = 'HEAD_COUNT',
  /** No poverty standard in force for the review's date: the status cannot be computed. */
  NO_STANDARD_IN_FORCE = 'NO_STANDARD_IN_FORCE',
  /** A commune officer's row for a village (or an existing household) of another commune. */
  OUTSIDE_YOUR_COMMUNE = 'OUTSIDE_YOUR_COMMUNE',
  /** The file changed between preview and commit, or does not validate at commit time. */
  IMPORT_HAS_ERRORS = 'IMPORT_HAS_ERRORS',
  // ---- benefits
  HOUSEHOLD_NOT_FOUND = 'HOUSEHOLD_NOT_FOUND',
  ALLOCATION_NOT_FOUND = 'ALLOCATION_NOT_FOUND',
  /** The allocation belongs to another commune's committee than the household's. */
  ALLOCATION_OTHER_COMMUNE = 'ALLOCATION_OTHER_COMMUNE',
  /** The household does not meet the component's eligibility rule; give overrideReason to record anyway. */
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  AMOUNT_REQUIRED = 'AMOUNT_REQUIRED',
  AMOUNT_NOT_POSITIVE = 'AMOUNT_NOT_POSITIVE',
  DESCRIPTION_REQUIRED = 'DESCRIPTION_REQUIRED',
  /** Cash benefits paid from one allocation would pass its amount. */
  EXCEEDS_ALLOCATION = 'EXCEEDS_ALLOCATION',
  RECEIVED_ON_IN_FUTURE = 'RECEIVED_ON_IN_FUTURE',
}
