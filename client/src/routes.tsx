import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { AccountMenu, RequireSession, SIGN_IN_PATH, SignInPage, useViewerRoles } from './features/access';
import { PlanPage } from './features/plan';
import { TargetsPage } from './features/targets';
import { AppLayout } from './ui/layout/AppLayout';
import { ComingSoonPage } from './ui/layout/ComingSoonPage';
import { NotFoundPage } from './ui/layout/NotFoundPage';
import { SECTION_PATHS, sectionsFor } from './ui/layout/sections';
import { QueryStatus } from './ui/QueryStatus';

// The grid brings AG Grid: loaded with its page, so the other pages stay light.
const AllocationsPage = lazy(async () => ({ default: (await import('./features/allocations')).AllocationsPage }));
const HouseholdsPage = lazy(async () => ({ default: (await import('./features/households')).HouseholdsPage }));
const HouseholdDetailPage = lazy(async () => ({
  default: (await import('./features/households')).HouseholdDetailPage,
}));
const HouseholdImportPage = lazy(async () => ({
  default: (await import('./features/households')).HouseholdImportPage,
}));
const ClassifyPage = lazy(async () => ({ default: (await import('./features/households')).ClassifyPage }));
// Administration is for admins only: nobody else downloads it.
const AdminLayout = lazy(async () => ({ default: (await import('./features/admin')).AdminLayout }));
const UsersPage = lazy(async () => ({ default: (await import('./features/admin')).UsersPage }));
const ApiTokensPage = lazy(async () => ({ default: (await import('./features/admin')).ApiTokensPage }));
const SecurityLogPage = lazy(async () => ({ default: (await import('./features/admin')).SecurityLogPage }));

const pageLoading = <QueryStatus loading error={undefined} onRetry={() => {}} />;

/** The console's frame, listing the sections the viewer's roles reach. */
function ConsoleLayout() {
  const roles = useViewerRoles();
  return <AppLayout account={<AccountMenu />} sections={sectionsFor(roles)} />;
}

export const routes: RouteObject[] = [
  { path: SIGN_IN_PATH, element: <SignInPage /> },
  {
    element: (
      <RequireSession>
        <ConsoleLayout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <Navigate to={SECTION_PATHS.plan} replace /> },
      { path: SECTION_PATHS.plan, element: <PlanPage /> },
      {
        path: SECTION_PATHS.allocations,
        element: (
          <Suspense fallback={<QueryStatus loading error={undefined} onRetry={() => {}} />}>
            <AllocationsPage />
          </Suspense>
        ),
      },
      {
        path: SECTION_PATHS.households,
        element: (
          <Suspense fallback={pageLoading}>
            <HouseholdsPage />
          </Suspense>
        ),
      },
      {
        path: `${SECTION_PATHS.households}/import`,
        element: (
          <Suspense fallback={pageLoading}>
            <HouseholdImportPage />
          </Suspense>
        ),
      },
      {
        path: `${SECTION_PATHS.households}/classify`,
        element: (
          <Suspense fallback={pageLoading}>
            <ClassifyPage />
          </Suspense>
        ),
      },
      {
        path: `${SECTION_PATHS.households}/:id`,
        element: (
          <Suspense fallback={pageLoading}>
            <HouseholdDetailPage />
          </Suspense>
        ),
      },
      { path: SECTION_PATHS.targets, element: <TargetsPage /> },
      { path: SECTION_PATHS.reports, element: <ComingSoonPage section="reports" /> },
      {
        path: SECTION_PATHS.admin,
        element: (
          <Suspense fallback={pageLoading}>
            <AdminLayout />
          </Suspense>
        ),
        children: [
          { index: true, element: <Navigate to="users" replace /> },
          {
            path: 'users',
            element: (
              <Suspense fallback={pageLoading}>
                <UsersPage />
              </Suspense>
            ),
          },
          {
            path: 'api-tokens',
            element: (
              <Suspense fallback={pageLoading}>
                <ApiTokensPage />
              </Suspense>
            ),
          },
          {
            path: 'security-log',
            element: (
              <Suspense fallback={pageLoading}>
                <SecurityLogPage />
              </Suspense>
            ),
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
