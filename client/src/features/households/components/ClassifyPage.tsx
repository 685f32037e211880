import '../households.css';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import {
  type AreaType,
  ClassifyHouseholdDocument,
  type ClassifyHouseholdQuery,
  type Deprivation,
  PovertyStandardsDocument,
} from '../../../apollo/generated';
import { parseAmount } from '../../../ui/amount';
import { formatDate, formatMoney } from '../../../ui/format';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { useDocumentTitle } from '../../../ui/layout/useDocumentTitle';
import { Section } from '../../../ui/Section';
import { DEFAULT_CLASSIFY_DATE, DEPRIVATIONS, hasStandardOn, toClassifyInput } from '../model/classify-form';
import { HouseholdsNav } from './HouseholdsNav';

type Classification = ClassifyHouseholdQuery['classifyHousehold'];

/** Pure rule evaluation on the server: what the standard in force on a date says of a household. */
export function ClassifyPage() {
  const { t } = useI18n();
  const m = t.households.classify;
  useDocumentTitle(m.title);
  const client = useApolloClient();
  const { data: standardsData } = useQuery(PovertyStandardsDocument);
  const standards = standardsData?.povertyStandards ?? [];
  const [area, setArea] = useState<AreaType>('RURAL');
  const [income, setIncome] = useState('');
  const [deprivations, setDeprivations] = useState<ReadonlySet<Deprivation>>(new Set());
  const [on, setOn] = useState(DEFAULT_CLASSIFY_DATE);
  const [errors, setErrors] = useState<string[]>([]);
  const [result, setResult] = useState<Classification | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { area: useId(), income: useId(), on: useId() };

  const parsedIncome = income.trim() === '' ? null : parseAmount(income, 'DONG');

  const toggle = (item: Deprivation, checked: boolean) => {
    const next = new Set(deprivations);
    if (checked) next.add(item);
    else next.delete(item);
    setDeprivations(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    const parsed = toClassifyInput({ area, income, deprivations, on });
    if (!parsed.ok) {
      const problems: string[] = [];
      if (parsed.income) problems.push(`${m.income}: ${m.amountError[parsed.income]}`);
      if (parsed.on) problems.push(`${m.on}: ${m.invalidDate}`);
      setErrors(problems);
      return;
    }
    // Said before asking: the server would refuse the same way, but this names the periods.
    if (standardsData && !hasStandardOn(standards, parsed.input.on)) {
      setErrors([m.noStandard(formatDate(parsed.input.on))]);
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      const { data } = await client.query({
        query: ClassifyHouseholdDocument,
        variables: { input: parsed.input },
        fetchPolicy: 'no-cache',
      });
      if (data) setResult(data.classifyHousehold);
    } catch (error) {
      setErrors([`${m.failed}: ${error instanceof Error ? error.message : String(error)}`]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t.nav.sections.households}</h1>
      </header>
      <HouseholdsNav />
      <Section title={m.title}>
        <p>{m.intro}</p>
        {standards.length > 0 && (
          <ul className="plain-list" data-testid="standards">
            {standards.map((standard) => (
              <li key={standard.id}>
                {m.period(
                  standard.document.number,
                  formatDate(standard.validFrom),
                  standard.validTo ? formatDate(standard.validTo) : null,
                  formatMoney(standard.ruralIncomeLine),
                  formatMoney(standard.urbanIncomeLine),
                  standard.poorDeprivationCount,
                )}
              </li>
            ))}
          </ul>
        )}
        <form className="form" onSubmit={(event) => void submit(event)} data-testid="classify-form">
          <div className="field">
            <label htmlFor={ids.area}>{m.area}</label>
            <select
              id={ids.area}
              name="area"
              value={area}
              onChange={(event) => setArea(event.target.value as AreaType)}
            >
              <option value="RURAL">{t.households.detail.areaType.RURAL}</option>
              <option value="URBAN">{t.households.detail.areaType.URBAN}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.income}>{m.income}</label>
            <input
              id={ids.income}
              name="income"
              inputMode="numeric"
              placeholder={m.incomeHint}
              value={income}
              onChange={(event) => setIncome(event.target.value)}
            />
            {parsedIncome && (
              <span className="hint" data-testid="income-preview">
                {parsedIncome.ok
                  ? m.incomePreview(formatMoney(parsedIncome.value.toString()))
                  : m.amountError[parsedIncome.error]}
              </span>
            )}
          </div>
          <fieldset className="deprivation-list">
            <legend>{m.deprivations}</legend>
            {DEPRIVATIONS.map((item) => (
              <label key={item}>
                <input
                  type="checkbox"
                  name="deprivation"
                  value={item}
                  checked={deprivations.has(item)}
                  onChange={(event) => toggle(item, event.target.checked)}
                />{' '}
                {m.deprivation[item]}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={ids.on}>{m.on}</label>
            <input
              id={ids.on}
              name="on"
              placeholder={m.onHint}
              value={on}
              onChange={(event) => setOn(event.target.value)}
            />
          </div>
          <p>
            <button type="submit" className="button-primary" disabled={busy}>
              {m.submit}
            </button>
          </p>
        </form>
        {errors.length > 0 && (
          <ul className="form-error" role="alert" data-testid="classify-errors">
            {errors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
        {result && (
          <div className="classification-result panel" data-testid="classification-result" role="status">
            <h4>
              {m.result}: <span data-status={result.status}>{t.households.statusName[result.status]}</span>
            </h4>
            <p>{m.deprivationCount(result.deprivationCount)}</p>
            <p data-testid="classification-explanation">{result.explanation}</p>
            <p>
              {m.standard}: {result.standard.number} ({formatDate(result.standard.issuedOn)}, {result.standard.issuer})
              — {result.standard.title}
            </p>
          </div>
        )}
      </Section>
    </div>
  );
}
