import '../dashboard.css';
import { lazy, Suspense, useMemo } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../../ui/format';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { SECTION_PATHS } from '../../../ui/layout/sections';
import { useDocumentTitle } from '../../../ui/layout/useDocumentTitle';
import { QueryStatus } from '../../../ui/QueryStatus';
import { Section } from '../../../ui/Section';
import { useYearParam } from '../../../ui/useYearParam';
import { todayInVietnam } from '../../../ui/vietnam-time';
import { ExportButtons } from '../../exports';
import { YearSelect } from '../../plan';
import { type DashboardData, type DashboardPlan, useDashboard } from '../hooks/useDashboard';
import { reportingMatrix } from '../model/calendar';
import { type MoneyLine, moneyOverview } from '../model/money';
import { rateOverview } from '../model/rates';
import { dongText, shareText } from './format';
import { DisbursementKpi, RateKpis, ReportsKpi } from './KpiCards';
import { MoneyTable } from './MoneyTable';
import { RatesTable } from './RatesTable';
import { ReportingCalendar } from './ReportingCalendar';

// AG Charts arrives after the figures: the tables (the same numbers) are readable before it loads.
const ProjectMoneyChart = lazy(async () => ({ default: (await import('./DashboardCharts')).ProjectMoneyChart }));
const RatesChart = lazy(async () => ({ default: (await import('./DashboardCharts')).RatesChart }));

const REPORTS_PATH = SECTION_PATHS.reports;

const chartLoading = <div className="chart-placeholder" aria-hidden="true" />;

/** Tổng quan: what a district leader needs to see on signing in, for one plan year. Reads only. */
export function DashboardPage() {
  const { t } = useI18n();
  const [year, setYear] = useYearParam();
  const dashboard = useDashboard(year);
  const { plan } = dashboard;
  useDocumentTitle(t.dashboard.title);

  return (
    <div className="page page-dashboard">
      <header className="page-header">
        <div className="page-title">
          <h1>{t.dashboard.title}</h1>
          {plan && (
            <p className="page-intro">{t.dashboard.intro(year, t.plan.place('DISTRICT', plan.district.name))}</p>
          )}
        </div>
        <YearSelect value={year} onChange={setYear} />
      </header>
      <QueryStatus loading={dashboard.loading} error={dashboard.error} onRetry={dashboard.retry} />
      {dashboard.loaded && !plan && <p className="empty">{t.dashboard.none(year)}</p>}
      {plan && <DashboardBody plan={plan} dashboard={dashboard} />}
    </div>
  );
}

function DashboardBody({ plan, dashboard }: { plan: DashboardPlan; dashboard: DashboardData }) {
  const { t } = useI18n();
  const { rates, money, calendar } = dashboard;
  const rateLines = useMemo(() => (rates.data ? rateOverview(plan, rates.data) : null), [plan, rates.data]);
  const moneyLines = useMemo(() => (money.data ? moneyOverview(money.data) : null), [money.data]);
  const matrix = useMemo(
    () => (calendar.data ? reportingMatrix(calendar.data.reportingCalendar) : null),
    [calendar.data],
  );
  const m = t.dashboard.money;

  return (
    <>
      <div className="kpi-strip">
        {rateLines ? <RateKpis overview={rateLines} year={plan.year} /> : null}
        <DisbursementKpi total={moneyLines?.projectTotal ?? null} />
        {matrix ? (
          <ReportsKpi late={matrix.late} overdue={matrix.overdue} />
        ) : (
          <ReportsKpi late={null} overdue={null} />
        )}
      </div>
      <ExportButtons planId={plan.id} year={plan.year} />

      <Section title={t.dashboard.rates.title}>
        <p className="section-intro">{t.dashboard.rates.intro(plan.year)}</p>
        <QueryStatus loading={rates.loading} error={rates.error} onRetry={rates.retry} />
        {rateLines && (
          <div className="chart-and-table">
            <Suspense fallback={chartLoading}>
              <RatesChart district={rateLines.district} communes={rateLines.communes} year={plan.year} />
            </Suspense>
            <RatesTable district={rateLines.district} communes={rateLines.communes} />
          </div>
        )}
      </Section>

      <Section title={t.dashboard.reports.title} id="reporting-calendar">
        <p className="section-intro">{t.dashboard.reports.asOf(formatDate(todayInVietnam()))}</p>
        <QueryStatus loading={calendar.loading} error={calendar.error} onRetry={calendar.retry} />
        {matrix && matrix.columns.length === 0 && <p className="empty">{t.dashboard.reports.empty}</p>}
        {matrix && matrix.columns.length > 0 && <ReportingCalendar columns={matrix.columns} rows={matrix.rows} />}
        <p>
          <Link to={REPORTS_PATH}>{t.dashboard.reports.open}</Link>
        </p>
      </Section>

      <Section title={m.byProject}>
        <p className="section-intro">{m.unitNote}</p>
        <QueryStatus loading={money.loading} error={money.error} onRetry={money.retry} />
        {moneyLines && moneyLines.projects.length === 0 && <p className="empty">{m.empty}</p>}
        {moneyLines && moneyLines.projects.length > 0 && (
          <>
            <Suspense fallback={chartLoading}>
              <ProjectMoneyChart lines={moneyLines.projects} />
            </Suspense>
            <MoneyTable
              caption={m.byProject}
              heading={m.columns.project}
              lines={moneyLines.projects}
              rowKey={(project) => project.code}
              name={(project) => (
                <>
                  <span className="row-code">{m.project(project.code)}</span>{' '}
                  <span className="row-name">{project.name}</span>
                </>
              )}
              total={moneyLines.projectTotal}
              testId="money-by-project"
            />
          </>
        )}
      </Section>

      {moneyLines && moneyLines.projects.length > 0 && (
        <>
          <Section title={m.bySource}>
            <MoneyTable
              caption={m.bySource}
              heading={m.columns.source}
              lines={moneyLines.sources}
              rowKey={(source) => source}
              name={(source) => t.allocations.source[source]}
              total={moneyLines.sourceTotal}
              testId="money-by-source"
            />
          </Section>
          <Section title={m.lowest}>
            <p className="section-intro">{m.lowestIntro}</p>
            <LowestTable lines={moneyLines.lowest} />
          </Section>
        </>
      )}
    </>
  );
}

function LowestTable({ lines }: { lines: readonly MoneyLine<{ id: string; name: string }>[] }) {
  const { t } = useI18n();
  const columns = t.dashboard.money.columns;
  return (
    <table className="table dashboard-table" data-testid="lowest-disbursement">
      <caption className="visually-hidden">{t.dashboard.money.lowest}</caption>
      <thead>
        <tr>
          <th scope="col">{columns.unit}</th>
          <th scope="col" className="number">
            {columns.allocatedToUnit}
          </th>
          <th scope="col" className="number">
            {columns.disbursed}
          </th>
          <th scope="col" className="number">
            {columns.disbursedShare}
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.item.id} data-testid={`lowest-${line.item.name}`}>
            <th scope="row">{line.item.name}</th>
            <td className="number">{dongText(line.assigned)}</td>
            <td className="number">{dongText(line.disbursed)}</td>
            <td className="number">{shareText(line.disbursedShare)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
