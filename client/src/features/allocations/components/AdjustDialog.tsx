import { type FormEvent, useId, useState } from 'react';
import { Dialog } from '../../../ui/Dialog';
import { parseDisplayDate } from '../../../ui/date-input';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { TEXT_LIMITS } from '../../../ui/text-limits';
import type { Adjustment } from '../hooks/useBudgetMutations';
import type { GeneralIssue } from './AllocationWorkspace';
import { DecisionFields } from './DecisionFields';

interface AdjustDialogProps {
  open: boolean;
  count: number;
  issues: readonly GeneralIssue[];
  saving: boolean;
  onClose: () => void;
  onSubmit: (adjustment: Adjustment) => Promise<void>;
}

/** Điều chỉnh: approved allocations change only under an adjusting decision, with a reason. */
export function AdjustDialog({ open, count, issues, saving, onClose, onSubmit }: AdjustDialogProps) {
  const { t } = useI18n();
  const m = t.allocations.adjust;
  const id = useId();
  const [number, setNumber] = useState('');
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const isoDate = parseDisplayDate(date);
    if (!number.trim() || !reason.trim()) {
      setError(t.allocations.assign.required);
      return;
    }
    if (!isoDate) {
      setError(t.allocations.assign.invalidDate);
      return;
    }
    setError(null);
    await onSubmit({ decisionNumber: number.trim(), decisionDate: isoDate, reason: reason.trim() });
  };

  return (
    <Dialog title={m.title} open={open} onClose={onClose}>
      <p>{m.intro(count)}</p>
      <form className="form" onSubmit={submit} noValidate>
        <DecisionFields
          id={id}
          name="adjust"
          labels={m}
          number={number}
          date={date}
          onNumber={setNumber}
          onDate={setDate}
        />
        <div className="field">
          <label htmlFor={`${id}-reason`}>{m.reason}</label>
          <textarea
            id={`${id}-reason`}
            name="adjustReason"
            rows={3}
            maxLength={TEXT_LIMITS.adjustmentReason}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
        {(error || issues.length > 0) && (
          <p className="form-error" role="alert">
            {[error, ...issues.map((issue) => t.allocations.errorCode[issue.code] ?? issue.message)]
              .filter(Boolean)
              .join(' ')}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={saving} data-testid="adjust-submit">
            {m.submit}
          </button>
          <button type="button" onClick={onClose}>
            {m.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
