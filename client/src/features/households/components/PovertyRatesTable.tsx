import { useQuery } from '@apollo/client/react';
import { PovertyRatesDocument } from '../../../apollo/generated';
import { formatNumber, formatPercent } from '../../../ui/format';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { QueryStatus } from '../../../ui/QueryStatus';
import { Section } from '../../../ui/Section';
import { totalOf } from '../model/rates';

/** Counts and rates per commune: what every role may see, names or not. */
export function PovertyRatesTable({ year }: { year: number }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(PovertyRatesDocument, { variables: { year } });
  const rows = data?.povertyRates ?? [];
  const columns = t.households.ratesColumns;
  const total = totalOf(rows);
  return (
    <Section title={t.households.rates(year)}>
      <QueryStatus loading={loading && !data} error={error} onRetry={() => void refetch()} />
      {data && rows.length === 0 && <p className="empty">{t.households.noRates}</p>}
      {rows.length > 0 && (
        <table className="table" data-testid="poverty-rates">
          <thead>
            <tr>
              <th scope="col">{columns.unit}</th>
              <th scope="col">{columns.households}</th>
              <th scope="col">{columns.poor}</th>
              <th scope="col">{columns.nearPoor}</th>
              <th scope="col">{columns.rate}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.unit.id} data-testid={`rate-${row.unit.name}`}>
                <th scope="row">{row.unit.name}</th>
                <td className="number">{formatNumber(row.households)}</td>
                <td className="number">{formatNumber(row.poor)}</td>
                <td className="number">{formatNumber(row.nearPoor)}</td>
                <td className="number">{formatPercent(row.rate)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-testid="rate-total">
              <th scope="row">{t.households.ratesTotal}</th>
              <td className="number">{formatNumber(total.households)}</td>
              <td className="number">{formatNumber(total.poor)}</td>
              <td className="number">{formatNumber(total.nearPoor)}</td>
              <td className="number">{total.rate === null ? '—' : formatPercent(total.rate)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </Section>
  );
}
