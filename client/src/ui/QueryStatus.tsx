import type { ErrorLike } from '@apollo/client';
import { isUnauthenticated } from '../apollo/errors';
import { useI18n } from './i18n/I18nProvider';

interface QueryStatusProps {
  loading: boolean;
  error: ErrorLike | undefined;
  onRetry: () => void;
}

/** The loading and failure states every page shows the same way. */
export function QueryStatus({ loading, error, onRetry }: QueryStatusProps) {
  const { t } = useI18n();
  // An expired session is not a page failure: the console is already on its way to sign-in.
  if (error && !isUnauthenticated(error)) {
    return (
      <div className="notice notice-error" role="alert">
        <p className="notice-title">{t.app.loadFailed}</p>
        <p className="notice-detail">{error.message}</p>
        <button type="button" onClick={onRetry}>
          {t.app.retry}
        </button>
      </div>
    );
  }
  if (loading) {
    return (
      <p className="loading" role="status">
        {t.app.loading}
      </p>
    );
  }
  return null;
}
