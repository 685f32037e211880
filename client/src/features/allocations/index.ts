// What the rest of the console may use from the allocations feature.
export { AllocationsPage } from './components/AllocationsPage';
