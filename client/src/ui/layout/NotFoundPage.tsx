import { Link } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';
import { SECTION_PATHS } from './sections';
import { useDocumentTitle } from './useDocumentTitle';

export function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t.app.notFound);
  return (
    <div className="page">
      <div className="notice">
        <p className="notice-title">{t.app.notFound}</p>
        <p>
          <Link to={SECTION_PATHS.dashboard}>{t.app.goHome}</Link>
        </p>
      </div>
    </div>
  );
}
