import { useMemo } from 'react';
import { BarChart } from '../../../ui/chart/BarChart';
import { formatNumber, formatPercent } from '../../../ui/format';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { type MoneyLine, millionsForChart } from '../model/money';
import type { PlanTarget, UnitRate } from '../model/rates';

// Loaded after the dashboard's figures (see DashboardPage): AG Charts is the largest thing it uses.

interface ProjectBar {
  project: string;
  assigned: number;
  allocated: number;
  disbursed: number;
}

/** Assigned, allocated and disbursed per project, in millions of đồng. */
export function ProjectMoneyChart({ lines }: { lines: readonly MoneyLine<{ code: string }>[] }) {
  const { t } = useI18n();
  const m = t.dashboard.money;
  const data = useMemo<ProjectBar[]>(
    () =>
      lines.map((line) => ({
        project: m.project(line.item.code),
        assigned: millionsForChart(line.assigned),
        allocated: millionsForChart(line.allocated),
        disbursed: millionsForChart(line.disbursed),
      })),
    [lines, m],
  );
  const series = useMemo(
    () => [
      { key: 'assigned' as const, name: m.columns.assigned },
      { key: 'allocated' as const, name: m.columns.allocated },
      { key: 'disbursed' as const, name: m.columns.disbursed },
    ],
    [m],
  );
  return (
    <BarChart
      data={data}
      category="project"
      series={series}
      label={m.chartLabel}
      formatValue={formatNumber}
      axisTitle={t.allocations.unit.MILLION}
    />
  );
}

interface RateBar {
  unit: string;
  rate: number | null;
  target: number | null;
}

/** Each unit's latest poor-household rate beside its own target, in percent. */
export function RatesChart({
  district,
  communes,
  year,
}: {
  district: UnitRate<PlanTarget>;
  communes: readonly UnitRate<PlanTarget>[];
  year: number;
}) {
  const { t } = useI18n();
  const m = t.dashboard.rates;
  const data = useMemo<RateBar[]>(
    () =>
      [{ ...district, unit: { ...district.unit, name: m.districtRow } }, ...communes].map((line) => ({
        unit: line.unit.name,
        rate: line.reading?.rate ?? null,
        target: line.target?.value ?? null,
      })),
    [district, communes, m],
  );
  const series = useMemo(
    () => [
      { key: 'rate' as const, name: m.seriesRate, fill: '#0b5394' },
      { key: 'target' as const, name: m.seriesTarget(year), fill: '#b3bcc5' },
    ],
    [m, year],
  );
  return <BarChart data={data} category="unit" series={series} label={m.chartLabel} formatValue={formatPercent} />;
}
