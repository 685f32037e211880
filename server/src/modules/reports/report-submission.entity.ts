import { Check, Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { NodeEntity } from '../../common/node';
import { DateScalar, DateTimeScalar } from '../../common/scalars';
import { User } from '../access';
import { moneyColumn } from '../budget';
import { DeadlineKind, ImplementingUnit, Plan } from '../plan';

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (YYYY-MM-DD, no time zone involved); negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * A report (or a commune's plan) that an implementing unit sent the Labour office for one of the
 * plan's deadlines: one per plan, unit and kind, replaced by a newer version when corrected.
 */
@ObjectType({
  implements: NodeEntity,
  description: "A report or commune plan an implementing unit sent the Labour office for one of the plan's deadlines.",
})
// Figures are counts and đồng, never negative; a commune plan is a document, never figures.
@Check({
  name: 'report_submission_figures_not_negative',
  expression:
    '(households >= 0) AND (poor_households >= 0) AND (near_poor_households >= 0) AND (escaped_poverty >= 0) AND (newly_poor >= 0) AND (disbursed >= 0) AND (beneficiaries >= 0)',
})
@Check({
  name: 'report_submission_commune_plan_without_figures',
  expression:
    "(kind <> 'COMMUNE_PLAN'::text) OR ((households IS NULL) AND (poor_households IS NULL) AND (near_poor_households IS NULL) AND (escaped_poverty IS NULL) AND (newly_poor IS NULL) AND (disbursed IS NULL) AND (beneficiaries IS NULL))",
})
@Check({
  name: 'report_submission_attachment_whole',
  expression:
    '((attachment_name IS NULL) AND (attachment_content_type IS NULL) AND (attachment_size IS NULL) AND (attachment_content IS NULL)) OR ((attachment_name IS NOT NULL) AND (attachment_content_type IS NOT NULL) AND (attachment_size = octet_length(attachment_content)))',
})
@Entity({ tableName: 'report_submission' })
@Unique({ properties: ['plan', 'unit', 'kind'] })
export class ReportSubmission extends NodeEntity {
  @ManyToOne(() => Plan, { ref: true })
  plan!: Ref<Plan>;

  @ManyToOne(() => ImplementingUnit, { ref: true, index: true })
  unit!: Ref<ImplementingUnit>;

  @Field(() => DeadlineKind)
  @Enum({ items: () => DeadlineKind, type: 'string' })
  kind!: DeadlineKind;

  /** The plan's deadline for this kind when the report was recorded. */
  @Field(() => DateScalar)
  @Property({ type: 'date', columnType: 'date' })
  dueOn!: string;

  @Field(() => DateScalar, { description: 'The date the report reached the Labour office.' })
  @Property({ type: 'date', columnType: 'date' })
  submittedOn!: string;

  @Field(() => Int, { description: 'Days after dueOn that the report arrived; 0 when on time (submittedOn <= dueOn).' })
  get daysLate(): Opt<number> {
    return Math.max(0, daysBetween(this.dueOn, this.submittedOn));
  }

  // The figures of a semi-annual or annual report; all null for a commune plan or a file-only report.
  @Property({ type: 'integer', nullable: true })
  households?: number | null;

  @Property({ type: 'integer', nullable: true })
  poorHouseholds?: number | null;

  @Property({ type: 'integer', nullable: true })
  nearPoorHouseholds?: number | null;

  @Property({ type: 'integer', nullable: true })
  escapedPoverty?: number | null;

  @Property({ type: 'integer', nullable: true })
  newlyPoor?: number | null;

  @Property({ ...moneyColumn(), nullable: true })
  disbursed?: bigint | null;

  @Property({ type: 'integer', nullable: true })
  beneficiaries?: number | null;

  @Property({ type: 'string', length: 200, nullable: true })
  attachmentName?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  attachmentContentType?: string | null;

  @Property({ type: 'integer', nullable: true })
  attachmentSize?: number | null;

  /** Never selected with lists: loaded only by the download (populate: ['attachmentContent']). */
  @Property({ type: 'blob', columnType: 'bytea', lazy: true, nullable: true })
  attachmentContent?: Buffer | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  submittedBy?: Ref<User> | null;

  @Field(() => DateTimeScalar, { description: 'When this version was recorded.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  recordedAt: Opt<Date> = new Date();

  @Field(() => Int, { description: 'Increases by one on every replacement; send it back as expectedVersion.' })
  @Property({ type: 'integer', default: 1 })
  version: Opt<number> = 1;
}

/**
 * One version of a submission as it was recorded: who, when, and what (figures, file, note).
 * Append-only: a database trigger refuses UPDATE, DELETE and TRUNCATE.
 */
@ObjectType('ReportRevision', { description: 'One recorded version of a report submission: who recorded it and when.' })
@Entity({ tableName: 'report_submission_revision' })
@Unique({ properties: ['submission', 'version'] })
export class ReportSubmissionRevision {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => ReportSubmission, { ref: true })
  submission!: Ref<ReportSubmission>;

  @Field(() => Int)
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => DateScalar)
  @Property({ type: 'date', columnType: 'date' })
  submittedOn!: string;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  recordedAt: Opt<Date> = new Date();

  @ManyToOne(() => User, { ref: true, nullable: true })
  recordedBy?: Ref<User> | null;

  /** What the version said: figures (numbers as strings), the file's name, type, size and SHA-256, the note. */
  @Property({ type: 'json' })
  content!: Record<string, unknown>;
}
