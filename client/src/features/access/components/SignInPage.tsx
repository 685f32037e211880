import { type FormEvent, useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSessionToken } from '../../../apollo/session';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { LanguageSwitch } from '../../../ui/i18n/LanguageSwitch';
import { useDocumentTitle } from '../../../ui/layout/useDocumentTitle';
import { useLogin } from '../hooks/useLogin';
import type { LoginFailure } from '../model/sign-in';
import { returnPath } from './sign-in-path';

export function SignInPage() {
  const { t } = useI18n();
  const token = useSessionToken();
  const location = useLocation();
  const { login, loading } = useLogin();
  const [failure, setFailure] = useState<LoginFailure | null>(null);
  useDocumentTitle(t.signIn.title);

  if (token) {
    return <Navigate to={returnPath(location.state)} replace />;
  }

  const failureMessage = (refusal: LoginFailure): string => {
    switch (refusal.code) {
      case 'ACCOUNT_LOCKED':
        return t.signIn.accountLocked(refusal.retryMinutes);
      case 'RATE_LIMITED':
        return t.signIn.rateLimited(refusal.retryMinutes);
      case 'INVALID_CREDENTIALS':
        return t.signIn.invalidCredentials;
      case 'FAILED':
        return t.signIn.failed;
      case 'UNREACHABLE':
        return t.signIn.unreachable;
    }
  };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const outcome = await login({
      username: String(form.get('username') ?? '').trim(),
      password: String(form.get('password') ?? ''),
    });
    setFailure(outcome.ok ? null : outcome.failure);
  }

  return (
    <main className="sign-in">
      <div className="sign-in-card">
        <div className="sign-in-top">
          <p className="app-name">{t.app.name}</p>
          <LanguageSwitch />
        </div>
        <p className="sign-in-programme">{t.app.programme}</p>
        <h1>{t.signIn.title}</h1>
        <form onSubmit={handleSubmit} className="form">
          <div className="field">
            <label htmlFor="sign-in-username">{t.signIn.username}</label>
            <input
              id="sign-in-username"
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
            />
          </div>
          <div className="field">
            <label htmlFor="sign-in-password">{t.signIn.password}</label>
            <input id="sign-in-password" name="password" type="password" autoComplete="current-password" required />
          </div>
          {failure && (
            <p className="form-error" role="alert" data-testid="sign-in-error">
              {failureMessage(failure)}
            </p>
          )}
          <button type="submit" className="button-primary" disabled={loading}>
            {loading ? t.signIn.submitting : t.signIn.submit}
          </button>
        </form>
      </div>
    </main>
  );
}
