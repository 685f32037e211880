import { useI18n } from '../../../ui/i18n/I18nProvider';
import { useDocumentTitle } from '../../../ui/layout/useDocumentTitle';
import { QueryStatus } from '../../../ui/QueryStatus';
import { useYearParam } from '../../../ui/useYearParam';
import { usePlanOverview } from '../hooks/usePlanOverview';
import { PlanDetails } from './PlanDetails';
import { YearSelect } from './YearSelect';

export function PlanPage() {
  const { t } = useI18n();
  const [year, setYear] = useYearParam();
  const { plans, loading, error, retry } = usePlanOverview(year);
  useDocumentTitle(t.nav.sections.plan);

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t.nav.sections.plan}</h1>
        <YearSelect value={year} onChange={setYear} />
      </header>
      <QueryStatus loading={loading} error={error} onRetry={retry} />
      {plans?.length === 0 && <p className="empty">{t.plan.none(year)}</p>}
      {plans?.map((plan) => (
        <PlanDetails key={plan.id} plan={plan} />
      ))}
    </div>
  );
}
