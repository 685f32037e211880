import { registerEnumType } from 'type-graphql';

export enum CapitalType {
  /** Vốn đầu tư phát triển. */
  INVESTMENT = 'INVESTMENT',
  /** Vốn sự nghiệp. */
  RECURRENT = 'RECURRENT',
}
registerEnumType(CapitalType, {
  name: 'CapitalType',
  valuesConfig: {
    INVESTMENT: { description: 'Vốn đầu tư phát triển.' },
    RECURRENT: { description: 'Vốn sự nghiệp.' },
  },
});

export enum FundingSource {
  CENTRAL_BUDGET = 'CENTRAL_BUDGET',
  PROVINCIAL_BUDGET = 'PROVINCIAL_BUDGET',
  DISTRICT_BUDGET = 'DISTRICT_BUDGET',
  POLICY_CREDIT = 'POLICY_CREDIT',
  OTHER = 'OTHER',
}
registerEnumType(FundingSource, { name: 'FundingSource' });

export enum AllocationStatus {
  DRAFT = 'DRAFT',
  APPROVED = 'APPROVED',
}
registerEnumType(AllocationStatus, { name: 'AllocationStatus' });

export enum BudgetDimension {
  COMPONENT = 'COMPONENT',
  PROJECT = 'PROJECT',
  UNIT = 'UNIT',
  CAPITAL_TYPE = 'CAPITAL_TYPE',
  SOURCE = 'SOURCE',
}
registerEnumType(BudgetDimension, { name: 'BudgetDimension' });

/** What an audit entry records. */
export enum AuditAction {
  /** The province assigned (or reduced) an envelope. */
  ASSIGN = 'ASSIGN',
  /** A draft allocation cell was saved. */
  ALLOCATE = 'ALLOCATE',
  /** Leadership approved the plan's allocations. */
  APPROVE = 'APPROVE',
  /** An approved allocation was changed by an adjusting decision. */
  ADJUST = 'ADJUST',
  /** The treasury paid part of an allocation. */
  DISBURSE = 'DISBURSE',
}
registerEnumType(AuditAction, { name: 'AuditAction' });

export enum AuditEntity {
  ENVELOPE = 'ENVELOPE',
  ALLOCATION = 'ALLOCATION',
  PLAN = 'PLAN',
  DISBURSEMENT = 'DISBURSEMENT',
}
registerEnumType(AuditEntity, { name: 'AuditEntity' });
