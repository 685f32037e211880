// The budget module's public entry: what other modules may use of it.
export { Allocation } from './allocation.entity';
export type { AllocationLike } from './allocation-record';
export { AllocationApproval } from './approval.entity';
export { AuditEntry } from './audit-entry.entity';
export { AuditAction, BudgetDimension, CapitalType, FundingSource } from './budget.enums';
export { budgetModule } from './budget.module';
export { BudgetSummaryRow } from './budget.payloads';
export { projectAndChildren } from './budget-lists.service';
export { budgetSummary } from './budget-summary.service';
export { Envelope, EnvelopeAssignment } from './envelope.entity';
export { moneyColumn } from './money';
