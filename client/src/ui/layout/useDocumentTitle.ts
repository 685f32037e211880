import { useEffect } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/** Names the browser tab after the page, so officials with many tabs open can tell them apart. */
export function useDocumentTitle(page: string): void {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${page} · ${t.app.name}`;
  }, [page, t]);
}
