import { useI18n } from '../i18n/I18nProvider';
import type { SectionKey } from './sections';
import { useDocumentTitle } from './useDocumentTitle';

/** Stands in for a section that is not built yet. */
export function ComingSoonPage({ section }: { section: SectionKey }) {
  const { t } = useI18n();
  const title = t.nav.sections[section];
  useDocumentTitle(title);
  return (
    <div className="page">
      <header className="page-header">
        <h1>{title}</h1>
      </header>
      <div className="notice">
        <p className="notice-title">{t.comingSoon.title}</p>
        <p>{t.comingSoon.body}</p>
      </div>
    </div>
  );
}
