import { createHash } from 'node:crypto';
import { basename } from 'node:path/posix';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeIdCursor, encodeCursor, type Page } from '../../common/pagination';
import { TEXT_LIMITS } from '../../common/text';
import { UserError } from '../../common/user-error';
import { todayInVietnam } from '../../common/vietnam-time';
import { User } from '../access';
import { Deadline, DeadlineKind, ImplementingUnit, ImplementingUnitKind, Plan, PlanUnit } from '../plan';
import { daysBetween, ReportSubmission, ReportSubmissionRevision } from './report-submission.entity';
import { ReportErrorCode as Code } from './reports.errors';
import { ReportingState } from './reports.payloads';

// ---------------------------------------------------------------- who reports what

/**
 * The Labour office receives and aggregates the reports, so it owes none itself: "Định kỳ 6 tháng
 * (trước ngày 10/6/2022) và cả năm (trước ngày 10/11/2022) báo cáo kết quả thực hiện về Phòng Lao
 * động - Thương binh và Xã hội để tổng hợp chung" (plan, section V).
 */
export const LABOUR_OFFICE_CODE = 'P-LDTBXH';

/**
 * Whether a unit of the plan owes a report of this kind. The commune plan is asked of the commune
 * committees alone: "khẩn trương xây dựng Kế hoạch ... trên địa bàn quản lý (hoàn thành trước ngày
 * 30/4/2022)" (section V.4, Ủy ban nhân dân các xã). The semi-annual and annual reports are asked of
 * "các đơn vị, địa phương": every unit of the plan but the Labour office.
 */
export const isObliged = (unit: ImplementingUnit, kind: DeadlineKind): boolean =>
  kind === DeadlineKind.COMMUNE_PLAN
    ? unit.kind === ImplementingUnitKind.COMMUNE_COMMITTEE
    : unit.code !== LABOUR_OFFICE_CODE;

/** Where one obligation stands on `asOf`: a submission counts once its date has come. */
export const obligationState = (
  dueOn: string,
  submittedOn: string | null,
  asOf: string,
): { state: ReportingState; daysLate: number } => {
  if (submittedOn !== null && submittedOn <= asOf) {
    const late = daysBetween(dueOn, submittedOn);
    return late > 0
      ? { state: ReportingState.SUBMITTED_LATE, daysLate: late }
      : { state: ReportingState.SUBMITTED_ON_TIME, daysLate: 0 };
  }
  const overdue = daysBetween(dueOn, asOf);
  return overdue > 0
    ? { state: ReportingState.OVERDUE, daysLate: overdue }
    : { state: ReportingState.NOT_YET_DUE, daysLate: 0 };
};

export interface Obligation {
  kind: DeadlineKind;
  dueOn: string;
  unit: ImplementingUnit;
  state: ReportingState;
  daysLate: number;
  submission: ReportSubmission | null;
}

/**
 * Every report the plan asks of its units, by due date and then in the plan's order of units, as
 * it stood on `asOf`; null when there is no such plan. A few queries, whatever the plan's size.
 */
export const reportingCalendar = async (
  em: EntityManager,
  planId: number,
  asOf: string,
): Promise<Obligation[] | null> => {
  const plan = await em.findOne(Plan, planId, { populate: ['deadlines'] });
  if (!plan) return null;
  const [planUnits, submissions] = await Promise.all([
    em.find(PlanUnit, { plan }, { populate: ['unit'], orderBy: { position: 'asc' } }),
    em.find(ReportSubmission, { plan }),
  ]);
  const submitted = new Map(submissions.map((submission) => [`${submission.kind}:${submission.unit.id}`, submission]));
  return plan.deadlines.getItems().flatMap((deadline) =>
    planUnits
      .map((planUnit) => planUnit.unit.getEntity())
      .filter((unit) => isObliged(unit, deadline.kind))
      .map((unit) => {
        const submission = submitted.get(`${deadline.kind}:${unit.id}`) ?? null;
        const counted = submission && submission.submittedOn <= asOf ? submission : null;
        return {
          kind: deadline.kind,
          dueOn: deadline.dueOn,
          unit,
          ...obligationState(deadline.dueOn, counted?.submittedOn ?? null, asOf),
          submission: counted,
        };
      }),
  );
};

// ---------------------------------------------------------------- lists

export interface ReportSubmissionListFilter {
  planId?: number;
  /** The plan's year. */
  year?: number;
  unitId?: number;
  kind?: DeadlineKind;
}

const CURSOR = 'report-submission';

