/** Every way the budget can say no, as returned in `userErrors[].code`. */
export enum BudgetErrorCode {
  PLAN_NOT_FOUND = 'PLAN_NOT_FOUND',
  COMPONENT_NOT_IN_PLAN = 'COMPONENT_NOT_IN_PLAN',
  /** No envelope (province assignment) with this id in the plan: nothing to allocate from. */
  ENVELOPE_NOT_ASSIGNED = 'ENVELOPE_NOT_ASSIGNED',
  UNIT_NOT_IN_PLAN = 'UNIT_NOT_IN_PLAN',
  ALLOCATION_NOT_FOUND = 'ALLOCATION_NOT_FOUND',
  AMOUNT_ZERO = 'AMOUNT_ZERO',
  AMOUNT_NEGATIVE = 'AMOUNT_NEGATIVE',
  AMOUNT_NOT_POSITIVE = 'AMOUNT_NOT_POSITIVE',
  AMOUNT_TOO_LARGE = 'AMOUNT_TOO_LARGE',
  DUPLICATE_CELL = 'DUPLICATE_CELL',
  TOO_MANY_CHANGES = 'TOO_MANY_CHANGES',
  /** The sum of an envelope's allocations would pass what the province assigned. */
  EXCEEDS_ENVELOPE = 'EXCEEDS_ENVELOPE',
  /** A reduction would leave the envelope below what is already allocated from it. */
  ENVELOPE_BELOW_ALLOCATED = 'ENVELOPE_BELOW_ALLOCATED',
  /** An expectedVersion was given for a cell that has no allocation. */
  VERSION_MISMATCH = 'VERSION_MISMATCH',
  /** Approved: only adjustAllocations, with a decision, may change allocations. */
  PLAN_LOCKED = 'PLAN_LOCKED',
  PLAN_NOT_APPROVED = 'PLAN_NOT_APPROVED',
  ALREADY_APPROVED = 'ALREADY_APPROVED',
  NO_ALLOCATIONS = 'NO_ALLOCATIONS',
  /** Payments only against approved allocations. */
  NOT_APPROVED = 'NOT_APPROVED',
  /** The total paid would pass the allocation. */
  EXCEEDS_ALLOCATION = 'EXCEEDS_ALLOCATION',
  /** An adjustment would leave an allocation below what was already paid from it. */
  BELOW_DISBURSED = 'BELOW_DISBURSED',
  PAID_ON_IN_FUTURE = 'PAID_ON_IN_FUTURE',
  DECISION_REQUIRED = 'DECISION_REQUIRED',
  REASON_REQUIRED = 'REASON_REQUIRED',
  /** A text longer than its limit (docs/security.md, "Input limits"). */
  TEXT_TOO_LONG = 'TEXT_TOO_LONG',
  /** A decision with this number and issuer is already recorded with another date. */
  DECISION_DATE_MISMATCH = 'DECISION_DATE_MISMATCH',
}
