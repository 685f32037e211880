// What the rest of the console may use from the reports feature.
export { ReportsPage } from './components/ReportsPage';
