import type { EntityManager } from '@mikro-orm/postgresql';
import { DocumentKind, LegalDocument } from './legal-document.entity';

/** The kind of a Vietnamese legal document, from its number's suffix (e.g. 75/QĐ-UBND: a decision). */
export const documentKindOf = (number: string): DocumentKind => {
  if (/\/NĐ-/.test(number)) return DocumentKind.DECREE;
  if (/\/QĐ-/.test(number)) return DocumentKind.DECISION;
  if (/\/TT-/.test(number)) return DocumentKind.CIRCULAR;
  if (/\/UBND-/.test(number)) return DocumentKind.OFFICIAL_LETTER;
  return DocumentKind.OTHER;
};

export interface DecisionReference {
  number: string;
  issuedOn: string;
  issuer: string;
  title?: string;
}

/**
 * The recorded document with this number and issuer, created when new. Returns 'DATE_MISMATCH'
 * when the same document is already recorded with another date: one of the two is a typo.
 */
export const findOrCreateDecision = async (
  em: EntityManager,
  reference: DecisionReference,
): Promise<LegalDocument | 'DATE_MISMATCH'> => {
  const number = reference.number.trim();
  const issuer = reference.issuer.trim();
  const existing = await em.findOne(LegalDocument, { number, issuer });
  if (existing) return existing.issuedOn === reference.issuedOn ? existing : 'DATE_MISMATCH';
  return em.create(LegalDocument, {
    number,
    issuer,
    issuedOn: reference.issuedOn,
    kind: documentKindOf(number),
    title: reference.title?.trim() ?? '',
  });
};
