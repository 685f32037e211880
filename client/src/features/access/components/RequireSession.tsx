import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSessionToken } from '../../../apollo/session';
import { SIGN_IN_PATH } from './sign-in-path';

/** Shows its children only with a token; otherwise sends the user to sign in and back here after. */
export function RequireSession({ children }: { children: ReactNode }) {
  const token = useSessionToken();
  const location = useLocation();
  if (!token) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to={SIGN_IN_PATH} replace state={{ from }} />;
  }
  return children;
}
