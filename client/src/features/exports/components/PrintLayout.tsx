import '../print.css';
import { Link, Outlet } from 'react-router';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { LanguageSwitch } from '../../../ui/i18n/LanguageSwitch';

/** The frame of a printable page: no header, no navigation, only (on screen) a way back and a print button. */
export function PrintLayout() {
  const { t } = useI18n();
  return (
    <div className="print-page">
      <nav className="print-toolbar" aria-label={t.exports.print}>
        <Link
          to="/"
          onClick={(event) => {
            // Back where the page was opened from, when there is such a page in this tab.
            if (window.history.length > 1) {
              event.preventDefault();
              window.history.back();
            }
          }}
        >
          {t.exports.back}
        </Link>
        <span className="toolbar-spacer" />
        <LanguageSwitch />
        <button type="button" className="button-primary" onClick={() => window.print()}>
          {t.exports.printNow}
        </button>
      </nav>
      <main id="main">
        <Outlet />
      </main>
    </div>
  );
}
