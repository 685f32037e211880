import { formatPercent } from '../../../ui/format';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { AT_RISK_STANDINGS, type PlanTarget, type UnitRate } from '../model/rates';
import { StandingBadge } from './StandingBadge';

interface RatesTableProps {
  district: UnitRate<PlanTarget>;
  communes: readonly UnitRate<PlanTarget>[];
}

/** The rates chart's figures as a table: the district first, then each commune against its own target. */
export function RatesTable({ district, communes }: RatesTableProps) {
  const { t } = useI18n();
  const m = t.dashboard.rates;
  const row = (line: UnitRate<PlanTarget>, name: string, testId: string) => (
    <tr
      key={line.unit.id}
      data-testid={testId}
      className={AT_RISK_STANDINGS.includes(line.standing) ? 'row-at-risk' : undefined}
    >
      <th scope="row">{name}</th>
      <td className="number">
        {line.reading
          ? t.dashboard.reading(formatPercent(line.reading.rate), line.reading.year)
          : t.dashboard.noReading}
      </td>
      <td className="number">
        {line.target
          ? `${t.targets.comparator[line.target.comparator]} ${t.targets.value('POOR_HOUSEHOLD_RATE', line.target.value)}`
          : m.noTarget}
      </td>
      <td>
        <StandingBadge standing={line.standing} detail={line.gap === null ? null : t.dashboard.gap(line.gap)} />
      </td>
    </tr>
  );
  return (
    <table className="table dashboard-table" data-testid="rates-table">
      <caption className="visually-hidden">{m.title}</caption>
      <thead>
        <tr>
          <th scope="col">{m.columns.unit}</th>
          <th scope="col" className="number">
            {m.columns.rate}
          </th>
          <th scope="col" className="number">
            {m.columns.target}
          </th>
          <th scope="col">{m.columns.standing}</th>
        </tr>
      </thead>
      <tbody>
        {row(district, m.districtRow, 'rate-row-district')}
        {communes.map((line) => row(line, line.unit.name, `rate-row-${line.unit.name}`))}
      </tbody>
    </table>
  );
}
