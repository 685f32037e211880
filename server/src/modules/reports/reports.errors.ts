/** Every way submitting a report can say no, as returned in `userErrors[].code`. */
export enum ReportErrorCode {
  PLAN_NOT_FOUND = 'PLAN_NOT_FOUND',
  /** The unit owes the plan no report of this kind (or the plan sets no such deadline). */
  NOT_OBLIGED = 'NOT_OBLIGED',
  SUBMITTED_IN_FUTURE = 'SUBMITTED_IN_FUTURE',
  /** A report for a plan cannot predate the plan's year. */
  SUBMITTED_BEFORE_PLAN_YEAR = 'SUBMITTED_BEFORE_PLAN_YEAR',
  /** The unit already submitted this report: replacing it needs its current version as expectedVersion. */
  ALREADY_SUBMITTED = 'ALREADY_SUBMITTED',
  /** Someone replaced the submission since the editor loaded it (or there is none to replace). */
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  /** A commune plan is a document (a file or a note), not figures. */
  FIGURES_NOT_ALLOWED = 'FIGURES_NOT_ALLOWED',
  /** Nothing to submit: a report needs figures or a file, a commune plan a file or a note. */
  CONTENT_REQUIRED = 'CONTENT_REQUIRED',
  NEGATIVE_FIGURE = 'NEGATIVE_FIGURE',
  /** Poor and near-poor households together outnumber the households. */
  FIGURES_INCONSISTENT = 'FIGURES_INCONSISTENT',
  NOTE_TOO_LONG = 'NOTE_TOO_LONG',
  ATTACHMENT_NAME_INVALID = 'ATTACHMENT_NAME_INVALID',
  /** Only pdf, docx, xlsx, doc, xls, jpg and png files. */
  ATTACHMENT_TYPE_NOT_ALLOWED = 'ATTACHMENT_TYPE_NOT_ALLOWED',
  /** The content is not what the extension says (e.g. a .pdf that is not a PDF). */
  ATTACHMENT_CONTENT_MISMATCH = 'ATTACHMENT_CONTENT_MISMATCH',
  ATTACHMENT_TOO_LARGE = 'ATTACHMENT_TOO_LARGE',
  /** Empty, or contentBase64 is not base64. */
  ATTACHMENT_UNREADABLE = 'ATTACHMENT_UNREADABLE',
}
