import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { AccountMenu, RequireSession, SIGN_IN_PATH, SignInPage } from './features/access';
import { PlanPage } from './features/plan';
import { TargetsPage } from './features/targets';
import { AppLayout } from './ui/layout/AppLayout';
import { ComingSoonPage } from './ui/layout/ComingSoonPage';
import { NotFoundPage } from './ui/layout/NotFoundPage';
import { SECTION_PATHS } from './ui/layout/sections';
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

const pageLoading = <QueryStatus loading error={undefined} onRetry={() => {}} />;

export const routes: RouteObject[] = [
  { path: SIGN_IN_PATH, element: <SignInPage /> },
  {
    element: (
      <RequireSession>
        <AppLayout account={<AccountMenu />} />
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
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
