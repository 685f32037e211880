import type { ReactNode } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { SECTION_PATHS, type SectionKey } from './sections';

interface AppLayoutProps {
  /** The signed-in user and the sign-out action; supplied by the access feature. */
  account: ReactNode;
  /** The sections this viewer may open, in navigation order (see `sectionsFor`). */
  sections: readonly SectionKey[];
}

export function AppLayout({ account, sections }: AppLayoutProps) {
  const { t } = useI18n();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t.app.skipToContent}
      </a>
      <header className="app-header">
        <span className="app-name">{t.app.name}</span>
        <div className="app-header-end">
          <LanguageSwitch />
          {account}
        </div>
      </header>
      <nav className="app-nav" aria-label={t.nav.label}>
        <ul>
          {sections.map((section) => (
            <li key={section}>
              <NavLink to={SECTION_PATHS[section]}>{t.nav.sections[section]}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
