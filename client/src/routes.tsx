import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { AccountMenu, RequireSession, SIGN_IN_PATH, SignInPage, useViewerRoles } from './features/access';
import { PlanPage } from './features/plan';
import { TargetsPage } from './features/targets';
import { AppLayout } from './ui/layout/AppLayout';
import { NotFoundPage } from './ui/layout/NotFoundPage';
import { PRINT_PATHS, SECTION_PATHS, sectionsFor } from './ui/layout/sections';
import { QueryStatus } from './ui/QueryStatus';

// The landing page brings AG Charts: loaded with it, so sign-in and the other pages stay light.
const DashboardPage = lazy(async () => ({ default: (await import('./features/dashboard')).DashboardPage }));
// The grid brings AG Grid: loaded with its page, so the other pages stay light.
const AllocationsPage = lazy(async () => ({ default: (await import('./features/allocations')).AllocationsPage }));
const HouseholdsPage = lazy(async () => ({ default: (await import('./features/households')).HouseholdsPage }));
const HouseholdDetailPage = lazy(async () => ({
  default: (await import('./features/households')).HouseholdDetailPage,
}));
const HouseholdImportPage = lazy(async () => ({
  default: (await import('./features/households')).HouseholdImportPage,
}));
const ReportsPage = lazy(async () => ({ default: (await import('./features/reports')).ReportsPage }));
const ClassifyPage = lazy(async () => ({ default: (await import('./features/households')).ClassifyPage }));
// Administration is for admins only: nobody else downloads it.
const AdminLayout = lazy(async () => ({ default: (await import('./features/admin')).AdminLayout }));
const UsersPage = lazy(async () => ({ default: (await import('./features/admin')).UsersPage }));
const ApiTokensPage = lazy(async () => ({ default: (await import('./features/admin')).ApiTokensPage }));
const SecurityLogPage = lazy(async () => ({ default: (await import('./features/admin')).SecurityLogPage }));

// Printable pages, opened from the dashboard, the reports or the allocation grid.
const PrintLayout = lazy(async () => ({ default: (await import('./features/exports')).PrintLayout }));
const PrintAllocationPage = lazy(async () => ({ default: (await import('./features/exports')).PrintAllocationPage }));
const PrintResultsPage = lazy(async () => ({ default: (await import('./features/exports')).PrintResultsPage }));

const pageLoading = <QueryStatus loading error={undefined} onRetry={() => {}} />;

/** The console's frame, listing the sections the viewer's roles reach. */
function ConsoleLayout() {
  const roles = useViewerRoles();
  return <AppLayout account={<AccountMenu />} sections={sectionsFor(roles)} />;
}

export const routes: RouteObject[] = [
  { path: SIGN_IN_PATH, element: <SignInPage /> },
  {
    // A document to print: the console's frame (header, navigation) stays out of it.
    element: (
      <RequireSession>
        <Suspense fallback={pageLoading}>
          <PrintLayout />
        </Suspense>
      </RequireSession>
    ),
    children: [
      { path: PRINT_PATHS.allocation, element: <PrintAllocationPage /> },
      { path: PRINT_PATHS.results, element: <PrintResultsPage /> },
    ],
  },
  {
    element: (
      <RequireSession>
        <ConsoleLayout />
      </RequireSession>
    ),
    children: [
      // Everyone lands on the overview: a leader sees the year's figures without a click.
      { index: true, element: <Navigate to={SECTION_PATHS.dashboard} replace /> },
      {
        path: SECTION_PATHS.dashboard,
        element: (
          <Suspense fallback={pageLoading}>
            <DashboardPage />
          </Suspense>
        ),
      },
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
      {
        path: SECTION_PATHS.reports,
        element: (
          <Suspense fallback={pageLoading}>
            <ReportsPage />
          </Suspense>
        ),
      },
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
