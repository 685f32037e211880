import '../households.css';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { HouseholdDetailDocument, type HouseholdDetailQuery } from '../../../apollo/generated';
import { formatDate, formatMoney } from '../../../ui/format';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { useDocumentTitle } from '../../../ui/layout/useDocumentTitle';
import { QueryStatus } from '../../../ui/QueryStatus';
import { Section } from '../../../ui/Section';
import { useHouseholdViewer } from '../hooks/useHouseholdViewer';
import { mayReadBenefitText, mayReadHouseholdPersonalData } from '../model/access';
import { HOUSEHOLD_PATHS } from './HouseholdsNav';

type Node = NonNullable<HouseholdDetailQuery['node']>;
type HouseholdNode = Extract<Node, { __typename: 'Household' }>;

export function HouseholdDetailPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const viewer = useHouseholdViewer();
  // Personal data is asked for only by those who may read it: a refused income is a non-null field,
  // and its FORBIDDEN would take the whole household down with it.
  const withPersonalData = viewer !== null && mayReadHouseholdPersonalData(viewer);
  const withBenefitText = viewer !== null && mayReadBenefitText(viewer);
  const { data, loading, error, refetch } = useQuery(HouseholdDetailDocument, {
    variables: { id, withPersonalData, withBenefitText },
    skip: viewer === null,
    errorPolicy: 'all',
  });
  const node = data?.node;
  const household = node?.__typename === 'Household' ? (node as HouseholdNode) : null;
  useDocumentTitle(household ? t.households.detail.title(household.code) : t.nav.sections.households);
  const d = t.households.detail;
  // Field-level refusals of personal data are expected; anything else is a failure to show.
  const realError = data && error && household ? undefined : error;

  return (
    <div className="page">
      <p>
        <Link to={HOUSEHOLD_PATHS.list}>{d.back}</Link>
      </p>
      <QueryStatus loading={loading && !data} error={realError} onRetry={() => void refetch()} />
      {data && !household && <p className="empty">{d.notFound}</p>}
      {household && (
        <>
          <header className="page-header">
            <h1>{d.title(household.code)}</h1>
            {household.synthetic && <span className="synthetic-badge">{t.households.synthetic}</span>}
          </header>
          {household.synthetic && <p className="notice">{t.households.syntheticNotice}</p>}
          <dl className="facts" data-testid="household-facts">
            {household.headName && (
              <>
                <dt>{t.households.columns.headName}</dt>
                <dd>{household.headName}</dd>
              </>
            )}
            <dt>{t.households.columns.commune}</dt>
            <dd>{household.commune.name}</dd>
            <dt>{t.households.columns.village}</dt>
            <dd>{household.village.name}</dd>
            <dt>{d.area}</dt>
            <dd>{d.areaType[household.areaType]}</dd>
            <dt>{t.households.columns.status}</dt>
            <dd>{household.status ? t.households.statusName[household.status] : t.households.noStatus}</dd>
            <dt>{t.households.columns.ethnicMinority}</dt>
            <dd>{household.ethnicMinority ? t.households.yes : t.households.no}</dd>
            <dt>{t.households.columns.members}</dt>
            <dd>{household.memberCount}</dd>
            {household.independentSince && (
              <>
                <dt>{d.independentSince}</dt>
                <dd>{formatDate(household.independentSince)}</dd>
              </>
            )}
            <dt>{d.otherHousingSupport}</dt>
            <dd>{household.otherHousingSupport ? t.households.yes : t.households.no}</dd>
            <dt>{d.newlyEscapedUntil}</dt>
            <dd data-testid="newly-escaped-until">
              {household.newlyEscapedUntil ? formatDate(household.newlyEscapedUntil) : d.notNewlyEscaped}
            </dd>
          </dl>
          <Members household={household} />
          <Timeline household={household} />
          <Benefits household={household} />
        </>
      )}
    </div>
  );
}

function Members({ household }: { household: HouseholdNode }) {
  const { t } = useI18n();
  const d = t.households.detail;
  const members = household.members ?? null;
  return (
    <Section title={d.members}>
      {members === null ? (
        <p className="empty">{d.membersHidden}</p>
      ) : (
        <table className="table" data-testid="household-members">
          <thead>
            <tr>
              <th scope="col">{d.member.name}</th>
              <th scope="col">{d.member.relation}</th>
              <th scope="col">{d.member.sex}</th>
              <th scope="col">{d.member.birthYear}</th>
              <th scope="col">{d.member.ethnicity}</th>
              <th scope="col">{d.member.disability}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.position}>
                <td>{member.name}</td>
                <td>{d.relation[member.relation]}</td>
                <td>{member.sex ? d.sex[member.sex] : ''}</td>
                <td>{member.birthYear ?? ''}</td>
                <td>{member.ethnicity ?? ''}</td>
                <td>{member.disability ? t.households.yes : t.households.no}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

function Timeline({ household }: { household: HouseholdNode }) {
  const { t } = useI18n();
  const d = t.households.detail;
  return (
    <Section title={d.timeline}>
      {household.statusHistory.length === 0 ? (
        <p className="empty">{d.noAssessments}</p>
      ) : (
        <ol className="timeline" data-testid="household-timeline">
          {household.statusHistory.map(({ assessment, transition }) => (
            <li key={assessment.id}>
              <strong>
                {d.review(assessment.year, assessment.month)} · {d.reviewKind[assessment.kind]}:{' '}
                {t.households.statusName[assessment.status]}
              </strong>
              {transition !== 'NONE' && <> ({d.transition[transition]})</>}
              <br />
              {assessment.monthlyIncomePerCapita != null && (
                <>{d.income(formatMoney(assessment.monthlyIncomePerCapita))} · </>
              )}
              {d.deprivations(assessment.deprivations.length)}
              {assessment.deprivations.length > 0 && (
                <>: {assessment.deprivations.map((item) => t.households.classify.deprivation[item]).join(', ')}</>
              )}
              <br />
              {assessment.decisionNumber && (
                <>
                  {d.decision(
                    assessment.decisionNumber,
                    assessment.recognisedOn ? formatDate(assessment.recognisedOn) : null,
                  )}{' '}
                  ·{' '}
                </>
              )}
              {d.standard(assessment.standard.document.number)}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

function Benefits({ household }: { household: HouseholdNode }) {
  const { t } = useI18n();
  const d = t.households.detail;
  return (
    <Section title={d.benefits}>
      {household.benefits.length === 0 ? (
        <p className="empty">{d.noBenefits}</p>
      ) : (
        <ul className="plain-list" data-testid="household-benefits">
          {household.benefits.map((benefit) => (
            <li key={benefit.id}>
              {formatDate(benefit.receivedOn)} · {d.component(benefit.component.code, benefit.component.name)} ·{' '}
              {d.benefitKind[benefit.kind]}
              {benefit.description && <>: {benefit.description}</>}
              {benefit.amount && <> ({formatMoney(benefit.amount)})</>}
              {benefit.overrideReason && <> · {d.override(benefit.overrideReason)}</>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
