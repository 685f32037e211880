// What the rest of the console may use from the plan feature.
export { PlanPage } from './components/PlanPage';
export { YearSelect } from './components/YearSelect';