/** One page of submissions in the order they were first recorded (by id), with the filter's total. */
export const listReportSubmissions = async (
  em: EntityManager,
  { first, after, filter }: { first: number; after: string | null; filter: ReportSubmissionListFilter },
): Promise<Page<ReportSubmission>> => {
  const afterId = decodeIdCursor(CURSOR, after);
  const plan = {
    ...(filter.planId !== undefined ? { id: filter.planId } : {}),
    ...(filter.year !== undefined ? { year: filter.year } : {}),
  };
  const where: FilterQuery<ReportSubmission> = {
    ...(Object.keys(plan).length > 0 ? { plan } : {}),
    ...(filter.unitId !== undefined ? { unit: filter.unitId } : {}),
    ...(filter.kind !== undefined ? { kind: filter.kind } : {}),
  };
  const totalCount = await em.count(ReportSubmission, where);
  const rows = await em.find(ReportSubmission, afterId === null ? where : { $and: [where, { id: { $gt: afterId } }] }, {
    orderBy: { id: 'asc' },
    limit: first + 1,
  });
  const nodes = rows.slice(0, first);
  return {
    nodes,
    cursors: nodes.map((submission) => encodeCursor(CURSOR, submission.id)),
    hasNextPage: rows.length > first,
    totalCount,
  };
};

// ---------------------------------------------------------------- attachments

/** About 1 MB decoded: base64 makes it 1.4 MB, inside the 2 MiB limit of a request body. */
export const MAX_ATTACHMENT_BYTES = 1024 * 1024;
const MAX_FILE_NAME = TEXT_LIMITS.attachmentName.max;
const MAX_NOTE = TEXT_LIMITS.reportNote.max;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const JPEG = [0xff, 0xd8, 0xff];

// What a file is, by its extension, and the bytes such a file starts with. docx and xlsx are zip
// packages and doc and xls OLE2 compound files: the magic tells the family, the extension the kind.
const FILE_TYPES: Record<string, { contentType: string; magic: number[] }> = {
  pdf: { contentType: 'application/pdf', magic: [...Buffer.from('%PDF-')] },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: ZIP },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: ZIP },
  doc: { contentType: 'application/msword', magic: OLE2 },
  xls: { contentType: 'application/vnd.ms-excel', magic: OLE2 },
  jpg: { contentType: 'image/jpeg', magic: JPEG },
  jpeg: { contentType: 'image/jpeg', magic: JPEG },
  png: { contentType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
};

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses.
const CONTROL = /[\u0000-\u001f\u007f]/;

export interface CheckedAttachment {
  fileName: string;
  contentType: string;
  content: Buffer;
}

/** The file as it will be stored (name without folders, NFC; type from the extension), or why not. */
export const checkAttachment = (fileName: string, contentBase64: string): CheckedAttachment | UserError => {
  const field = (name: string) => ['input', 'attachment', name];
  const name = basename(fileName.replace(/\\/g, '/')).trim().normalize('NFC');
  if (!name || name.length > MAX_FILE_NAME || CONTROL.test(name)) {
    return new UserError(
      Code.ATTACHMENT_NAME_INVALID,
      `A file name has 1 to ${MAX_FILE_NAME} characters and no control characters.`,
      field('fileName'),
    );
  }
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const type = FILE_TYPES[extension];
  if (!type) {
    return new UserError(
      Code.ATTACHMENT_TYPE_NOT_ALLOWED,
      'Send a .pdf, .docx, .xlsx, .doc, .xls, .jpg or .png file.',
      field('fileName'),
    );
  }
  const text = contentBase64.replace(/\s/g, '');
  const tooLarge = () =>
    new UserError(
      Code.ATTACHMENT_TOO_LARGE,
      `A file is at most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MiB.`,
      field('contentBase64'),
    );
  // Refused by its length before anything is decoded.
  if (text.length > Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4) return tooLarge();
  if (!text || !BASE64.test(text)) {
    return new UserError(Code.ATTACHMENT_UNREADABLE, 'contentBase64 is empty or not base64.', field('contentBase64'));
  }
  const content = Buffer.from(text, 'base64');
  if (content.length > MAX_ATTACHMENT_BYTES) return tooLarge();
  if (!type.magic.every((byte, index) => content[index] === byte)) {
    return new UserError(
      Code.ATTACHMENT_CONTENT_MISMATCH,
      `The file is not a .${extension} file, whatever its name says.`,
      field('contentBase64'),
    );
  }
  return { fileName: name, contentType: type.contentType, content };
};

