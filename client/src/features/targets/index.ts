// What the rest of the console may use from the targets feature.
export { TargetsPage } from './components/TargetsPage';
