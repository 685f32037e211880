import type { EntityManager } from '@mikro-orm/postgresql';
import { documentKindOf } from '../../modules/documents/documents.service';
import { LegalDocument } from '../../modules/documents/legal-document.entity';
import { EligibilityRule } from '../../modules/households/eligibility-rule.entity';
import { Deprivation, PovertyStatus } from '../../modules/households/households.enums';
import { PovertyStandard } from '../../modules/households/poverty-standard.entity';
import { SupportNorm } from '../../modules/households/support-norm.entity';
import { type DocumentSeed, ELIGIBILITY_RULES, POVERTY_STANDARDS, SUPPORT_NORMS } from './poverty-standard.data';

const documentFor = async (em: EntityManager, seed: DocumentSeed): Promise<LegalDocument> =>
  (await em.findOne(LegalDocument, { number: seed.number, issuer: seed.issuer })) ??
  em.create(LegalDocument, { ...seed, kind: documentKindOf(seed.number) });

/**
 * Writes the poverty standards, support norms and eligibility rules that are missing (reference
 * data, seeded in every mode). Returns how many rows it wrote.
 */
export const seedPovertyStandards = async (em: EntityManager): Promise<number> => {
  let written = 0;
  for (const seed of POVERTY_STANDARDS) {
    if (await em.findOne(PovertyStandard, { validFrom: seed.validFrom })) continue;
    em.create(PovertyStandard, { ...seed, document: await documentFor(em, seed.document) });
    written += 1;
  }
  for (const seed of SUPPORT_NORMS) {
    const key = { componentCode: seed.componentCode, kind: seed.kind, validFrom: seed.validFrom };
    if (await em.findOne(SupportNorm, key)) continue;
    em.create(SupportNorm, { ...seed, document: await documentFor(em, seed.document) });
    written += 1;
  }
  for (const seed of ELIGIBILITY_RULES) {
    if (await em.findOne(EligibilityRule, { componentCode: seed.componentCode, validFrom: seed.validFrom })) continue;
    em.create(EligibilityRule, {
      ...seed,
      statuses: seed.statuses.map((status) => PovertyStatus[status]),
      requiresAnyDeprivation: seed.requiresAnyDeprivation.map((deprivation) => Deprivation[deprivation]),
      document: await documentFor(em, seed.document),
    });
    written += 1;
  }
  await em.flush();
  return written;
};
