import { useState } from 'react';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { Section } from '../../../ui/Section';
import type { TargetRow } from '../model/target-rows';
import { MetCell } from './MetCell';
import { TargetEditor } from './TargetEditor';

interface TargetTableProps {
  title: string;
  planId: string;
  rows: readonly TargetRow[];
  canEdit: boolean;
  testId: string;
}

export function TargetTable({ title, planId, rows, canEdit, testId }: TargetTableProps) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const columns = t.targets.columns;

  return (
    <Section title={title}>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <table className="table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{columns.unit}</th>
            <th scope="col">{columns.indicator}</th>
            <th scope="col">{columns.baseline}</th>
            <th scope="col">{columns.target}</th>
            <th scope="col">{columns.actual}</th>
            <th scope="col">{columns.met}</th>
            {canEdit && <th scope="col">{columns.actions}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { target, indicator } = row;
            if (canEdit && editing === row.key) {
              return (
                <TargetEditor
                  key={row.key}
                  planId={planId}
                  row={row}
                  onDone={(message) => {
                    setEditing(null);
                    setNotice(message);
                  }}
                  onCancel={() => setEditing(null)}
                />
              );
            }
            return (
              <tr key={row.key} data-testid={`target-row-${row.unit.name}-${indicator}`}>
                <th scope="row">{row.unit.name}</th>
                <td>{t.targets.indicator[indicator]}</td>
                <td className="number">
                  {target?.baseline != null ? t.targets.value(indicator, target.baseline) : t.targets.unknown}
                </td>
                <td className="number">
                  {target
                    ? `${t.targets.comparator[target.comparator]} ${t.targets.value(indicator, target.value)}`
                    : t.targets.notSet}
                </td>
                <td className="number">
                  {target?.actual != null ? t.targets.value(indicator, target.actual) : t.targets.unknown}
                </td>
                <td>{target ? <MetCell met={target.met} /> : t.targets.unknown}</td>
                {canEdit && (
                  <td>
                    <button
                      type="button"
                      onClick={() => {
                        setNotice(null);
                        setEditing(row.key);
                      }}
                      aria-label={`${target ? t.targets.edit : t.targets.set}: ${row.unit.name}, ${t.targets.indicator[indicator]}`}
                    >
                      {target ? t.targets.edit : t.targets.set}
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </Section>
  );
}
