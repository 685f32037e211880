// What the rest of the console may use from the access feature.
export { AccountMenu } from './components/AccountMenu';
export { RequireSession } from './components/RequireSession';
export { SignInPage } from './components/SignInPage';
export { SIGN_IN_PATH } from './components/sign-in-path';
export { useViewerRoles } from './hooks/useViewer';
