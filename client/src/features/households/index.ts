// What the rest of the console may use from the households feature.
export { ClassifyPage } from './components/ClassifyPage';
export { HouseholdDetailPage } from './components/HouseholdDetailPage';
export { HouseholdImportPage } from './components/HouseholdImportPage';
export { HouseholdsPage } from './components/HouseholdsPage';
