import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { AccountMenu, RequireSession, SIGN_IN_PATH, SignInPage } from './features/access';
import { PlanPage } from './features/plan';
import { AppLayout } from './ui/layout/AppLayout';
import { ComingSoonPage } from './ui/layout/ComingSoonPage';
import { NotFoundPage } from './ui/layout/NotFoundPage';
import { SECTION_PATHS } from './ui/layout/sections';
import { QueryStatus } from './ui/QueryStatus';

// The grid brings AG Grid: loaded with its page, so the other pages stay light.
const AllocationsPage = lazy(async () => ({ default: (await import('./features/allocations')).AllocationsPage }));

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
      { path: SECTION_PATHS.households, element: <ComingSoonPage section="households" /> },
      { path: SECTION_PATHS.targets, element: <ComingSoonPage section="targets" /> },
      { path: SECTION_PATHS.reports, element: <ComingSoonPage section="reports" /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
