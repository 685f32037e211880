// What the rest of the console may use from the exports feature.
export { ExportButtons } from './components/ExportButtons';
export { PrintLayout } from './components/PrintLayout';
export { PrintAllocationPage, PrintResultsPage } from './components/PrintPage';
