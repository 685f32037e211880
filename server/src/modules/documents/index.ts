// The documents module's public entry: what other modules may use of it.
export { documentsModule } from './documents.module';
export { findOrCreateDecision } from './documents.service';
export { LegalDocument } from './legal-document.entity';
