import { useQuery } from '@apollo/client/react';
import {
  PrintAllocationDecisionDocument,
  PrintPlanDocument,
  PrintResultsReportDocument,
} from '../../../apollo/generated';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { useDocumentTitle } from '../../../ui/layout/useDocumentTitle';
import { QueryStatus } from '../../../ui/QueryStatus';
import { usePrintParams } from '../hooks/usePrintYear';
import { PrintDocument } from './PrintDocument';

/** The allocation decision's appendix, printable: allocation-decision.xlsx's model, drawn on paper. */
export function PrintAllocationPage() {
  return <PrintPage which="allocation" />;
}

/** The semi-annual or annual results report, printable: results-report.xlsx's model, drawn on paper. */
export function PrintResultsPage() {
  return <PrintPage which="results" />;
}

/** The plan of the address's year, then its document as the server builds it for the .xlsx. */
function PrintPage({ which }: { which: 'allocation' | 'results' }) {
  const { t } = useI18n();
  const { year, period } = usePrintParams();
  useDocumentTitle(which === 'allocation' ? t.exports.printAllocation : t.exports.printResults);
  // Printed as the data stands now, never from an older cache.
  const planQuery = useQuery(PrintPlanDocument, { variables: { year }, fetchPolicy: 'no-cache' });
  const planId = planQuery.data?.plans[0]?.id ?? null;
  const allocation = useQuery(PrintAllocationDecisionDocument, {
    variables: { planId: planId ?? '' },
    skip: !planId || which !== 'allocation',
    fetchPolicy: 'no-cache',
  });
  const results = useQuery(PrintResultsReportDocument, {
    variables: { planId: planId ?? '', period },
    skip: !planId || which !== 'results',
    fetchPolicy: 'no-cache',
  });
  const model =
    which === 'allocation' ? allocation.data?.allocationDecisionDocument : results.data?.resultsReportDocument;

  if (!model) {
    const documentQuery = which === 'allocation' ? allocation : results;
    return (
      <>
        <QueryStatus
          loading={planQuery.loading || documentQuery.loading}
          error={planQuery.error ?? documentQuery.error}
          onRetry={() => void (planId ? documentQuery.refetch() : planQuery.refetch())}
        />
        {planQuery.data && !planId && <p className="empty">{t.plan.none(year)}</p>}
      </>
    );
  }
  return <PrintDocument document={model} testId={which === 'allocation' ? 'print-allocation' : 'print-results'} />;
}
