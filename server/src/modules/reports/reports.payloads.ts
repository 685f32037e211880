import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../common/pagination';
import { DateScalar, MoneyScalar } from '../../common/scalars';
import { UserError } from '../../common/user-error';
import { DeadlineKind, ImplementingUnit } from '../plan';
import { ReportSubmission } from './report-submission.entity';

export enum ReportingState {
  SUBMITTED_ON_TIME = 'SUBMITTED_ON_TIME',
  SUBMITTED_LATE = 'SUBMITTED_LATE',
  OVERDUE = 'OVERDUE',
  NOT_YET_DUE = 'NOT_YET_DUE',
}
registerEnumType(ReportingState, {
  name: 'ReportingState',
  valuesConfig: {
    SUBMITTED_ON_TIME: { description: 'Submitted on or before the due date.' },
    SUBMITTED_LATE: { description: 'Submitted after the due date.' },
    OVERDUE: { description: 'Past the due date and not submitted.' },
    NOT_YET_DUE: { description: 'Not submitted, and the due date has not passed.' },
  },
});

@ObjectType({ description: 'What a semi-annual or annual report counts.' })
export class ReportFigures {
  @Field(() => Int, { nullable: true })
  households!: number | null;

  @Field(() => Int, { nullable: true })
  poorHouseholds!: number | null;

  @Field(() => Int, { nullable: true })
  nearPoorHouseholds!: number | null;

  @Field(() => Int, { nullable: true })
  escapedPoverty!: number | null;

  @Field(() => Int, { nullable: true })
  newlyPoor!: number | null;

  @Field(() => MoneyScalar, { nullable: true })
  disbursed!: bigint | null;

  @Field(() => Int, { nullable: true })
  beneficiaries!: number | null;
}

@ObjectType({ description: 'The file sent with a report.' })
export class ReportAttachment {
  @Field(() => String)
  fileName!: string;

  @Field(() => String)
  contentType!: string;

  @Field(() => Int, { description: 'Bytes.' })
  size!: number;

  @Field(() => String, { description: 'Where to download it, with the same bearer token as /graphql.' })
  url!: string;
}

@ObjectType({
  description: 'One report (or commune plan) one unit owes by one deadline of the plan, and where it stands.',
})
export class ReportingObligation {
  @Field(() => DeadlineKind)
  kind!: DeadlineKind;

  @Field(() => DateScalar)
  dueOn!: string;

  @Field(() => ImplementingUnit)
  unit!: ImplementingUnit;

  @Field(() => ReportingState)
  state!: ReportingState;

  @Field(() => Int, {
    description: 'SUBMITTED_LATE: submittedOn − dueOn; OVERDUE: asOf − dueOn; otherwise 0.',
  })
  daysLate!: number;

  @Field(() => ReportSubmission, { nullable: true, description: 'The submission, when made by asOf.' })
  submission!: ReportSubmission | null;
}

@ObjectType()
export class SubmitReportPayload {
  @Field(() => ReportSubmission, {
    nullable: true,
    description: 'The recorded submission; on ALREADY_SUBMITTED or VERSION_CONFLICT, the current one.',
  })
  submission?: ReportSubmission | null;

  @Field(() => [UserError])
  userErrors: UserError[] = [];
}

@ObjectType({ description: 'Report submissions, in the order they were first recorded.' })
export class ReportSubmissionConnection extends ConnectionType(ReportSubmission) {}