/** The stored file of a submission (its bytes loaded only here), or null when it has none. */
export const attachmentOf = async (em: EntityManager, submissionId: number): Promise<CheckedAttachment | null> => {
  const submission = await em.findOne(ReportSubmission, submissionId, { populate: ['attachmentContent'] });
  if (!submission?.attachmentName || !submission.attachmentContentType || !submission.attachmentContent) return null;
  return {
    fileName: submission.attachmentName,
    contentType: submission.attachmentContentType,
    content: submission.attachmentContent,
  };
};

// ---------------------------------------------------------------- submitting

export interface ReportFiguresValues {
  households: number | null;
  poorHouseholds: number | null;
  nearPoorHouseholds: number | null;
  escapedPoverty: number | null;
  newlyPoor: number | null;
  disbursed: bigint | null;
  beneficiaries: number | null;
}

const NO_FIGURES: ReportFiguresValues = {
  households: null,
  poorHouseholds: null,
  nearPoorHouseholds: null,
  escapedPoverty: null,
  newlyPoor: null,
  disbursed: null,
  beneficiaries: null,
};

const FIGURE_NAMES = Object.keys(NO_FIGURES) as (keyof ReportFiguresValues)[];

/** The figures given (of an input or a stored submission), or null when none is. */
export const figuresOf = (source: Partial<ReportFiguresValues>): ReportFiguresValues | null => {
  const figures: ReportFiguresValues = {
    households: source.households ?? null,
    poorHouseholds: source.poorHouseholds ?? null,
    nearPoorHouseholds: source.nearPoorHouseholds ?? null,
    escapedPoverty: source.escapedPoverty ?? null,
    newlyPoor: source.newlyPoor ?? null,
    disbursed: source.disbursed ?? null,
    beneficiaries: source.beneficiaries ?? null,
  };
  return FIGURE_NAMES.some((name) => figures[name] !== null) ? figures : null;
};

export interface SubmitReportCommand {
  planId: number;
  unitId: number;
  kind: DeadlineKind;
  submittedOn: string;
  figures: Partial<ReportFiguresValues> | null;
  attachment: { fileName: string; contentBase64: string } | null;
  note: string | null;
  /** The version replaced; null for a first submission. */
  expectedVersion: number | null;
}

export interface ReportActor {
  userId: number;
  /** Communes whose committee the actor may report for; null: any unit (the Labour office, admins). */
  communeIds: number[] | null;
}

export type SubmitReportResult = { submission: ReportSubmission | null; userErrors: UserError[] } | 'FORBIDDEN';

/** What can be checked without the database: the date, the figures, the file and the note. */
const checkContent = (
  command: SubmitReportCommand,
  today: string,
): {
  errors: UserError[];
  figures: ReportFiguresValues | null;
  attachment: CheckedAttachment | null;
  note: string | null;
} => {
  const errors: UserError[] = [];
  const field = (...path: string[]) => ['input', ...path];
  if (command.submittedOn > today) {
    errors.push(
      new UserError(Code.SUBMITTED_IN_FUTURE, 'A report is recorded once it has arrived.', field('submittedOn')),
    );
  }
  const figures = command.figures && figuresOf(command.figures);
  const negative = FIGURE_NAMES.filter((name) => (figures?.[name] ?? 0) < 0);
  for (const name of negative) {
    errors.push(new UserError(Code.NEGATIVE_FIGURE, 'Figures are never negative.', field('figures', name)));
  }
  if (
    negative.length === 0 &&
    figures?.households != null &&
    (figures.poorHouseholds ?? 0) + (figures.nearPoorHouseholds ?? 0) > figures.households
  ) {
    errors.push(
      new UserError(
        Code.FIGURES_INCONSISTENT,
        'Poor and near-poor households together cannot outnumber the households.',
        field('figures', 'poorHouseholds'),
      ),
    );
  }
  const checked = command.attachment && checkAttachment(command.attachment.fileName, command.attachment.contentBase64);
  if (checked instanceof UserError) errors.push(checked);
  const attachment = checked instanceof UserError ? null : checked;
  const note = command.note?.trim() || null;
  if (note && note.length > MAX_NOTE) {
    errors.push(new UserError(Code.NOTE_TOO_LONG, `A note has at most ${MAX_NOTE} characters.`, field('note')));
  }
  if (command.kind === DeadlineKind.COMMUNE_PLAN) {
    if (figures) {
      errors.push(
        new UserError(
          Code.FIGURES_NOT_ALLOWED,
          'A commune plan is a document: send it as a file or a note.',
          field('figures'),
        ),
      );
    } else if (!command.attachment && !note) {
      errors.push(
        new UserError(Code.CONTENT_REQUIRED, 'Send the commune plan as a file, or a note.', field('attachment')),
      );
    }
  } else if (!figures && !command.attachment) {
    errors.push(new UserError(Code.CONTENT_REQUIRED, 'A report has figures or a file.', field('figures')));
  }
  return { errors, figures, attachment, note };
};

