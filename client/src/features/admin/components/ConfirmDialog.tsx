import { Dialog } from '../../../ui/Dialog';
import { useI18n } from '../../../ui/i18n/I18nProvider';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  busy: boolean;
  /** Why the last attempt failed, if it did. */
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before an action that takes effect at once for someone else (revoking, disabling). */
export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  busy,
  error,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useI18n();
  return (
    <Dialog title={title} open={open} onClose={onCancel}>
      <p>{body}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button-danger" disabled={busy} onClick={onConfirm} data-testid="confirm">
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t.admin.cancel}
        </button>
      </div>
    </Dialog>
  );
}
