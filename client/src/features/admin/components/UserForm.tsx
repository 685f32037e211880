import { type FormEvent, useId, useState } from 'react';
import type { AdminUserFieldsFragment, AdminUserPayloadFragment, Role } from '../../../apollo/generated';
import { describedBy, FieldErrors } from '../../../ui/FieldErrors';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { sortUserErrors, type UserErrorLike } from '../../../ui/user-errors';
import { useCreateUser, useUpdateUser } from '../hooks/useUserMutations';
import {
  ROLES,
  takesCommunes,
  toCreateUserInput,
  toUpdateUserInput,
  USER_FIELDS,
  type UserField,
  type UserFormValues,
} from '../model/user-form';
import { userErrorText } from './messages';

export interface Commune {
  id: string;
  name: string;
}

interface UserFormProps {
  communes: readonly Commune[];
  /** The account to edit; without one the form creates an account. */
  user?: AdminUserFieldsFragment;
  onSaved: (user: AdminUserFieldsFragment) => void;
  onCancel?: () => void;
}

const blank = (): UserFormValues => ({
  username: '',
  displayName: '',
  password: '',
  roles: new Set<Role>(),
  communeIds: new Set<string>(),
});

const valuesOf = (user: AdminUserFieldsFragment): UserFormValues => ({
  username: user.username,
  displayName: user.displayName,
  password: '',
  roles: new Set(user.roles),
  communeIds: new Set(user.communeScope.map((commune) => commune.id)),
});

/**
 * An account's name, roles and communes; for a new account also its username and first password.
 * The server checks everything and its refusals show beside the inputs they concern.
 */
export function UserForm({ communes, user, onSaved, onCancel }: UserFormProps) {
  const { t } = useI18n();
  const m = t.admin.users;
  const creating = user === undefined;
  const { createUser, creating: createBusy } = useCreateUser();
  const { updateUser, updating } = useUpdateUser();
  const [values, setValues] = useState<UserFormValues>(() => (user ? valuesOf(user) : blank()));
  const [errors, setErrors] = useState<readonly UserErrorLike[]>([]);
  const [failed, setFailed] = useState(false);
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailed(false);
    try {
      const payload: AdminUserPayloadFragment = user
        ? await updateUser(toUpdateUserInput(user.id, values))
        : await createUser(toCreateUserInput(values));
      setErrors(payload.userErrors);
      if (payload.user && payload.userErrors.length === 0) {
        if (creating) setValues(blank());
        onSaved(payload.user);
      }
    } catch {
      setFailed(true);
    }
  };

  const sorted = sortUserErrors(errors, USER_FIELDS);
  const messagesOf = (field: UserField) => (sorted.fields[field] ?? []).map((error) => userErrorText(t, error));
  const showCommunes = takesCommunes(values.roles) || messagesOf('communeIds').length > 0;
  const formMessages = sorted.form.map((error) => userErrorText(t, error));
  if (failed) formMessages.push(t.admin.failed);

  const toggle = <T,>(set: ReadonlySet<T>, item: T, on: boolean): Set<T> => {
    const next = new Set(set);
    if (on) next.add(item);
    else next.delete(item);
    return next;
  };

  const textField = (
    field: 'username' | 'displayName' | 'password',
    label: string,
    props: { hint?: string; type?: string; autoComplete?: string },
  ) => {
    const inputId = `${id}-${field}`;
    const messages = messagesOf(field);
    return (
      <div className="field">
        <label htmlFor={inputId}>{label}</label>
        <input
          id={inputId}
          name={field}
          type={props.type ?? 'text'}
          autoComplete={props.autoComplete ?? 'off'}
          spellCheck={false}
          required
          value={values[field]}
          onChange={(event) => setValues({ ...values, [field]: event.target.value })}
          {...describedBy(`${inputId}-errors`, messages, props.hint ? `${inputId}-hint` : undefined)}
        />
        {props.hint && (
          <span id={`${inputId}-hint`} className="field-hint">
            {props.hint}
          </span>
        )}
        <FieldErrors id={`${inputId}-errors`} messages={messages} />
      </div>
    );
  };

  const roleMessages = messagesOf('roles');
  const communeMessages = messagesOf('communeIds');
  const busy = createBusy || updating;

  return (
    <form
      className="form user-form"
      onSubmit={(event) => void submit(event)}
      data-testid={creating ? 'create-user-form' : 'edit-user-form'}
    >
      {creating && textField('username', m.form.username, { hint: m.form.usernameHint, autoComplete: 'off' })}
      {textField('displayName', m.form.displayName, {})}
      {creating &&
        textField('password', m.form.password, {
          hint: m.form.passwordHint,
          type: 'password',
          autoComplete: 'new-password',
        })}
      <fieldset
        className="checkbox-group field-wide"
        {...describedBy(`${id}-roles-errors`, roleMessages)}
        data-testid="user-roles"
      >
        <legend>{m.form.roles}</legend>
        {ROLES.map((role) => (
          <label key={role}>
            <input
              type="checkbox"
              name="roles"
              value={role}
              checked={values.roles.has(role)}
              onChange={(event) => setValues({ ...values, roles: toggle(values.roles, role, event.target.checked) })}
            />
            {t.account.roles[role]}
          </label>
        ))}
        <FieldErrors id={`${id}-roles-errors`} messages={roleMessages} />
      </fieldset>
      {showCommunes && (
        <fieldset
          className="checkbox-group field-wide"
          {...describedBy(`${id}-communes-errors`, communeMessages, `${id}-communes-hint`)}
          data-testid="user-communes"
        >
          <legend>{m.form.communes}</legend>
          {communes.map((commune) => (
            <label key={commune.id}>
              <input
                type="checkbox"
                name="communeIds"
                value={commune.id}
                checked={values.communeIds.has(commune.id)}
                onChange={(event) =>
                  setValues({ ...values, communeIds: toggle(values.communeIds, commune.id, event.target.checked) })
                }
              />
              {commune.name}
            </label>
          ))}
          <span id={`${id}-communes-hint`} className="field-hint">
            {m.form.communesHint}
          </span>
          <FieldErrors id={`${id}-communes-errors`} messages={communeMessages} />
        </fieldset>
      )}
      {formMessages.length > 0 && (
        <p className="form-error field-wide" role="alert">
          {formMessages.join(' ')}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {creating
            ? busy
              ? m.create.submitting
              : m.create.submit
            : busy
              ? m.editDialog.submitting
              : m.editDialog.submit}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t.admin.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
