// What the rest of the console may use from the exports feature.
export { ExportButtons } from './components/ExportButtons';
export { PrintAllocationPage } from './components/PrintAllocationPage';
export { PrintLayout } from './components/PrintLayout';
export { PrintResultsPage } from './components/PrintResultsPage';
