import { useState } from 'react';
import type { SubmissionFieldsFragment } from '../../../apollo/generated';
import { formatDong } from '../../../ui/amount';
import { formatDateTime } from '../../../ui/date-input';
import { downloadFromServer } from '../../../ui/download';
import { formatDate, formatNumber } from '../../../ui/format';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { FIGURE_NAMES } from '../model/report-form';

/** The reports received: unit, kind, due and submitted dates, days late, figures, the file. */
export function SubmissionTable({ submissions }: { submissions: readonly SubmissionFieldsFragment[] }) {
  const { t } = useI18n();
  const m = t.reports.list;
  const [failed, setFailed] = useState(false);

  const download = async (submission: SubmissionFieldsFragment) => {
    if (!submission.attachment) return;
    setFailed(false);
    try {
      await downloadFromServer(submission.attachment.url, submission.attachment.fileName);
    } catch {
      setFailed(true);
    }
  };

  return (
    <>
      {failed && (
        <p className="form-error" role="alert">
          {m.downloadFailed}
        </p>
      )}
      <div className="table-scroll">
        <table className="table reports-table submissions-table" data-testid="submissions">
          <caption className="visually-hidden">{m.title}</caption>
          <thead>
            <tr>
              <th scope="col">{m.columns.unit}</th>
              <th scope="col">{m.columns.kind}</th>
              <th scope="col">{m.columns.dueOn}</th>
              <th scope="col">{m.columns.submittedOn}</th>
              <th scope="col" className="number">
                {m.columns.daysLate}
              </th>
              <th scope="col">{m.columns.figures}</th>
              <th scope="col">{m.columns.attachment}</th>
            </tr>
          </thead>
          <tbody>
            {submissions.map((submission) => (
              <tr key={submission.id} data-testid={`submission-${submission.unit.name}-${submission.kind}`}>
                <th scope="row">
                  {submission.unit.name}
                  <span className="report-recorded">
                    {m.recorded(formatDateTime(submission.recordedAt), submission.submittedBy?.displayName ?? null)} ·{' '}
                    {m.version(submission.version)}
                  </span>
                </th>
                <td className="nowrap">{t.plan.deadlineKind[submission.kind]}</td>
                <td className="nowrap">{formatDate(submission.dueOn)}</td>
                <td className="nowrap">{formatDate(submission.submittedOn)}</td>
                <td className={`number${submission.daysLate > 0 ? ' report-late' : ''}`}>
                  {submission.daysLate > 0 ? (
                    <>
                      <span aria-hidden="true">⚠ </span>
                      {t.reports.days(submission.daysLate)}
                    </>
                  ) : (
                    m.onTime
                  )}
                </td>
                <td>
                  {submission.figures ? (
                    <dl className="figure-list">
                      {FIGURE_NAMES.map((name) => {
                        const value = submission.figures?.[name];
                        if (value === null || value === undefined) return null;
                        return (
                          <div key={name}>
                            <dt>{t.reports.figures[name]}</dt>
                            <dd>{typeof value === 'string' ? formatDong(BigInt(value)) : formatNumber(value)}</dd>
                          </div>
                        );
                      })}
                    </dl>
                  ) : (
                    '—'
                  )}
                  {submission.note && <p className="report-note">{submission.note}</p>}
                </td>
                <td className="attachment-cell">
                  {submission.attachment ? (
                    <button
                      type="button"
                      className="link-button"
                      aria-label={m.download(submission.attachment.fileName)}
                      onClick={() => void download(submission)}
                    >
                      <span aria-hidden="true">⤓ </span>
                      {submission.attachment.fileName}
                    </button>
                  ) : (
                    '—'
                  )}
                  {submission.attachment && (
                    <span className="field-hint">
                      {' '}
                      ({m.size(formatNumber(Math.max(1, Math.round(submission.attachment.size / 1024))))})
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
