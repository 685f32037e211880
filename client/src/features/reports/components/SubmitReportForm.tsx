import { type ChangeEvent, type FormEvent, useId, useMemo, useRef, useState } from 'react';
import type { DeadlineKind, ReportsCalendarQuery, SubmitReportInput } from '../../../apollo/generated';
import { parseDisplayDate } from '../../../ui/date-input';
import { describedBy, FieldErrors } from '../../../ui/FieldErrors';
import { formatDate } from '../../../ui/format';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import type { FigureName } from '../../../ui/i18n/messages';
import { todayInVietnam } from '../../../ui/vietnam-time';
import { useSubmitReport } from '../hooks/useReports';
import { MAX_ATTACHMENT_BYTES, toBase64 } from '../model/attachment';
import {
  FIGURE_NAMES,
  type FigureInputs,
  type FormField,
  fieldOfError,
  figureInputsOf,
  NO_FIGURE_INPUTS,
  type ReportViewer,
  readFigures,
  submittable,
} from '../model/report-form';

type Obligation = ReportsCalendarQuery['reportingCalendar'][number];

interface SubmitReportFormProps {
  planId: string;
  obligations: readonly Obligation[];
  viewer: ReportViewer;
}

type Errors = Partial<Record<FormField, string[]>>;

/**
 * Records a report a unit sent: the units offered are those the viewer may record for and that owe
 * the chosen kind. A unit that already reported is resubmitted with the version it was loaded at;
 * the server's refusals appear beside the inputs they name.
 */
