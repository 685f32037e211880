import { NodeEntity } from '../common/node';
import { RateLimitBucket } from '../common/rate-limit-bucket.entity';
import { ApiToken } from '../modules/access/api-token.entity';
import { AppSetting } from '../modules/access/app-setting.entity';
import { SecurityEvent } from '../modules/access/security-event.entity';
import { SignInThrottle } from '../modules/access/sign-in-throttle.entity';
import { User } from '../modules/access/user.entity';
import { UserSession } from '../modules/access/user-session.entity';
import { Allocation } from '../modules/budget/allocation.entity';
import { AllocationApproval } from '../modules/budget/approval.entity';
import { AuditEntry } from '../modules/budget/audit-entry.entity';
import { Disbursement } from '../modules/budget/disbursement.entity';
import { Envelope, EnvelopeAssignment } from '../modules/budget/envelope.entity';
import { LegalDocument } from '../modules/documents/legal-document.entity';
import { Assessment } from '../modules/households/assessment.entity';
import { Benefit } from '../modules/households/benefit.entity';
import { EligibilityRule } from '../modules/households/eligibility-rule.entity';
import { Household, HouseholdMember } from '../modules/households/household.entity';
import { PovertyStandard } from '../modules/households/poverty-standard.entity';
import { SupportNorm } from '../modules/households/support-norm.entity';
import { AdminUnit } from '../modules/places/admin-unit.entity';
import { Deadline } from '../modules/plan/deadline.entity';
import { ImplementingUnit } from '../modules/plan/implementing-unit.entity';
import { Plan } from '../modules/plan/plan.entity';
import { PlanUnit } from '../modules/plan/plan-unit.entity';
import { ProgramComponent } from '../modules/plan/program-component.entity';
import { Target } from '../modules/plan/target.entity';
import { ReportSubmission, ReportSubmissionRevision } from '../modules/reports/report-submission.entity';

// Listed rather than globbed: the server runs from TypeScript sources (tsx, Vitest), where a
// folder scan by the ORM would try to import .ts files natively.
export const ENTITIES = [
  NodeEntity,
  AdminUnit,
  LegalDocument,
  ImplementingUnit,
  Plan,
  PlanUnit,
  ProgramComponent,
  Target,
  Deadline,
  User,
  AppSetting,
  UserSession,
  ApiToken,
  SecurityEvent,
  SignInThrottle,
  RateLimitBucket,
  Envelope,
  EnvelopeAssignment,
  Allocation,
  AllocationApproval,
  Disbursement,
  AuditEntry,
  PovertyStandard,
  SupportNorm,
  EligibilityRule,
  Household,
  HouseholdMember,
  Assessment,
  Benefit,
  ReportSubmission,
  ReportSubmissionRevision,
];
