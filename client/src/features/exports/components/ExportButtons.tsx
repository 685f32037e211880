import '../exports.css';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { downloadFromServer } from '../../../ui/download';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import {
  allocationDecisionPath,
  printAllocationPath,
  printResultsPath,
  REPORT_PERIODS,
  type ReportPeriod,
  resultsReportPath,
} from '../model/paths';

interface ExportButtonsProps {
  planId: string;
  year: number;
  /** Which documents to offer: the allocation page only needs its own. */
  documents?: readonly ('allocation' | 'results')[];
}

/**
 * Downloads of the server's two spreadsheets (with the session's token) and links to their
 * printable pages. Reading them changes nothing: every role that reads the plan may have them.
 */
export function ExportButtons({ planId, year, documents = ['allocation', 'results'] }: ExportButtonsProps) {
  const { t } = useI18n();
  const m = t.exports;
  const periodId = useId();
  const [period, setPeriod] = useState<ReportPeriod>('SEMIANNUAL');
  const [busy, setBusy] = useState<'allocation' | 'results' | null>(null);
  const [failed, setFailed] = useState(false);

  const download = async (which: 'allocation' | 'results') => {
    setBusy(which);
    setFailed(false);
    try {
      if (which === 'allocation') {
        await downloadFromServer(allocationDecisionPath(planId), `phan-bo-${year}.xlsx`);
      } else {
        await downloadFromServer(resultsReportPath(planId, period), `bao-cao-ket-qua-${year}.xlsx`);
      }
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };

  return (
    <fieldset className="export-bar">
      <legend className="visually-hidden">{m.title}</legend>
      {documents.includes('allocation') && (
        <span className="export-item">
          <button
            type="button"
            onClick={() => void download('allocation')}
            disabled={busy !== null}
            data-testid="export-allocation"
          >
            {busy === 'allocation' ? m.downloading : m.allocationDecision}
          </button>
          <Link to={printAllocationPath(year)} data-testid="print-allocation">
            {m.printAllocation}
          </Link>
        </span>
      )}
      {documents.includes('results') && (
        <span className="export-item">
          <label htmlFor={periodId}>{m.period}</label>
          <select id={periodId} value={period} onChange={(event) => setPeriod(event.target.value as ReportPeriod)}>
            {REPORT_PERIODS.map((option) => (
              <option key={option} value={option}>
                {m.periods[option]}
              </option>
            ))}
          </select>
          <button
            type="button"
            onClick={() => void download('results')}
            disabled={busy !== null}
            data-testid="export-results"
          >
            {busy === 'results' ? m.downloading : m.resultsReport}
          </button>
          <Link to={printResultsPath(year, period)} data-testid="print-results">
            {m.printResults}
          </Link>
        </span>
      )}
      {failed && (
        <p className="form-error" role="alert">
          {m.failed}
        </p>
      )}
    </fieldset>
  );
}
