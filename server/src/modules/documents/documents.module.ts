import type { FeatureModule } from '../../common/module';
import { LegalDocument } from './legal-document.entity';

// The documents are served through the fields that cite them: no resolver of their own.
export const documentsModule: FeatureModule = {
  name: 'documents',
  entities: [LegalDocument],
  resolvers: [],
  nodeTypes: { LegalDocument: { entity: LegalDocument } },
  errorCodes: [],
};
