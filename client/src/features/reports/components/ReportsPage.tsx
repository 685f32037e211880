import '../reports.css';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { useDocumentTitle } from '../../../ui/layout/useDocumentTitle';
import { QueryStatus } from '../../../ui/QueryStatus';
import { Section } from '../../../ui/Section';
import { useYearParam } from '../../../ui/useYearParam';
import { ExportButtons } from '../../exports';
import { YearSelect } from '../../plan';
import { useReportSubmissions, useReportsCalendar, useReportsPlan } from '../hooks/useReports';
import { lateAndMissing, maySubmit, type ReportViewer } from '../model/report-form';
import { AttentionTable } from './AttentionTable';
import { SubmissionTable } from './SubmissionTable';
import { SubmitReportForm } from './SubmitReportForm';

/** Báo cáo: who has reported, who is late, what they sent; recording a report for those who may. */
export function ReportsPage() {
  const { t } = useI18n();
  const [year, setYear] = useYearParam();
  const { plan, viewer, loaded, loading, error, retry } = useReportsPlan(year);
  useDocumentTitle(t.nav.sections.reports);

  return (
    <div className="page">
      <header className="page-header">
        <div className="page-title">
          <h1>{t.nav.sections.reports}</h1>
          <p className="page-intro">{t.reports.intro}</p>
        </div>
        <YearSelect value={year} onChange={setYear} />
      </header>
      <QueryStatus loading={loading} error={error} onRetry={retry} />
      {loaded && !plan && <p className="empty">{t.reports.none(year)}</p>}
      {plan && viewer && <PlanReports planId={plan.id} year={plan.year} viewer={viewer} />}
    </div>
  );
}

function PlanReports({ planId, year, viewer }: { planId: string; year: number; viewer: ReportViewer }) {
  const { t } = useI18n();
  const calendar = useReportsCalendar(planId);
  const list = useReportSubmissions(planId);
  const canSubmit = maySubmit(viewer);

  return (
    <>
      <ExportButtons planId={planId} year={year} documents={['results']} />
      <Section title={t.reports.attention.title}>
        <p className="section-intro">{t.reports.attention.intro}</p>
        <QueryStatus loading={calendar.loading} error={calendar.error} onRetry={calendar.retry} />
        {calendar.obligations && <AttentionTable obligations={lateAndMissing(calendar.obligations)} />}
      </Section>
      <Section title={t.reports.list.title}>
        <QueryStatus loading={list.loading} error={list.error} onRetry={list.retry} />
        {list.submissions && list.submissions.length === 0 && <p className="empty">{t.reports.list.empty}</p>}
        {list.submissions && list.submissions.length > 0 && (
          <>
            <p className="field-hint" role="status">
              {t.reports.list.total(list.totalCount)}
            </p>
            <SubmissionTable submissions={list.submissions} />
            {list.hasMore && (
              <button type="button" onClick={list.loadMore}>
                {t.reports.list.loadMore}
              </button>
            )}
          </>
        )}
      </Section>
      {canSubmit ? (
        <Section title={t.reports.form.title}>
          {calendar.obligations && (
            <SubmitReportForm planId={planId} obligations={calendar.obligations} viewer={viewer} />
          )}
        </Section>
      ) : (
        <p className="notice" data-testid="reports-read-only">
          {t.reports.readOnly}
        </p>
      )}
    </>
  );
}
