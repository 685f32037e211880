import { type FormEvent, useId, useState } from 'react';
import type { CapitalType, FundingSource } from '../../../apollo/generated';
import { formatDong, parseAmount } from '../../../ui/amount';
import { parseDisplayDate } from '../../../ui/date-input';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { TEXT_LIMITS } from '../../../ui/text-limits';
import { inputOfError } from '../../../ui/user-errors';
import { useAssignEnvelope } from '../hooks/useBudgetMutations';
import type { GridPlan } from '../model/server';

const CAPITAL_TYPES: readonly CapitalType[] = ['RECURRENT', 'INVESTMENT'];
const SOURCES: readonly FundingSource[] = [
  'CENTRAL_BUDGET',
  'PROVINCIAL_BUDGET',
  'DISTRICT_BUDGET',
  'POLICY_CREDIT',
  'OTHER',
];

const INPUT_FIELDS = ['amount', 'decisionNumber', 'decisionDate', 'decisionIssuer', 'componentId'] as const;

type Field = (typeof INPUT_FIELDS)[number] | 'form';

interface AssignmentFormProps {
  plan: GridPlan;
  onAssigned: (message: string) => void;
}

/**
 * Dự toán tỉnh giao: records one province decision for one component, capital type and source
 * (assignEnvelope), which adds a grid row or adds to it.
 */
