import { useEffect } from 'react';
import { databaseStatus, useDatabaseUnavailable } from '../apollo/database-status';
import { useI18n } from './i18n/I18nProvider';

// While the banner shows, how often to ask the server whether its database is back.
const RECHECK_MS = 5_000;

/**
 * Across the top of every page while the server cannot reach its database; gone with the next
 * answer that says otherwise, or once /healthz does (nobody has to click anything).
 */
export function DatabaseBanner() {
  const { t } = useI18n();
  const unavailable = useDatabaseUnavailable();

  useEffect(() => {
    if (!unavailable) return;
    const timer = window.setInterval(async () => {
      try {
        if ((await fetch('/healthz')).ok) databaseStatus.report(false);
      } catch {
        // the server itself is out of reach: nothing new about its database
      }
    }, RECHECK_MS);
    return () => window.clearInterval(timer);
  }, [unavailable]);

  if (!unavailable) return null;
  return (
    <div className="banner banner-error" role="alert">
      {t.app.databaseUnavailable}
    </div>
  );
}
