import {
  type AgCartesianChartOptions,
  BarSeriesModule,
  CategoryAxisModule,
  LegendModule,
  LocaleModule,
  ModuleRegistry,
  NumberAxisModule,
} from 'ag-charts-community';
import { AgCharts } from 'ag-charts-react';
import { useMemo } from 'react';
import { useI18n } from '../i18n/I18nProvider';

// AG Charts Community, only the modules the console draws with: bars on a category and a number
// axis, a legend, and the locale texts its screen-reader announcements use. The module loads with
// the pages that chart (they are lazy), never with the console's first download.
ModuleRegistry.registerModules([BarSeriesModule, CategoryAxisModule, NumberAxisModule, LegendModule, LocaleModule]);

// The console's type (app.css): a canvas cannot inherit it.
const FONT_FAMILY = '"Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';

/** The console's colours, in series order: calm blue, then green for what has been achieved. */
const FILLS = ['#9bb7d4', '#0b5394', '#1e6b3a', '#8a5300'];

export interface BarSeriesSpec<TDatum> {
  key: keyof TDatum & string;
  name: string;
  /** Overrides the palette for this series. */
  fill?: string;
}

export interface BarChartProps<TDatum> {
  data: TDatum[];
  /** The field that names each bar group (a project, a commune). */
  category: keyof TDatum & string;
  series: BarSeriesSpec<TDatum>[];
  /** What a screen reader hears for the chart; the figures themselves are in the table beside it. */
  label: string;
  /** Axis labels and tooltips, in the console's number format. */
  formatValue: (value: number) => string;
  axisTitle?: string;
  height?: number;
}

/** A grouped bar chart in the console's look. Charts only draw; every figure is in a table too. */
export function BarChart<TDatum extends object>({
  data,
  category,
  series,
  label,
  formatValue,
  axisTitle,
  height = 280,
}: BarChartProps<TDatum>) {
  const { t } = useI18n();
  const options = useMemo<AgCartesianChartOptions>(
    () => ({
      data,
      height,
      padding: { top: 8, right: 16, bottom: 8, left: 8 },
      background: { fill: 'transparent' },
      animation: { enabled: false },
      locale: {
        getLocaleText: ({ key, variables }: { key: string; variables: Record<string, unknown> }) =>
          t.chart.text[key]?.(variables),
      },
      theme: {
        baseTheme: 'ag-default',
        palette: { fills: FILLS, strokes: FILLS },
        params: { fontFamily: FONT_FAMILY, fontSize: 14, foregroundColor: '#1c2733' },
      },
      legend: { position: 'top', item: { marker: { shape: 'square' }, label: { fontSize: 13 } } },
      series: series.map((spec) => ({
        type: 'bar' as const,
        xKey: category,
        yKey: spec.key,
        yName: spec.name,
        ...(spec.fill ? { fill: spec.fill, stroke: spec.fill } : {}),
        tooltip: {
          renderer: ({ datum }: { datum: TDatum }) => ({
            heading: String(datum[category]),
            data: [{ label: spec.name, value: formatValue(Number(datum[spec.key])) }],
          }),
        },
      })),
      axes: {
        x: { type: 'category', position: 'bottom', label: { wrapping: 'on-space', fontSize: 13 } },
        y: {
          type: 'number',
          position: 'left',
          label: { fontSize: 13, formatter: ({ value }: { value: number }) => formatValue(value) },
          ...(axisTitle ? { title: { text: axisTitle } } : {}),
        },
      },
    }),
    [data, category, series, formatValue, axisTitle, height, t],
  );
  return (
    <figure className="chart" aria-label={label}>
      <AgCharts options={options} />
    </figure>
  );
}
