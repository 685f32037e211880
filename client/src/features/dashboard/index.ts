// What the rest of the console may use from the dashboard feature.
export { DashboardPage } from './components/DashboardPage';
