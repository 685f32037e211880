import '../admin.css';
import { Outlet } from 'react-router';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { useDocumentTitle } from '../../../ui/layout/useDocumentTitle';
import { QueryStatus } from '../../../ui/QueryStatus';
import { useViewerRoles } from '../../access';
import { AdminNav } from './AdminNav';

/**
 * Quản trị: for admins only. Others who follow a link here are told so plainly; the server refuses
 * every operation of these pages to them anyway.
 */
export function AdminLayout() {
  const { t } = useI18n();
  const roles = useViewerRoles();
  const title = t.nav.sections.admin;

  if (roles === null) return <QueryStatus loading error={undefined} onRetry={() => {}} />;
  return (
    <div className="page">
      <header className="page-header">
        <h1>{title}</h1>
      </header>
      {roles.includes('ADMIN') ? (
        <>
          <AdminNav />
          <Outlet />
        </>
      ) : (
        <Forbidden />
      )}
    </div>
  );
}

// Each admin page names the tab itself (a parent's effect would run after, and overwrite, the page's).
function Forbidden() {
  const { t } = useI18n();
  useDocumentTitle(t.admin.forbidden.title);
  return (
    <div className="notice notice-error" role="alert" data-testid="admin-forbidden">
      <p className="notice-title">{t.admin.forbidden.title}</p>
      <p>{t.admin.forbidden.body}</p>
    </div>
  );
}
