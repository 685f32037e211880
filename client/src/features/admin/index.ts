// What the rest of the console may use from the administration feature.
export { AdminLayout } from './components/AdminLayout';
export { ApiTokensPage } from './components/ApiTokensPage';
export { SecurityLogPage } from './components/SecurityLogPage';
export { UsersPage } from './components/UsersPage';
