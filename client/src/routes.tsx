import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { AccountMenu, RequireSession, SIGN_IN_PATH, SignInPage } from './features/access';
import { PlanPage } from './features/plan';
import { AppLayout } from './ui/layout/AppLayout';
import { ComingSoonPage } from './ui/layout/ComingSoonPage';
import { NotFoundPage } from './ui/layout/NotFoundPage';
import { SECTION_PATHS } from './ui/layout/sections';

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
      { path: SECTION_PATHS.allocations, element: <ComingSoonPage section="allocations" /> },
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
