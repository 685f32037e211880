import { type FormEvent, useId, useState } from 'react';
import type { AdminUserFieldsFragment } from '../../../apollo/generated';
import { Dialog } from '../../../ui/Dialog';
import { describedBy, FieldErrors } from '../../../ui/FieldErrors';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { sortUserErrors, type UserErrorLike } from '../../../ui/user-errors';
import { useResetUserPassword } from '../hooks/useUserMutations';
import { userErrorText } from './messages';

interface ResetPasswordDialogProps {
  user: AdminUserFieldsFragment | null;
  onClose: () => void;
  onDone: (user: AdminUserFieldsFragment) => void;
}

/** An admin sets a new password for someone who lost theirs; their sessions end and any lock lifts. */
export function ResetPasswordDialog({ user, onClose, onDone }: ResetPasswordDialogProps) {
  const { t } = useI18n();
  const m = t.admin.users.reset;
  const { resetPassword, resetting } = useResetUserPassword();
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<readonly UserErrorLike[]>([]);
  const [failed, setFailed] = useState(false);
  const id = useId();

  const close = () => {
    setPassword('');
    setErrors([]);
    setFailed(false);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!user) return;
    setFailed(false);
    try {
      const payload = await resetPassword({ userId: user.id, newPassword: password });
      setErrors(payload.userErrors);
      if (payload.user && payload.userErrors.length === 0) {
        setPassword('');
        onDone(payload.user);
      }
    } catch {
      setFailed(true);
    }
  };

  const sorted = sortUserErrors(errors, ['newPassword'] as const);
  const messages = (sorted.fields.newPassword ?? []).map((error) => userErrorText(t, error));
  const formMessages = sorted.form.map((error) => userErrorText(t, error));
  if (failed) formMessages.push(t.admin.failed);
  const inputId = `${id}-password`;

  return (
    <Dialog title={user ? m.title(user.username) : ''} open={user !== null} onClose={close}>
      <p>{m.intro}</p>
      <form className="form" onSubmit={(event) => void submit(event)} data-testid="reset-password-form">
        <div className="field">
          <label htmlFor={inputId}>{m.newPassword}</label>
          <input
            id={inputId}
            name="newPassword"
            type="password"
            autoComplete="new-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            {...describedBy(`${inputId}-errors`, messages, `${inputId}-hint`)}
          />
          <span id={`${inputId}-hint`} className="field-hint">
            {t.admin.users.form.passwordHint}
          </span>
          <FieldErrors id={`${inputId}-errors`} messages={messages} />
        </div>
        {formMessages.length > 0 && (
          <p className="form-error" role="alert">
            {formMessages.join(' ')}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={resetting}>
            {resetting ? m.submitting : m.submit}
          </button>
          <button type="button" onClick={close}>
            {t.admin.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
