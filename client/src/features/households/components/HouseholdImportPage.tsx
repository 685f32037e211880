import '../households.css';
import { type ChangeEvent, useId, useState } from 'react';
import type { HouseholdImportInput, HouseholdImportResultFragment } from '../../../apollo/generated';
import { formatNumber } from '../../../ui/format';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { useDocumentTitle } from '../../../ui/layout/useDocumentTitle';
import { Section } from '../../../ui/Section';
import { useHouseholdImport } from '../hooks/useHouseholdImport';
import { useHouseholdViewer } from '../hooks/useHouseholdViewer';
import { mayImport } from '../model/access';
import { hasImportExtension, MAX_IMPORT_BYTES, toBase64 } from '../model/import-file';
import { HouseholdsNav } from './HouseholdsNav';

type Outcome = { kind: 'preview' | 'commit'; result: HouseholdImportResultFragment };

export function HouseholdImportPage() {
  const { t } = useI18n();
  const m = t.households.importing;
  useDocumentTitle(m.title);
  const viewer = useHouseholdViewer();
  const { preview, commit, previewing, committing } = useHouseholdImport();
  const [file, setFile] = useState<HouseholdImportInput | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const fileId = useId();

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    setOutcome(null);
    setProblem(null);
    setFile(null);
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    if (!hasImportExtension(chosen.name)) return setProblem(m.wrongType);
    if (chosen.size > MAX_IMPORT_BYTES) return setProblem(m.tooLarge);
    const bytes = new Uint8Array(await chosen.arrayBuffer());
    setFile({ fileName: chosen.name, contentBase64: toBase64(bytes) });
  };

  const run = async (kind: Outcome['kind']) => {
    if (!file) return;
    setProblem(null);
    try {
      const result = kind === 'preview' ? await preview(file) : await commit(file);
      if (result) setOutcome({ kind, result });
      else setProblem(m.failed);
    } catch (error) {
      setProblem(`${m.failed} ${error instanceof Error ? error.message : ''}`.trim());
    }
  };

  const result = outcome?.result;
  const canCommit =
    outcome?.kind === 'preview' && result?.summary && result.rowErrors.length === 0 && result.userErrors.length === 0;

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t.nav.sections.households}</h1>
      </header>
      <HouseholdsNav />
      <Section title={m.title}>
        {viewer && !mayImport(viewer.roles) ? (
          <p className="notice">{m.forbidden}</p>
        ) : (
          <>
            <p>{m.intro}</p>
            <div className="field">
              <label htmlFor={fileId}>{m.file}</label>
              <input
                id={fileId}
                name="file"
                type="file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(event) => void choose(event)}
              />
            </div>
            <p>
              <button type="button" disabled={!file || previewing} onClick={() => void run('preview')}>
                {previewing ? m.previewing : m.preview}
              </button>{' '}
              <button
                type="button"
                className="button-primary"
                disabled={!canCommit || committing}
                onClick={() => void run('commit')}
              >
                {committing ? m.committing : m.commit}
              </button>
            </p>
            {problem && (
              <p className="form-error" role="alert">
                {problem}
              </p>
            )}
            {result && <ImportResult kind={outcome.kind} result={result} />}
          </>
        )}
      </Section>
    </div>
  );
}

function ImportResult({ kind, result }: Outcome) {
  const { t } = useI18n();
  const m = t.households.importing;
  const { summary, rowErrors, userErrors, committed } = result;
  return (
    <div data-testid="import-result">
      {kind === 'commit' &&
        (committed && summary ? (
          <p className="notice" role="status">
            {m.committed(summary.households, summary.members)}
          </p>
        ) : (
          <p className="form-error" role="alert">
            {m.notCommitted}
          </p>
        ))}
      {userErrors.length > 0 && (
        <ul className="form-error" role="alert">
          {userErrors.map((error) => (
            <li key={`${error.code}:${error.message}`}>
              {m.rowCode[error.code] ?? error.message} <code>{error.code}</code>
            </li>
          ))}
        </ul>
      )}
      {summary && (
        <dl className="facts" data-testid="import-summary">
          {(Object.keys(m.summary) as (keyof typeof m.summary)[]).map((key) => (
            <div key={key}>
              <dt>{m.summary[key]}</dt>
              <dd>{formatNumber(summary[key])}</dd>
            </div>
          ))}
        </dl>
      )}
      {rowErrors.length === 0 ? (
        summary && <p>{m.noProblems}</p>
      ) : (
        <>
          <p className="form-error" role="alert">
            {m.problems(rowErrors.length)}
          </p>
          <table className="table" data-testid="import-row-errors">
            <thead>
              <tr>
                <th scope="col">{m.row}</th>
                <th scope="col">{m.column}</th>
                <th scope="col">{m.reason}</th>
              </tr>
            </thead>
            <tbody>
              {rowErrors.map((error, index) => (
                // Row errors have no id; their order is the file's.
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered
                <tr key={index}>
                  <td className="number">{error.row ?? m.wholeFile}</td>
                  <td>{error.column ?? ''}</td>
                  <td>
                    {m.rowCode[error.code] ?? error.code}: <span className="hint">{error.message}</span>{' '}
                    <code>{error.code}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
