import type { FeatureModule } from '../../common/module';
import { Allocation } from './allocation.entity';
import { AllocationsChangedResolver } from './allocations-changed.resolver';
import { AllocationApproval } from './approval.entity';
import { AuditResolver } from './audit.resolver';
import { AuditEntry } from './audit-entry.entity';
import { BudgetErrorCode } from './budget.errors';
import {
  AllocationApprovalResolver,
  AllocationResolver,
  BudgetResolver,
  DisbursementResolver,
  EnvelopeResolver,
  PlanBudgetResolver,
} from './budget.resolver';
import { Disbursement } from './disbursement.entity';
import { Envelope, EnvelopeAssignment } from './envelope.entity';

export const budgetModule: FeatureModule = {
  name: 'budget',
  entities: [Envelope, EnvelopeAssignment, Allocation, AllocationApproval, Disbursement, AuditEntry],
  resolvers: [
    AllocationsChangedResolver,
    BudgetResolver,
    PlanBudgetResolver,
    EnvelopeResolver,
    AllocationResolver,
    AllocationApprovalResolver,
    AuditResolver,
    DisbursementResolver,
  ],
  nodeTypes: {
    Envelope: { entity: Envelope },
    Allocation: { entity: Allocation },
    Disbursement: { entity: Disbursement },
  },
  errorCodes: [BudgetErrorCode],
};
