import type { FeatureModule } from '../../common/module';
import { ExportErrorCode } from './exports/exports.http';
import { ExportsResolver } from './exports/exports.resolver';
import { ReportSubmission, ReportSubmissionRevision } from './report-submission.entity';
import { ReportErrorCode } from './reports.errors';
import { ReportRevisionResolver, ReportsResolver } from './reports.resolver';

export const reportsModule: FeatureModule = {
  name: 'reports',
  entities: [ReportSubmission, ReportSubmissionRevision],
  resolvers: [ReportsResolver, ReportRevisionResolver, ExportsResolver],
  nodeTypes: { ReportSubmission: { entity: ReportSubmission } },
  errorCodes: [ReportErrorCode, ExportErrorCode],
};
