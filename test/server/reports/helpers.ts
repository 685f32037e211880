import type { UserErrorView } from '../../support/budget';
import type { TestApp } from '../../support/test-app';

export const SUBMISSION_FIELDS = /* GraphQL */ `
  id kind dueOn submittedOn daysLate note version recordedAt
  unit { code } plan { year }
  figures { households poorHouseholds nearPoorHouseholds escapedPoverty newlyPoor disbursed beneficiaries }
  attachment { fileName contentType size url }
  submittedBy { username }
  revisions { version submittedOn recordedBy { username } }
`;

export const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitReportInput!) {
    submitReport(input: $input) { submission { ${SUBMISSION_FIELDS} } userErrors { field code message } }
  }
`;

export interface SubmissionView {
  id: string;
  kind: string;
  dueOn: string;
  submittedOn: string;
  daysLate: number;
  note: string | null;
  version: number;
  recordedAt: string;
  unit: { code: string };
  plan: { year: number };
  figures: Record<string, number | string | null> | null;
  attachment: { fileName: string; contentType: string; size: number; url: string } | null;
  submittedBy: { username: string } | null;
  revisions: { version: number; submittedOn: string; recordedBy: { username: string } | null }[];
}

export interface SubmitResult {
  submitReport: { submission: SubmissionView | null; userErrors: UserErrorView[] };
}

/** Calls submitReport with these input fields over HTTP. */
export const submit = (app: TestApp, token: string, input: Record<string, unknown>) =>
  app.gql<SubmitResult>(SUBMIT, { input }, token);

/** Row counts of the report tables: "nothing was written" is these staying equal. */
export const reportCounts = async (app: TestApp) => {
  const [row] = await app.orm.em.fork().execute<Record<string, number>[]>(
    `select (select count(*)::int from report_submission) as submissions,
            (select coalesce(sum(version), 0)::int from report_submission) as versions,
            (select count(*)::int from report_submission_revision) as revisions`,
  );
  return row;
};

export const CALENDAR = /* GraphQL */ `
  query Calendar($planId: ID!, $asOf: Date) {
    reportingCalendar(planId: $planId, asOf: $asOf) {
      kind dueOn unit { code } state daysLate submission { id submittedOn version }
    }
  }
`;

export interface ObligationView {
  kind: string;
  dueOn: string;
  unit: { code: string };
  state: string;
  daysLate: number;
  submission: { id: string; submittedOn: string; version: number } | null;
}

/** The calendar as "KIND UNIT STATE daysLate" lines, easy to compare whole. */
export const calendarLines = async (app: TestApp, token: string, planId: string, asOf?: string) => {
  const { data, errors } = await app.gql<{ reportingCalendar: ObligationView[] }>(CALENDAR, { planId, asOf }, token);
  if (errors || !data) throw new Error(JSON.stringify(errors));
  return data.reportingCalendar.map((row) => `${row.kind} ${row.unit.code} ${row.state} ${row.daysLate}`);
};

// The smallest files each allowed type starts with (what the server checks), padded.
export const FILES = {
  pdf: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(64, 0x20)]),
  png: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]),
  jpg: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64)]),
  zip: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64)]),
  ole: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64)]),
};

export const attachment = (fileName: string, content: Buffer) => ({
  fileName,
  contentBase64: content.toString('base64'),
});
