import { type FormEvent, useId, useState } from 'react';
import type { Comparator } from '../../../apollo/generated';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { useSetTarget } from '../hooks/useTargets';
import { DEFAULT_COMPARATOR, parsePercent, percentInput, type TargetRow } from '../model/target-rows';

interface TargetEditorProps {
  planId: string;
  row: TargetRow;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** One row of the table turned into a form; the version it opened with goes back as expectedVersion. */
export function TargetEditor({ planId, row, onDone, onCancel }: TargetEditorProps) {
  const { t } = useI18n();
  const { setTarget, saving } = useSetTarget();
  const { target, indicator } = row;
  const [baseline, setBaseline] = useState(percentInput(target?.baseline ?? null));
  const [value, setValue] = useState(percentInput(target?.value ?? null));
  const [comparator, setComparator] = useState<Comparator>(target?.comparator ?? DEFAULT_COMPARATOR[indicator]);
  const [errors, setErrors] = useState<string[]>([]);
  // Kept from the opening so a concurrent change is refused, not overwritten.
  const [expectedVersion, setExpectedVersion] = useState<number | null>(target?.version ?? null);
  const ids = { baseline: useId(), value: useId(), comparator: useId() };
  const label = `${row.unit.name}, ${t.targets.indicator[indicator]}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsedValue = parsePercent(value);
    const parsedBaseline = baseline.trim() === '' ? null : parsePercent(baseline);
    const problems: string[] = [];
    if (!parsedValue.ok) problems.push(`${t.targets.columns.target}: ${t.targets.percentError[parsedValue.error]}`);
    if (parsedBaseline && !parsedBaseline.ok)
      problems.push(`${t.targets.columns.baseline}: ${t.targets.percentError[parsedBaseline.error]}`);
    if (problems.length > 0 || !parsedValue.ok || (parsedBaseline && !parsedBaseline.ok)) {
      setErrors(problems);
      return;
    }
    try {
      const result = await setTarget({
        planId,
        unitId: row.unit.id,
        indicator,
        comparator,
        value: parsedValue.value,
        baseline: parsedBaseline ? parsedBaseline.value : null,
        expectedVersion,
      });
      if (!result) {
        setErrors([t.targets.failed]);
        return;
      }
      if (result.userErrors.length > 0) {
        setErrors(
          result.userErrors.map((error) => {
            if (error.code === 'VERSION_CONFLICT' && result.target) {
              return t.targets.conflict(t.targets.value(indicator, result.target.value), result.target.version);
            }
            return `${t.targets.errorCode[error.code] ?? error.message} (${error.code})`;
          }),
        );
        // The officer's figures stay in the form; saving again is a deliberate overwrite of the
        // version the message names, never of one they have not seen.
        if (result.target) setExpectedVersion(result.target.version);
        return;
      }
      onDone(t.targets.saved(row.unit.name));
    } catch (error) {
      setErrors([`${t.targets.failed} ${error instanceof Error ? error.message : ''}`.trim()]);
    }
  };

  return (
    <tr className="target-editing" data-testid={`target-editor-${row.unit.name}-${indicator}`}>
      <th scope="row">{row.unit.name}</th>
      <td>{t.targets.indicator[indicator]}</td>
      <td>
        <label className="visually-hidden" htmlFor={ids.baseline}>
          {`${t.targets.columns.baseline}: ${label}`}
        </label>
        <input
          id={ids.baseline}
          name="baseline"
          form={`target-form-${row.key}`}
          inputMode="decimal"
          size={7}
          value={baseline}
          onChange={(event) => setBaseline(event.target.value)}
        />
      </td>
      <td>
        <label className="visually-hidden" htmlFor={ids.comparator}>
          {`${t.targets.columns.comparator}: ${label}`}
        </label>
        <select
          id={ids.comparator}
          name="comparator"
          form={`target-form-${row.key}`}
          value={comparator}
          onChange={(event) => setComparator(event.target.value as Comparator)}
        >
          <option value="AT_MOST">{t.targets.comparator.AT_MOST}</option>
          <option value="AT_LEAST">{t.targets.comparator.AT_LEAST}</option>
        </select>{' '}
        <label className="visually-hidden" htmlFor={ids.value}>
          {`${t.targets.columns.target}: ${label}`}
        </label>
        <input
          id={ids.value}
          name="value"
          form={`target-form-${row.key}`}
          inputMode="decimal"
          size={7}
          required
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
      </td>
      <td colSpan={2}>
        {errors.length > 0 && (
          <ul className="form-error" role="alert">
            {errors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <form id={`target-form-${row.key}`} onSubmit={(event) => void submit(event)}>
          <button type="submit" className="button-primary" disabled={saving}>
            {saving ? t.targets.saving : t.targets.save}
          </button>{' '}
          <button type="button" onClick={onCancel}>
            {t.targets.cancel}
          </button>
        </form>
      </td>
    </tr>
  );
}
