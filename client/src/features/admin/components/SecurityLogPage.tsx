import { useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { type SecurityEventFilter, type SecurityEventKind, SecurityLogUsersDocument } from '../../../apollo/generated';
import { formatDateTime } from '../../../ui/date-input';
import { FieldErrors } from '../../../ui/FieldErrors';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { useDocumentTitle } from '../../../ui/layout/useDocumentTitle';
import { QueryStatus } from '../../../ui/QueryStatus';
import { Section } from '../../../ui/Section';
import { useSecurityEvents } from '../hooks/useSecurityEvents';
import {
  EMPTY_SECURITY_LOG_FILTER,
  SECURITY_EVENT_KINDS,
  type SecurityLogFilterForm,
  toSecurityEventFilter,
} from '../model/security-log';
import { personName } from './messages';

type FilterProblems = { from: boolean; to: boolean; order: boolean };
const NO_PROBLEMS: FilterProblems = { from: false, to: false, order: false };

/** Nhật ký bảo mật: who signed in, out, failed, and what admins changed; newest first, by pages. */
export function SecurityLogPage() {
  const { t } = useI18n();
  const m = t.admin.securityLog;
  useDocumentTitle(m.title);
  const { data: usersData } = useQuery(SecurityLogUsersDocument);
  const [form, setForm] = useState<SecurityLogFilterForm>(EMPTY_SECURITY_LOG_FILTER);
  const [filter, setFilter] = useState<SecurityEventFilter>({});
  const [problems, setProblems] = useState<FilterProblems>(NO_PROBLEMS);
  const { events, hasMore, loading, loadingMore, error, refetch, loadMore } = useSecurityEvents(filter);
  const id = useId();
  const ids = { kind: `${id}-kind`, user: `${id}-user`, from: `${id}-from`, to: `${id}-to` };

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const parsed = toSecurityEventFilter(form);
    if (!parsed.ok) {
      setProblems(parsed);
      return;
    }
    setProblems(NO_PROBLEMS);
    setFilter(parsed.filter);
  };

  const clear = () => {
    setForm(EMPTY_SECURITY_LOG_FILTER);
    setProblems(NO_PROBLEMS);
    setFilter({});
  };

  const dateField = (field: 'from' | 'to', label: string) => {
    const messages = [
      ...(problems[field] ? [m.filters.invalidDate] : []),
      ...(field === 'to' && problems.order ? [m.filters.order] : []),
    ];
    return (
      <div className="field">
        <label htmlFor={ids[field]}>{label}</label>
        <input
          id={ids[field]}
          name={field}
          inputMode="numeric"
          placeholder={m.filters.dateHint}
          size={11}
          value={form[field]}
          onChange={(event) => setForm({ ...form, [field]: event.target.value })}
          aria-invalid={messages.length > 0}
          aria-describedby={messages.length > 0 ? `${ids[field]}-errors` : undefined}
        />
        <FieldErrors id={`${ids[field]}-errors`} messages={messages} />
      </div>
    );
  };

  return (
    <Section title={m.title}>
      <p>{m.intro}</p>
      <form className="log-filters" aria-label={m.filters.label} onSubmit={apply} data-testid="security-log-filters">
        <div className="field">
          <label htmlFor={ids.kind}>{m.filters.kind}</label>
          <select
            id={ids.kind}
            name="kind"
            value={form.kind}
            onChange={(event) => setForm({ ...form, kind: event.target.value as SecurityEventKind | '' })}
          >
            <option value="">{m.filters.all}</option>
            {SECURITY_EVENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {m.kind[kind]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.user}>{m.filters.user}</label>
          <select
            id={ids.user}
            name="userId"
            value={form.userId}
            onChange={(event) => setForm({ ...form, userId: event.target.value })}
          >
            <option value="">{m.filters.all}</option>
            {(usersData?.users ?? []).map((user) => (
              <option key={user.id} value={user.id}>
                {personName(user)}
              </option>
            ))}
          </select>
        </div>
        {dateField('from', m.filters.from)}
        {dateField('to', m.filters.to)}
        <div className="form-actions">
          <button type="submit" className="button-primary">
            {m.filters.apply}
          </button>
          <button type="button" onClick={clear}>
            {m.filters.clear}
          </button>
        </div>
      </form>
      <QueryStatus loading={loading} error={error} onRetry={() => void refetch()} />
      {!loading &&
        !error &&
        (events.length === 0 ? (
          <p className="empty">{m.empty}</p>
        ) : (
          <>
            <div className="table-scroll">
              <table className="table admin-table" aria-label={m.tableLabel} data-testid="security-log">
                <thead>
                  <tr>
                    <th scope="col">{m.columns.at}</th>
                    <th scope="col">{m.columns.kind}</th>
                    <th scope="col">{m.columns.account}</th>
                    <th scope="col">{m.columns.actor}</th>
                    <th scope="col">{m.columns.apiToken}</th>
                    <th scope="col">{m.columns.ip}</th>
                    <th scope="col">{m.columns.detail}</th>
                  </tr>
                </thead>
                <tbody>
                  {events.map((event) => (
                    <tr key={event.id} data-testid="security-event" data-kind={event.kind}>
                      <td className="nowrap">{formatDateTime(event.at)}</td>
                      <td>{m.kind[event.kind]}</td>
                      <td>{event.user ? personName(event.user) : (event.username ?? '')}</td>
                      <td>{event.actor ? personName(event.actor) : ''}</td>
                      <td>{event.apiToken ? `${event.apiToken.name} (${event.apiToken.prefix}…)` : ''}</td>
                      <td>{event.ip ?? ''}</td>
                      <td className="log-detail">{event.detail ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="log-footer">
              <span role="status" data-testid="security-log-count">
                {m.shown(events.length)}
              </span>
              {hasMore && (
                <button
                  type="button"
                  disabled={loadingMore}
                  onClick={() => void loadMore()}
                  data-testid="security-log-more"
                >
                  {loadingMore ? m.loadingMore : m.loadMore}
                </button>
              )}
            </p>
          </>
        ))}
    </Section>
  );
}
