import type { ReactNode } from 'react';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import type { MoneyLine } from '../model/money';
import { dongText, shareText } from './format';

interface MoneyTableProps<T> {
  caption: string;
  /** The first column's heading and each line's name. */
  heading: string;
  lines: readonly MoneyLine<T>[];
  name: (item: T) => ReactNode;
  rowKey: (item: T) => string;
  total?: MoneyLine<null>;
  testId: string;
}

/** Assigned, allocated and disbursed, exact to the đồng, with the shares computed from them. */
export function MoneyTable<T>({ caption, heading, lines, name, rowKey, total, testId }: MoneyTableProps<T>) {
  const { t } = useI18n();
  const columns = t.dashboard.money.columns;
  const cells = (line: MoneyLine<unknown>) => (
    <>
      <td className="number">{dongText(line.assigned)}</td>
      <td className="number">{dongText(line.allocated)}</td>
      <td className="number">{dongText(line.disbursed)}</td>
      <td className="number">{shareText(line.allocatedShare)}</td>
      <td className="number">{shareText(line.disbursedShare)}</td>
    </>
  );
  return (
    <table className="table dashboard-table" data-testid={testId}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col" className="number">
            {columns.assigned}
          </th>
          <th scope="col" className="number">
            {columns.allocated}
          </th>
          <th scope="col" className="number">
            {columns.disbursed}
          </th>
          <th scope="col" className="number">
            {columns.allocatedShare}
          </th>
          <th scope="col" className="number">
            {columns.disbursedShare}
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={rowKey(line.item)} data-testid={`${testId}-${rowKey(line.item)}`}>
            <th scope="row">{name(line.item)}</th>
            {cells(line)}
          </tr>
        ))}
      </tbody>
      {total && (
        <tfoot>
          <tr data-testid={`${testId}-total`}>
            <th scope="row">{t.dashboard.money.total}</th>
            {cells(total)}
          </tr>
        </tfoot>
      )}
    </table>
  );
}
