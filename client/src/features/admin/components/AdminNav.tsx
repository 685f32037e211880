import { NavLink } from 'react-router';
import { useI18n } from '../../../ui/i18n/I18nProvider';

export const ADMIN_PATHS = {
  users: '/admin/users',
  apiTokens: '/admin/api-tokens',
  securityLog: '/admin/security-log',
} as const;

/** The administration section's own pages. */
export function AdminNav() {
  const { t } = useI18n();
  return (
    <nav className="admin-nav" aria-label={t.nav.sections.admin}>
      {(Object.keys(ADMIN_PATHS) as (keyof typeof ADMIN_PATHS)[]).map((page) => (
        <NavLink key={page} to={ADMIN_PATHS[page]}>
          {t.admin.tabs[page]}
        </NavLink>
      ))}
    </nav>
  );
}