const none = (...userErrors: UserError[]) => ({ submission: null, userErrors });

/**
 * Records a unit's report for one deadline of a plan, or replaces the last one (`expectedVersion`),
 * in one transaction, with a revision that says who recorded what and when. `communeIds` limits a
 * commune officer to their own communes' committees (null: any unit).
 */
export const submitReport = async (
  em: EntityManager,
  actor: ReportActor,
  command: SubmitReportCommand,
  today: string = todayInVietnam(),
): Promise<SubmitReportResult> => {
  const { errors, figures, attachment, note } = checkContent(command, today);
  if (errors.length > 0) return none(...errors);

  return em.fork({ clear: true }).transactional(async (t): Promise<SubmitReportResult> => {
    const plan = await t.findOne(Plan, command.planId);
    if (!plan) return none(new UserError(Code.PLAN_NOT_FOUND, 'No such plan.', ['input', 'planId']));
    const unit = await t.findOne(ImplementingUnit, command.unitId);
    if (actor.communeIds !== null) {
      const communeId = unit?.kind === ImplementingUnitKind.COMMUNE_COMMITTEE ? unit.commune?.id : undefined;
      if (communeId === undefined || !actor.communeIds.includes(communeId)) return 'FORBIDDEN';
    }
    // The unit's row in the plan is locked: two submissions for one unit queue here, and the later
    // one sees the first (and answers ALREADY_SUBMITTED) instead of failing on the unique key.
    const [member] = unit
      ? await t.execute<{ id: number }[]>('select id from plan_unit where plan_id = ? and unit_id = ? for update', [
          plan.id,
          unit.id,
        ])
      : [];
    const deadline = await t.findOne(Deadline, { plan, kind: command.kind });
    if (!unit || !member || !deadline || !isObliged(unit, command.kind)) {
      return none(
        new UserError(
          Code.NOT_OBLIGED,
          deadline ? `The plan asks no ${command.kind} of this unit.` : `The plan sets no ${command.kind} deadline.`,
          ['input', 'unitId'],
        ),
      );
    }
    if (command.submittedOn < `${plan.year}-01-01`) {
      return none(
        new UserError(
          Code.SUBMITTED_BEFORE_PLAN_YEAR,
          `A report for the ${plan.year} plan is dated ${plan.year} or later.`,
          ['input', 'submittedOn'],
        ),
      );
    }

    const current = await t.findOne(
      ReportSubmission,
      { plan, unit, kind: command.kind },
      // Loaded to be replaced: the unit of work then sees the old file go.
      { populate: ['attachmentContent'] },
    );
    if (current && command.expectedVersion === null) {
      return {
        submission: current,
        userErrors: [
          new UserError(
            Code.ALREADY_SUBMITTED,
            'This report is already recorded: send its version as expectedVersion to replace it.',
            ['input', 'expectedVersion'],
          ),
        ],
      };
    }
    if ((current?.version ?? null) !== command.expectedVersion) {
      return {
        submission: current,
        userErrors: [
          new UserError(
            Code.VERSION_CONFLICT,
            current ? 'Someone replaced this report since you loaded it.' : 'There is no recorded report to replace.',
            ['input', 'expectedVersion'],
          ),
        ],
      };
    }

    const values = {
      dueOn: deadline.dueOn,
      submittedOn: command.submittedOn,
      ...(figures ?? NO_FIGURES),
      attachmentName: attachment?.fileName ?? null,
      attachmentContentType: attachment?.contentType ?? null,
      attachmentSize: attachment?.content.length ?? null,
      attachmentContent: attachment?.content ?? null,
      note,
      submittedBy: t.getReference(User, actor.userId, { wrapped: true }),
      recordedAt: new Date(),
    };
    const submission = current
      ? Object.assign(current, values, { version: current.version + 1 })
      : t.create(ReportSubmission, { plan, unit, kind: command.kind, ...values });
    t.create(ReportSubmissionRevision, {
      submission,
      version: submission.version,
      submittedOn: submission.submittedOn,
      recordedAt: submission.recordedAt,
      recordedBy: actor.userId,
      content: {
        figures: figures && Object.fromEntries(FIGURE_NAMES.map((name) => [name, figures[name]?.toString() ?? null])),
        attachment: attachment && {
          fileName: attachment.fileName,
          contentType: attachment.contentType,
          size: attachment.content.length,
          sha256: createHash('sha256').update(attachment.content).digest('hex'),
        },
        note,
      },
    });
    await t.flush();
    return { submission, userErrors: [] };
  });
};
