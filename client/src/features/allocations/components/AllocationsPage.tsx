import '../allocations.css';
import { Fragment } from 'react';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { useDocumentTitle } from '../../../ui/layout/useDocumentTitle';
import { QueryStatus } from '../../../ui/QueryStatus';
import { useYearParam } from '../../../ui/useYearParam';
import { ExportButtons } from '../../exports';
import { YearSelect } from '../../plan';
import { useAllocationGrid, useCanWriteMoney } from '../hooks/useAllocationData';
import { AllocationWorkspace } from './AllocationWorkspace';

/** Phân bổ: the province's assignments split across the plan's implementing units. */
export function AllocationsPage() {
  const { t } = useI18n();
  const [year, setYear] = useYearParam();
  const canWrite = useCanWriteMoney();
  const { plans, loading, error, refetch } = useAllocationGrid(year);
  useDocumentTitle(t.nav.sections.allocations);

  return (
    <div className="page page-wide">
      <header className="page-header">
        <h1>{t.allocations.title}</h1>
        <YearSelect value={year} onChange={setYear} />
      </header>
      <QueryStatus loading={loading} error={error} onRetry={() => void refetch()} />
      {plans?.length === 0 && <p className="empty">{t.allocations.none(year)}</p>}
      {plans?.map((plan) => (
        <Fragment key={plan.id}>
          {/* The district's appendix as the server writes it, beside the grid's own export of what is shown. */}
          <ExportButtons planId={plan.id} year={plan.year} documents={['allocation']} />
          <AllocationWorkspace plan={plan} canWrite={canWrite} refetch={() => void refetch()} />
        </Fragment>
      ))}
    </div>
  );
}
