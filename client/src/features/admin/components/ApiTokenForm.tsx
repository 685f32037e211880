import { type FormEvent, useId, useState } from 'react';
import type { ApiScope } from '../../../apollo/generated';
import { describedBy, FieldErrors } from '../../../ui/FieldErrors';
import { formatDate } from '../../../ui/format';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { sortUserErrors, type UserErrorLike } from '../../../ui/user-errors';
import { useCreateApiToken } from '../hooks/useApiTokenMutations';
import {
  API_SCOPES,
  API_TOKEN_FIELDS,
  type ApiTokenField,
  type ApiTokenFormValues,
  defaultExpiryDate,
  type ExpiryError,
  lastExpiryDate,
  toCreateApiTokenInput,
} from '../model/api-token-form';
import { personName, userErrorText } from './messages';

export interface TokenUser {
  id: string;
  username: string;
  displayName: string;
}

export interface CreatedToken {
  name: string;
  secret: string;
}

interface ApiTokenFormProps {
  /** The accounts a token may act for (active ones). */
  users: readonly TokenUser[];
  onCreated: (token: CreatedToken) => void;
}

const blank = (now: Date): ApiTokenFormValues => ({
  name: '',
  userId: '',
  scopes: new Set<ApiScope>(),
  expiresOn: formatDate(defaultExpiryDate(now)),
});

/** Name, account, scopes and expiry of a new token; its secret goes to `onCreated`, once. */
export function ApiTokenForm({ users, onCreated }: ApiTokenFormProps) {
  const { t } = useI18n();
  const m = t.admin.apiTokens.create;
  const { createApiToken, creating } = useCreateApiToken();
  const [values, setValues] = useState<ApiTokenFormValues>(() => blank(new Date()));
  const [local, setLocal] = useState<Partial<Record<ApiTokenField, 'REQUIRED' | ExpiryError>>>({});
  const [errors, setErrors] = useState<readonly UserErrorLike[]>([]);
  const [failed, setFailed] = useState(false);
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailed(false);
    const parsed = toCreateApiTokenInput(values, new Date());
    if (!parsed.ok) {
      setLocal(parsed.errors);
      setErrors([]);
      return;
    }
    setLocal({});
    try {
      const payload = await createApiToken(parsed.input);
      setErrors(payload.userErrors);
      if (payload.secret && payload.apiToken) {
        setValues(blank(new Date()));
        onCreated({ name: payload.apiToken.name, secret: payload.secret });
      }
    } catch {
      setFailed(true);
    }
  };

  const sorted = sortUserErrors(errors, API_TOKEN_FIELDS);
  const messagesOf = (field: ApiTokenField): string[] => {
    const problem = local[field];
    const mine = problem === undefined ? [] : [problem === 'REQUIRED' ? t.admin.required : m.expiryError[problem]];
    return [...mine, ...(sorted.fields[field] ?? []).map((error) => userErrorText(t, error))];
  };
  const formMessages = sorted.form.map((error) => userErrorText(t, error));
  if (failed) formMessages.push(t.admin.failed);
  const ids = { name: `${id}-name`, user: `${id}-user`, scopes: `${id}-scopes`, expires: `${id}-expires` };
  const nameMessages = messagesOf('name');
  const userMessages = messagesOf('userId');
  const scopeMessages = messagesOf('scopes');
  const expiryMessages = messagesOf('expiresAt');

  return (
    <form
      className="form token-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      data-testid="create-api-token-form"
    >
      <div className="field">
        <label htmlFor={ids.name}>{m.name}</label>
        <input
          id={ids.name}
          name="name"
          value={values.name}
          maxLength={100}
          onChange={(event) => setValues({ ...values, name: event.target.value })}
          {...describedBy(`${ids.name}-errors`, nameMessages, `${ids.name}-hint`)}
        />
        <span id={`${ids.name}-hint`} className="field-hint">
          {m.nameHint}
        </span>
        <FieldErrors id={`${ids.name}-errors`} messages={nameMessages} />
      </div>
      <div className="field">
        <label htmlFor={ids.user}>{m.user}</label>
        <select
          id={ids.user}
          name="userId"
          value={values.userId}
          onChange={(event) => setValues({ ...values, userId: event.target.value })}
          {...describedBy(`${ids.user}-errors`, userMessages, `${ids.user}-hint`)}
        >
          <option value="">{m.chooseUser}</option>
          {users.map((user) => (
            <option key={user.id} value={user.id}>
              {personName(user)}
            </option>
          ))}
        </select>
        <span id={`${ids.user}-hint`} className="field-hint">
          {m.userHint}
        </span>
        <FieldErrors id={`${ids.user}-errors`} messages={userMessages} />
      </div>
      <fieldset className="checkbox-group field-wide" {...describedBy(`${ids.scopes}-errors`, scopeMessages)}>
        <legend>{m.scopes}</legend>
        {API_SCOPES.map((scope) => (
          <label key={scope}>
            <input
              type="checkbox"
              name="scopes"
              value={scope}
              checked={values.scopes.has(scope)}
              onChange={(event) => {
                const scopes = new Set(values.scopes);
                if (event.target.checked) scopes.add(scope);
                else scopes.delete(scope);
                setValues({ ...values, scopes });
              }}
            />
            {t.admin.apiTokens.scope[scope]}
          </label>
        ))}
        <FieldErrors id={`${ids.scopes}-errors`} messages={scopeMessages} />
      </fieldset>
      <div className="field">
        <label htmlFor={ids.expires}>{m.expires}</label>
        <input
          id={ids.expires}
          name="expiresOn"
          inputMode="numeric"
          value={values.expiresOn}
          onChange={(event) => setValues({ ...values, expiresOn: event.target.value })}
          {...describedBy(`${ids.expires}-errors`, expiryMessages, `${ids.expires}-hint`)}
        />
        <span id={`${ids.expires}-hint`} className="field-hint">
          {m.expiresHint(formatDate(lastExpiryDate(new Date())))}
        </span>
        <FieldErrors id={`${ids.expires}-errors`} messages={expiryMessages} />
      </div>
      {formMessages.length > 0 && (
        <p className="form-error field-wide" role="alert">
          {formMessages.join(' ')}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={creating}>
          {creating ? m.submitting : m.submit}
        </button>
      </div>
    </form>
  );
}
