// The reports module's public entry: what the app around the modules mounts of it.
export { exportsRouter } from './exports/exports.http';
export { reportFilesRouter } from './reports.http';
export { reportsModule } from './reports.module';
