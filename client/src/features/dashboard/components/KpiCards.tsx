import type { ReactNode } from 'react';
import { formatPercent } from '../../../ui/format';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import type { MoneyLine } from '../model/money';
import { AT_RISK_STANDINGS, type PlanTarget, type RateOverview } from '../model/rates';
import { dongText, shareText } from './format';
import { StandingBadge } from './StandingBadge';

interface KpiProps {
  title: string;
  figure: string;
  lines: ReactNode;
  atRisk?: boolean;
  /** The figure is words ("no review yet"), set smaller than a number. */
  wordy?: boolean;
  testId: string;
}

/** One headline figure; a card at risk says so in words and with an icon, its border only repeats it. */
export function Kpi({ title, figure, lines, atRisk = false, wordy = false, testId }: KpiProps) {
  return (
    <section className={`kpi${atRisk ? ' kpi-at-risk' : ''}`} data-testid={testId} aria-label={title}>
      <h2 className="kpi-title">{title}</h2>
      <p className={`kpi-figure${wordy ? ' kpi-figure-words' : ''}`}>{figure}</p>
      {lines}
    </section>
  );
}

/** The district's rate and its reduction, each against its target. */
export function RateKpis({ overview, year }: { overview: RateOverview<PlanTarget>; year: number }) {
  const { t } = useI18n();
  const { district, reductionTarget } = overview;
  const targetText = (target: PlanTarget) =>
    `${t.targets.comparator[target.comparator]} ${t.targets.value(target.indicator, target.value)}`;
  return (
    <>
      <Kpi
        title={t.dashboard.districtRate.title}
        testId="kpi-district-rate"
        atRisk={AT_RISK_STANDINGS.includes(district.standing)}
        figure={
          district.reading
            ? t.dashboard.reading(formatPercent(district.reading.rate), district.reading.year)
            : t.dashboard.noReading
        }
        lines={
          <>
            <p className="kpi-target">
              {district.target
                ? t.dashboard.districtRate.target(targetText(district.target))
                : t.dashboard.districtRate.noTarget}
            </p>
            <StandingBadge
              standing={district.standing}
              detail={district.gap === null ? null : t.dashboard.gap(district.gap)}
            />
          </>
        }
      />
      <Kpi
        title={t.dashboard.reduction.title}
        testId="kpi-reduction"
        wordy={reductionTarget?.actual == null}
        atRisk={AT_RISK_STANDINGS.includes(overview.reduction)}
        figure={
          reductionTarget?.actual != null
            ? t.dashboard.reduction.actual(t.targets.value('POOR_HOUSEHOLD_RATE_REDUCTION', reductionTarget.actual))
            : t.dashboard.reduction.unknown(year)
        }
        lines={
          <>
            <p className="kpi-target">
              {reductionTarget
                ? t.dashboard.reduction.target(targetText(reductionTarget))
                : t.dashboard.districtRate.noTarget}
            </p>
            <StandingBadge standing={overview.reduction} />
          </>
        }
      />
    </>
  );
}

/** The share of the plan's money paid out so far. */
export function DisbursementKpi({ total }: { total: MoneyLine<null> | null }) {
  const { t } = useI18n();
  const m = t.dashboard.money;
  return (
    <Kpi
      title={m.kpiTitle}
      testId="kpi-disbursement"
      figure={total ? m.kpiDisbursed(shareText(total.disbursedShare)) : '…'}
      lines={total && <p className="kpi-target">{m.kpiAmounts(dongText(total.disbursed), dongText(total.assigned))}</p>}
    />
  );
}

/** Reports past their deadline: missing ones, and ones that came late. */
export function ReportsKpi({ late, overdue }: { late: number; overdue: number } | { late: null; overdue: null }) {
  const { t } = useI18n();
  const m = t.dashboard.reports;
  const any = (late ?? 0) + (overdue ?? 0) > 0;
  return (
    <Kpi
      title={m.kpiTitle}
      testId="kpi-reports"
      wordy
      atRisk={any}
      figure={late === null ? '…' : any ? m.kpiLate(late, overdue) : m.kpiNone}
      lines={
        late !== null && (
          <p className={`standing ${any ? 'standing-risk' : 'standing-ok'}`}>
            <span className="standing-icon" aria-hidden="true">
              {any ? '⚠' : '✓'}
            </span>{' '}
            <a href="#reporting-calendar">{m.title}</a>
          </p>
        )
      }
    />
  );
}