export function SubmitReportForm({ planId, obligations, viewer }: SubmitReportFormProps) {
  const { t } = useI18n();
  const m = t.reports.form;
  const { submit, submitting } = useSubmitReport();
  const mine = useMemo(() => submittable(obligations, viewer), [obligations, viewer]);
  const kinds = useMemo(() => [...new Set(mine.map((obligation) => obligation.kind))], [mine]);

  const [kind, setKind] = useState<DeadlineKind | ''>(kinds[0] ?? '');
  const [unitId, setUnitId] = useState('');
  const [submittedOn, setSubmittedOn] = useState(() => formatDate(todayInVietnam()));
  const [figures, setFigures] = useState<FigureInputs>(NO_FIGURE_INPUTS);
  const [note, setNote] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  // The version the officer is replacing: set from what they saw, never from what they have not.
  const [expectedVersion, setExpectedVersion] = useState<number | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [done, setDone] = useState<string | null>(null);
  const id = useId();
  const ids = {
    kind: `${id}-kind`,
    unit: `${id}-unit`,
    date: `${id}-date`,
    file: `${id}-file`,
    note: `${id}-note`,
    dateHint: `${id}-date-hint`,
    fileHint: `${id}-file-hint`,
  };
  const errorsId = (field: FormField) => `${id}-errors-${field.replace('.', '-')}`;
  const messagesOf = (field: FormField) => errors[field] ?? [];

  const units = mine.filter((obligation) => obligation.kind === kind);
  const chosen = units.find((obligation) => obligation.unit.id === unitId) ?? null;
  const existing = chosen?.submission ?? null;
  const figuresAllowed = kind !== 'COMMUNE_PLAN';

  /** A new unit or kind starts from what that unit already sent, if anything. */
  const choose = (nextKind: DeadlineKind | '', nextUnitId: string) => {
    setKind(nextKind);
    setUnitId(nextUnitId);
    const obligation = mine.find((item) => item.kind === nextKind && item.unit.id === nextUnitId);
    const submission = obligation?.submission ?? null;
    setExpectedVersion(submission?.version ?? null);
    setFigures(figureInputsOf(submission?.figures));
    setNote(submission?.note ?? '');
    setErrors({});
    setDone(null);
  };

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const next = event.target.files?.[0] ?? null;
    setFile(next);
    setErrors((current) => ({
      ...current,
      attachment: next && next.size > MAX_ATTACHMENT_BYTES ? [m.fileTooLarge] : [],
    }));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const problems: Errors = {};
    const add = (field: FormField, message: string) => {
      problems[field] = [...(problems[field] ?? []), message];
    };
    if (!kind) add('kind', m.kind);
    if (!chosen) add('unitId', m.chooseUnit);
    const date = parseDisplayDate(submittedOn);
    if (!date) add('submittedOn', m.invalidDate);
    const read = figuresAllowed ? readFigures(figures) : ({ ok: true, figures: null } as const);
    if (!read.ok) {
      for (const [name, error] of Object.entries(read.errors)) {
        add(`figures.${name as FigureName}`, error === 'COUNT' ? m.invalidCount : m.amountError[error]);
      }
    }
    if (file && file.size > MAX_ATTACHMENT_BYTES) add('attachment', m.fileTooLarge);
    if (Object.keys(problems).length > 0 || !kind || !chosen || !date || !read.ok) {
      setErrors(problems);
      return;
    }
    let attachment: SubmitReportInput['attachment'] = null;
    if (file) {
      try {
        attachment = { fileName: file.name, contentBase64: await toBase64(file) };
      } catch {
        setErrors({ attachment: [m.fileUnreadable] });
        return;
      }
    }
    try {
      const result = await submit({
        planId,
        unitId: chosen.unit.id,
        kind,
        submittedOn: date,
        figures: read.figures,
        attachment,
        note: note.trim() === '' ? null : note.trim(),
        expectedVersion,
      });
      if (!result) {
        setErrors({ form: [m.failed] });
        return;
      }
      if (result.userErrors.length > 0) {
        const refused: Errors = {};
        for (const error of result.userErrors) {
          const conflict = error.code === 'ALREADY_SUBMITTED' || error.code === 'VERSION_CONFLICT';
          const text =
            conflict && result.submission
              ? m.conflict(result.submission.version)
              : `${m.errorCode[error.code] ?? error.message} (${error.code})`;
          const field = conflict ? 'form' : fieldOfError(error.field);
          refused[field] = [...(refused[field] ?? []), text];
        }
        // The officer's entries stay; recording again is a deliberate replacement of the version named.
        if (result.submission) setExpectedVersion(result.submission.version);
        setErrors(refused);
        return;
      }
      setErrors({});
      setFile(null);
      if (fileInput.current) fileInput.current.value = '';
      setExpectedVersion(result.submission?.version ?? null);
      setDone(m.done(chosen.unit.name));
    } catch (error) {
      setErrors({ form: [`${m.failed} ${error instanceof Error ? error.message : ''}`.trim()] });
    }
  };

  if (kinds.length === 0) return <p className="empty">{m.noUnits}</p>;

  return (
    <form
      className="form report-form"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      data-testid="submit-report"
    >
      <p className="section-intro">{m.intro}</p>
      {messagesOf('form').length > 0 && (
        <ul className="form-error" role="alert" data-testid="report-form-errors">
          {messagesOf('form').map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {done && (
        <p className="form-success" role="status">
          {done}
        </p>
      )}
      <div className="report-form-row">
        <div className="field">
          <label htmlFor={ids.kind}>{m.kind}</label>
          <select
            id={ids.kind}
            name="kind"
            value={kind}
            onChange={(event) => choose(event.target.value as DeadlineKind, '')}
            {...describedBy(errorsId('kind'), messagesOf('kind'))}
          >
            {kinds.map((option) => (
              <option key={option} value={option}>
                {t.plan.deadlineKind[option]}
              </option>
            ))}
          </select>
          <FieldErrors id={errorsId('kind')} messages={messagesOf('kind')} />
        </div>
        <div className="field">
          <label htmlFor={ids.unit}>{m.unit}</label>
          <select
            id={ids.unit}
            name="unitId"
            value={unitId}
            onChange={(event) => choose(kind, event.target.value)}
            {...describedBy(errorsId('unitId'), messagesOf('unitId'))}
          >
            <option value="">{m.chooseUnit}</option>
            {units.map((obligation) => (
              <option key={obligation.unit.id} value={obligation.unit.id}>
                {obligation.unit.name}
              </option>
            ))}
          </select>
          <FieldErrors id={errorsId('unitId')} messages={messagesOf('unitId')} />
        </div>
        <div className="field">
          <label htmlFor={ids.date}>{m.submittedOn}</label>
          <input
            id={ids.date}
            name="submittedOn"
            inputMode="numeric"
            autoComplete="off"
            value={submittedOn}
            onChange={(event) => setSubmittedOn(event.target.value)}
            {...describedBy(errorsId('submittedOn'), messagesOf('submittedOn'), ids.dateHint)}
          />
          <span id={ids.dateHint} className="field-hint">
            {m.dateHint}
          </span>
          <FieldErrors id={errorsId('submittedOn')} messages={messagesOf('submittedOn')} />
        </div>
      </div>

      {existing && (
        <div className="notice" data-testid="report-existing">
          <p className="notice-title">{m.existing(existing.version, formatDate(existing.submittedOn))}</p>
          <p>{m.replaceWarning}</p>
        </div>
      )}

      {figuresAllowed ? (
        <fieldset className="figure-inputs">
          <legend>{m.figures}</legend>
          <p className="field-hint">{m.figuresHint}</p>
          {FIGURE_NAMES.map((name) => {
            const field: FormField = `figures.${name}`;
            const inputId = `${id}-figure-${name}`;
            return (
              <div className="field" key={name}>
                <label htmlFor={inputId}>{t.reports.figures[name]}</label>
                <input
                  id={inputId}
                  name={name}
                  inputMode={name === 'disbursed' ? 'text' : 'numeric'}
                  autoComplete="off"
                  value={figures[name]}
                  onChange={(event) => setFigures((current) => ({ ...current, [name]: event.target.value }))}
                  {...describedBy(errorsId(field), messagesOf(field))}
                />
                <FieldErrors id={errorsId(field)} messages={messagesOf(field)} />
              </div>
            );
          })}
        </fieldset>
      ) : (
        <p className="field-hint">{m.notForCommunePlan}</p>
      )}

      <div className="report-form-row">
        <div className="field">
          <label htmlFor={ids.file}>{m.attachment}</label>
          <input
            ref={fileInput}
            id={ids.file}
            name="attachment"
            type="file"
            accept=".pdf,.docx,.xlsx,.doc,.xls,.jpg,.jpeg,.png"
            onChange={onFile}
            {...describedBy(errorsId('attachment'), messagesOf('attachment'), ids.fileHint)}
          />
          <span id={ids.fileHint} className="field-hint">
            {m.attachmentHint}
          </span>
          <FieldErrors id={errorsId('attachment')} messages={messagesOf('attachment')} />
        </div>
        <div className="field report-note-field">
          <label htmlFor={ids.note}>{m.note}</label>
          <textarea
            id={ids.note}
            name="note"
            rows={3}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            {...describedBy(errorsId('note'), messagesOf('note'))}
          />
          <FieldErrors id={errorsId('note')} messages={messagesOf('note')} />
        </div>
      </div>

      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={submitting}>
          {submitting ? m.submitting : expectedVersion !== null ? m.resubmit : m.submit}
        </button>
      </div>
    </form>
  );
}
