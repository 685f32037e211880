import '../targets.css';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { useDocumentTitle } from '../../../ui/layout/useDocumentTitle';
import { QueryStatus } from '../../../ui/QueryStatus';
import { useYearParam } from '../../../ui/useYearParam';
import { YearSelect } from '../../plan';
import { useTargetsOverview } from '../hooks/useTargets';
import { buildTargetRows } from '../model/target-rows';
import { TargetTable } from './TargetTable';

export function TargetsPage() {
  const { t } = useI18n();
  const [year, setYear] = useYearParam();
  const { plan, loaded, canEdit, loading, error, retry } = useTargetsOverview(year);
  useDocumentTitle(t.nav.sections.targets);

  const communes = plan?.district.children.filter((unit) => unit.level === 'COMMUNE') ?? [];
  const rows = plan ? buildTargetRows(plan.district, communes, plan.targets) : null;

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t.nav.sections.targets}</h1>
        <YearSelect value={year} onChange={setYear} />
      </header>
      <QueryStatus loading={loading} error={error} onRetry={retry} />
      {loaded && !plan && <p className="empty">{t.targets.none(year)}</p>}
      {plan && rows && (
        <>
          {!canEdit && (
            <p className="notice" data-testid="targets-read-only">
              {t.targets.readOnly}
            </p>
          )}
          <TargetTable
            title={t.targets.district}
            planId={plan.id}
            rows={rows.district}
            canEdit={false}
            testId="district-targets"
          />
          <TargetTable
            title={t.targets.communes}
            planId={plan.id}
            rows={rows.communes}
            canEdit={canEdit && plan.status !== 'CLOSED'}
            testId="commune-targets"
          />
        </>
      )}
    </div>
  );
}