export function AssignmentForm({ plan, onAssigned }: AssignmentFormProps) {
  const { t } = useI18n();
  const m = t.allocations.assign;
  const { assign, loading } = useAssignEnvelope();
  const id = useId();
  const [componentId, setComponentId] = useState(plan.components[0]?.id ?? '');
  const [capitalType, setCapitalType] = useState<CapitalType>('RECURRENT');
  const [source, setSource] = useState<FundingSource>('CENTRAL_BUDGET');
  const [amountText, setAmountText] = useState('');
  const [reduction, setReduction] = useState(false);
  const [decisionNumber, setDecisionNumber] = useState('');
  const [decisionDate, setDecisionDate] = useState('');
  const [decisionIssuer, setDecisionIssuer] = useState(m.defaultIssuer);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const parsed = amountText.trim() === '' ? null : parseAmount(amountText, 'DONG');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!parsed) found.amount = m.required;
    else if (!parsed.ok) found.amount = t.allocations.amountError[parsed.error];
    if (!decisionNumber.trim()) found.decisionNumber = m.required;
    const isoDate = parseDisplayDate(decisionDate);
    if (!isoDate) found.decisionDate = decisionDate.trim() ? m.invalidDate : m.required;
    if (!decisionIssuer.trim()) found.decisionIssuer = m.required;
    setErrors(found);
    if (Object.keys(found).length > 0 || !parsed?.ok || !isoDate) return;

    const amount = reduction ? -parsed.value : parsed.value;
    try {
      const payload = await assign({
        planId: plan.id,
        componentId,
        capitalType,
        source,
        amount: amount.toString(),
        decisionNumber: decisionNumber.trim(),
        decisionDate: isoDate,
        decisionIssuer: decisionIssuer.trim(),
      });
      if (payload.userErrors.length > 0) {
        const fromServer: Partial<Record<Field, string>> = {};
        for (const error of payload.userErrors) {
          const field = inputOfError(error.field, INPUT_FIELDS) ?? 'form';
          fromServer[field] = t.allocations.errorCode[error.code] ?? error.message;
        }
        setErrors(fromServer);
        return;
      }
      const component = plan.components.find((candidate) => candidate.id === componentId);
      setAmountText('');
      setReduction(false);
      onAssigned(
        m.done(
          formatDong(amount),
          `${component?.code ?? ''} · ${t.allocations.capitalTypeShort[capitalType]} · ${t.allocations.sourceShort[source]}`,
        ),
      );
    } catch (error) {
      setErrors({ form: error instanceof Error ? error.message : String(error) });
    }
  };

  const fieldError = (field: Field) =>
    errors[field] ? (
      <span className="field-error" id={`${id}-${field}-error`}>
        {errors[field]}
      </span>
    ) : null;
  const describedBy = (field: Field, hint?: string) =>
    [hint, errors[field] ? `${id}-${field}-error` : null].filter(Boolean).join(' ') || undefined;

  return (
    <details className="panel assignment-panel" open={plan.envelopes.length === 0} data-testid="assignment-form">
      <summary>
        <h2>{m.title}</h2>
      </summary>
      <p className="muted">{m.intro}</p>
      <form className="assignment-form" onSubmit={onSubmit} noValidate>
        <div className="field field-wide">
          <label htmlFor={`${id}-component`}>{m.component}</label>
          <select
            id={`${id}-component`}
            name="componentId"
            value={componentId}
            onChange={(event) => setComponentId(event.target.value)}
          >
            {plan.components.map((component) => (
              <option key={component.id} value={component.id}>
                {component.kind === 'SUBPROJECT' ? '\u2003' : ''}
                {component.code} — {component.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-capital`}>{m.capitalType}</label>
          <select
            id={`${id}-capital`}
            name="capitalType"
            value={capitalType}
            onChange={(event) => setCapitalType(event.target.value as CapitalType)}
          >
            {CAPITAL_TYPES.map((option) => (
              <option key={option} value={option}>
                {t.allocations.capitalType[option]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-source`}>{m.source}</label>
          <select
            id={`${id}-source`}
            name="source"
            value={source}
            onChange={(event) => setSource(event.target.value as FundingSource)}
          >
            {SOURCES.map((option) => (
              <option key={option} value={option}>
                {t.allocations.source[option]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-amount`}>{m.amount}</label>
          <input
            id={`${id}-amount`}
            name="amount"
            inputMode="decimal"
            autoComplete="off"
            value={amountText}
            onChange={(event) => setAmountText(event.target.value)}
            aria-invalid={errors.amount ? true : undefined}
            aria-describedby={describedBy('amount', `${id}-amount-hint`)}
          />
          <span className="field-hint" id={`${id}-amount-hint`}>
            {parsed?.ok ? m.amountPreview(formatDong(reduction ? -parsed.value : parsed.value)) : m.amountHint}
          </span>
          {fieldError('amount')}
          <label className="checkbox">
            <input type="checkbox" checked={reduction} onChange={(event) => setReduction(event.target.checked)} />
            {m.reduction}
          </label>
        </div>
        <div className="field">
          <label htmlFor={`${id}-number`}>{m.decisionNumber}</label>
          <input
            id={`${id}-number`}
            name="decisionNumber"
            autoComplete="off"
            maxLength={TEXT_LIMITS.decisionNumber}
            value={decisionNumber}
            onChange={(event) => setDecisionNumber(event.target.value)}
            aria-invalid={errors.decisionNumber ? true : undefined}
            aria-describedby={describedBy('decisionNumber')}
          />
          {fieldError('decisionNumber')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>{m.decisionDate}</label>
          <input
            id={`${id}-date`}
            name="decisionDate"
            autoComplete="off"
            placeholder={m.dateHint}
            value={decisionDate}
            onChange={(event) => setDecisionDate(event.target.value)}
            aria-invalid={errors.decisionDate ? true : undefined}
            aria-describedby={describedBy('decisionDate', `${id}-date-hint`)}
          />
          <span className="field-hint" id={`${id}-date-hint`}>
            {m.dateHint}
          </span>
          {fieldError('decisionDate')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-issuer`}>{m.issuer}</label>
          <input
            id={`${id}-issuer`}
            name="decisionIssuer"
            maxLength={TEXT_LIMITS.decisionIssuer}
            value={decisionIssuer}
            onChange={(event) => setDecisionIssuer(event.target.value)}
            aria-invalid={errors.decisionIssuer ? true : undefined}
            aria-describedby={describedBy('decisionIssuer')}
          />
          {fieldError('decisionIssuer')}
        </div>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={loading} data-testid="assign-submit">
            {loading ? m.submitting : m.submit}
          </button>
          {errors.form && (
            <span className="form-error" role="alert">
              {errors.form}
            </span>
          )}
        </div>
      </form>
    </details>
  );
}
