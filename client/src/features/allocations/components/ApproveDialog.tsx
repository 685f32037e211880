import { type FormEvent, useId, useState } from 'react';
import { Dialog } from '../../../ui/Dialog';
import { parseDisplayDate } from '../../../ui/date-input';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { useApproveAllocations } from '../hooks/useBudgetMutations';
import { DecisionFields } from './DecisionFields';

interface ApproveDialogProps {
  open: boolean;
  planId: string;
  hasDrafts: boolean;
  onClose: () => void;
  onApproved: () => void;
}

/** Phê duyệt: the district's decision that approves and locks the allocations. */
export function ApproveDialog({ open, planId, hasDrafts, onClose, onApproved }: ApproveDialogProps) {
  const { t } = useI18n();
  const m = t.allocations.approve;
  const { approve, loading } = useApproveAllocations();
  const id = useId();
  const [number, setNumber] = useState('');
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const isoDate = parseDisplayDate(date);
    if (!number.trim() || !isoDate) {
      setError(
        !number.trim() ? `${m.decisionNumber}: ${t.allocations.assign.required}` : t.allocations.assign.invalidDate,
      );
      return;
    }
    try {
      const payload = await approve({ planId, decisionNumber: number.trim(), decisionDate: isoDate });
      if (payload.userErrors.length > 0) {
        setError(payload.userErrors.map((issue) => t.allocations.errorCode[issue.code] ?? issue.message).join(' '));
        return;
      }
      setError(null);
      onApproved();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };

  return (
    <Dialog title={m.title} open={open} onClose={onClose}>
      <p>{m.intro}</p>
      {hasDrafts ? (
        <>
          <p className="form-error" role="alert">
            {m.blockedByDrafts}
          </p>
          <div className="form-actions">
            <button type="button" onClick={onClose}>
              {m.cancel}
            </button>
          </div>
        </>
      ) : (
        <form className="form" onSubmit={onSubmit} noValidate>
          <DecisionFields
            id={id}
            name="approval"
            labels={m}
            number={number}
            date={date}
            onNumber={setNumber}
            onDate={setDate}
          />
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={loading} data-testid="approve-submit">
              {m.submit}
            </button>
            <button type="button" onClick={onClose}>
              {m.cancel}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
