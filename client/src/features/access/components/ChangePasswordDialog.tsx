import { type FormEvent, useId, useState } from 'react';
import { Dialog } from '../../../ui/Dialog';
import { describedBy, FieldErrors } from '../../../ui/FieldErrors';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { sortUserErrors, type UserErrorLike } from '../../../ui/user-errors';
import { useChangePassword } from '../hooks/useChangePassword';
import {
  confirmationProblem,
  PASSWORD_FIELDS,
  type PasswordChangeForm,
  type PasswordField,
} from '../model/password-form';

const EMPTY: PasswordChangeForm = { currentPassword: '', newPassword: '', confirmation: '' };

interface ChangePasswordDialogProps {
  open: boolean;
  onClose: () => void;
}

/** The viewer's own password: current, new, new again; the server says whether the new one will do. */
export function ChangePasswordDialog({ open, onClose }: ChangePasswordDialogProps) {
  const { t } = useI18n();
  const m = t.account.password;
  const { changePassword, changing } = useChangePassword();
  const [form, setForm] = useState<PasswordChangeForm>(EMPTY);
  const [errors, setErrors] = useState<readonly UserErrorLike[]>([]);
  const [failed, setFailed] = useState(false);
  const [done, setDone] = useState(false);
  const id = useId();

  const close = () => {
    // Passwords never outlive the dialog.
    setForm(EMPTY);
    setErrors([]);
    setFailed(false);
    setDone(false);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailed(false);
    if (confirmationProblem(form)) {
      setErrors([{ code: 'MISMATCH', message: m.mismatch, field: ['input', 'confirmation'] }]);
      return;
    }
    try {
      const payload = await changePassword({ currentPassword: form.currentPassword, newPassword: form.newPassword });
      if (!payload) throw new Error('no answer');
      if (payload.changed) {
        setForm(EMPTY);
        setErrors([]);
        setDone(true);
      } else {
        setErrors(payload.userErrors);
      }
    } catch {
      setFailed(true);
    }
  };

  const sorted = sortUserErrors(errors, PASSWORD_FIELDS);
  const messagesOf = (field: PasswordField) =>
    (sorted.fields[field] ?? []).map((error) =>
      error.code === 'MISMATCH' ? m.mismatch : (m.errorCode[error.code] ?? error.message),
    );
  const formMessages = sorted.form.map((error) => m.errorCode[error.code] ?? error.message);
  if (failed) formMessages.push(m.failed);

  const field = (name: PasswordField, label: string, autoComplete: string, hint?: string) => {
    const messages = messagesOf(name);
    const inputId = `${id}-${name}`;
    return (
      <div className="field">
        <label htmlFor={inputId}>{label}</label>
        <input
          id={inputId}
          name={name}
          type="password"
          autoComplete={autoComplete}
          required
          value={form[name]}
          onChange={(event) => setForm({ ...form, [name]: event.target.value })}
          {...describedBy(`${inputId}-errors`, messages, hint ? `${inputId}-hint` : undefined)}
        />
        {hint && (
          <span id={`${inputId}-hint`} className="field-hint">
            {hint}
          </span>
        )}
        <FieldErrors id={`${inputId}-errors`} messages={messages} />
      </div>
    );
  };

  return (
    <Dialog title={m.title} open={open} onClose={close}>
      {done ? (
        <>
          <p className="form-success" role="status" data-testid="password-changed">
            {m.done}
          </p>
          <div className="form-actions">
            <button type="button" className="button-primary" onClick={close}>
              {m.close}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{m.intro}</p>
          <form className="form" onSubmit={(event) => void submit(event)} data-testid="change-password-form">
            {field('currentPassword', m.current, 'current-password')}
            {field('newPassword', m.new, 'new-password', m.newHint)}
            {field('confirmation', m.confirm, 'new-password')}
            {formMessages.length > 0 && (
              <p className="form-error" role="alert">
                {formMessages.join(' ')}
              </p>
            )}
            <div className="form-actions">
              <button type="submit" className="button-primary" disabled={changing}>
                {changing ? m.submitting : m.submit}
              </button>
              <button type="button" onClick={close}>
                {m.cancel}
              </button>
            </div>
          </form>
        </>
      )}
    </Dialog>
  );
}
