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
 * Two writers citing the same new document at once both get the one row: the insert waits on the
 * unique key for the other's commit instead of failing on it.
 */
export const findOrCreateDecision = async (
  em: EntityManager,
  reference: DecisionReference,
): Promise<LegalDocument | 'DATE_MISMATCH'> => {
  const number = reference.number.trim();
  const issuer = reference.issuer.trim();
  await em.execute(
    `insert into legal_document (number, issuer, issued_on, kind, title) values (?, ?, ?, ?, ?)
     on conflict (number, issuer) do nothing`,
    [number, issuer, reference.issuedOn, documentKindOf(number), reference.title?.trim() ?? ''],
  );
  const document = await em.findOneOrFail(LegalDocument, { number, issuer }, { refresh: true });
  return document.issuedOn === reference.issuedOn ? document : 'DATE_MISMATCH';
};
