import type { LegalDocumentFieldsFragment, PlanLegalBasesFragment } from '../../../apollo/generated';
import { formatDate } from '../../../ui/format';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { Section } from '../../../ui/Section';

export function LegalBasisList({ plan }: { plan: PlanLegalBasesFragment }) {
  const { t } = useI18n();
  return (
    <Section title={t.plan.legalBases}>
      {plan.legalBases.length > 0 && <DocumentTable documents={plan.legalBases} />}
      <h4>{t.plan.standard}</h4>
      <DocumentTable documents={[plan.standard]} />
    </Section>
  );
}

function DocumentTable({ documents }: { documents: readonly LegalDocumentFieldsFragment[] }) {
  const { t } = useI18n();
  return (
    <table className="table document-table">
      <thead>
        <tr>
          <th scope="col">{t.plan.document.number}</th>
          <th scope="col">{t.plan.document.issuedOn}</th>
          <th scope="col">{t.plan.document.issuer}</th>
          <th scope="col">{t.plan.document.title}</th>
        </tr>
      </thead>
      <tbody>
        {documents.map((document) => (
          <tr key={document.id}>
            <td className="nowrap">{document.number}</td>
            <td className="nowrap">
              <time dateTime={document.issuedOn}>{formatDate(document.issuedOn)}</time>
            </td>
            <td>{document.issuer}</td>
            <td>{document.title}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
