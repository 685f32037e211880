import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { batchLoad, groupedBy } from '../../common/batch';
import { forbidden, notFound } from '../../common/errors';
import { idOf } from '../../common/node';
import { connectionOf, pageSize } from '../../common/pagination';
import { DateScalar } from '../../common/scalars';
import { todayInVietnam } from '../../common/vietnam-time';
import type { Context } from '../../context';
import { User } from '../access';
import { visibleCommunes } from '../households';
import { ImplementingUnit, Plan } from '../plan';
import { ReportSubmission, ReportSubmissionRevision } from './report-submission.entity';
import { ReportSubmissionFilter, SubmitReportInput } from './reports.inputs';
import {
  ReportAttachment,
  ReportFigures,
  ReportingObligation,
  ReportSubmissionConnection,
  SubmitReportPayload,
} from './reports.payloads';
import { figuresOf, listReportSubmissions, reportingCalendar, submitReport } from './reports.service';

/** Where a submission's file is downloaded (reports.http.ts). */
export const attachmentUrl = (submission: ReportSubmission): string =>
  `/files/report-submissions/${submission.globalId}`;

@Resolver(() => ReportSubmission)
export class ReportsResolver {
  @Query(() => [ReportingObligation], {
    description:
      'Every report the plan asks of its units and where each stands on `asOf` (default: today in Vietnam), ' +
      "by due date, then in the plan's order of units.",
  })
  async reportingCalendar(
    @Ctx() { em }: Context,
    @Arg('planId', () => ID) planId: string,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string | null,
  ): Promise<ReportingObligation[]> {
    const obligations = await reportingCalendar(em, idOf(Plan, planId, 'planId'), asOf ?? todayInVietnam());
    if (!obligations) throw notFound('plan');
    return obligations.map((obligation) => Object.assign(new ReportingObligation(), obligation));
  }

  @Query(() => ReportSubmissionConnection, {
    description: 'Report submissions, filtered, in the order they were first recorded, with keyset cursors.',
  })
  async reportSubmissions(
    @Ctx() { em }: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('filter', () => ReportSubmissionFilter, { nullable: true }) filter?: ReportSubmissionFilter | null,
  ): Promise<ReportSubmissionConnection> {
    const page = await listReportSubmissions(em, {
      first: pageSize(first),
      after: after ?? null,
      filter: {
        planId: filter?.planId ? idOf(Plan, filter.planId, 'filter.planId') : undefined,
        year: filter?.year ?? undefined,
        unitId: filter?.unitId ? idOf(ImplementingUnit, filter.unitId, 'filter.unitId') : undefined,
        kind: filter?.kind ?? undefined,
      },
    });
    return connectionOf(page);
  }

  @Mutation(() => SubmitReportPayload, {
    description:
      'Records the report (or commune plan) a unit sent the Labour office; with expectedVersion, replaces the last one.',
  })
  async submitReport(
    @Arg('input', () => SubmitReportInput) input: SubmitReportInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<SubmitReportPayload> {
    const result = await submitReport(
      em,
      // The roles allowed here (permissions.ts) write exactly the rows they see: a commune officer
      // their own communes', the Labour office and admins any.
      { userId: viewer?.user.id as number, communeIds: visibleCommunes(viewer) },
      {
        planId: idOf(Plan, input.planId, 'planId'),
        unitId: idOf(ImplementingUnit, input.unitId, 'unitId'),
        kind: input.kind,
        submittedOn: input.submittedOn,
        figures: input.figures ?? null,
        attachment: input.attachment ?? null,
        note: input.note ?? null,
        expectedVersion: input.expectedVersion ?? null,
      },
    );
    if (result === 'FORBIDDEN') throw forbidden("reports of another commune's committee or of a district office");
    return Object.assign(new SubmitReportPayload(), result);
  }

  @FieldResolver(() => Plan)
  plan(@Root() submission: ReportSubmission): Promise<Plan> {
    return submission.plan.load() as Promise<Plan>;
  }

  @FieldResolver(() => ImplementingUnit)
  unit(@Root() submission: ReportSubmission): Promise<ImplementingUnit> {
    return submission.unit.load() as Promise<ImplementingUnit>;
  }

  @FieldResolver(() => ReportFigures, { nullable: true, description: 'Null for a commune plan or a file-only report.' })
  figures(@Root() submission: ReportSubmission): ReportFigures | null {
    const figures = figuresOf(submission);
    return figures && Object.assign(new ReportFigures(), figures);
  }

  @FieldResolver(() => ReportAttachment, { nullable: true })
  attachment(@Root() submission: ReportSubmission): ReportAttachment | null {
    const { attachmentName, attachmentContentType, attachmentSize } = submission;
    if (!attachmentName || !attachmentContentType || attachmentSize === null || attachmentSize === undefined)
      return null;
    return Object.assign(new ReportAttachment(), {
      fileName: attachmentName,
      contentType: attachmentContentType,
      size: attachmentSize,
      url: attachmentUrl(submission),
    });
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who recorded this version.' })
  submittedBy(@Root() submission: ReportSubmission): Promise<User | null> {
    return submission.submittedBy ? submission.submittedBy.load() : Promise.resolve(null);
  }

  @FieldResolver(() => [ReportSubmissionRevision], {
    description: 'Every recorded version, oldest first: who recorded it, when, and the date it gave.',
  })
  async revisions(@Root() submission: ReportSubmission, @Ctx() context: Context): Promise<ReportSubmissionRevision[]> {
    // Batched: a page of submissions fetches its revisions in one query.
    const fetch = async (ids: number[]) =>
      groupedBy(
        ids,
        await context.em.find(ReportSubmissionRevision, { submission: { $in: ids } }, { orderBy: { version: 'asc' } }),
        (revision) => revision.submission.id,
      );
    return (await batchLoad(context, 'reportSubmission.revisions', fetch, submission.id)) ?? [];
  }
}

@Resolver(() => ReportSubmissionRevision)
export class ReportRevisionResolver {
  @FieldResolver(() => User, { nullable: true })
  recordedBy(@Root() revision: ReportSubmissionRevision): Promise<User | null> {
    return revision.recordedBy ? revision.recordedBy.load() : Promise.resolve(null);
  }
}
