import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { AdminApiTokensDocument, type ApiTokenFieldsFragment, type ApiTokenStatus } from '../../../apollo/generated';
import { formatDateTime } from '../../../ui/date-input';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { useDocumentTitle } from '../../../ui/layout/useDocumentTitle';
import { type Outcome, OutcomeMessage } from '../../../ui/OutcomeMessage';
import { QueryStatus } from '../../../ui/QueryStatus';
import { Section } from '../../../ui/Section';
import { useRevokeApiToken } from '../hooks/useApiTokenMutations';
import { ApiTokenForm, type CreatedToken } from './ApiTokenForm';
import { ConfirmDialog } from './ConfirmDialog';
import { personName, userErrorText } from './messages';
import { SecretPanel } from './SecretPanel';

const STATUS_BADGE: Record<ApiTokenStatus, string> = {
  ACTIVE: 'badge badge-ok',
  EXPIRED: 'badge badge-muted',
  REVOKED: 'badge badge-error',
};

/** Khóa API: read-only tokens for analytics tools; created here (secret shown once) and revoked. */
export function ApiTokensPage() {
  const { t } = useI18n();
  const m = t.admin.apiTokens;
  useDocumentTitle(m.title);
  const { data, loading, error, refetch } = useQuery(AdminApiTokensDocument, { fetchPolicy: 'cache-and-network' });
  const { revokeApiToken, revoking } = useRevokeApiToken();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [revokingToken, setRevokingToken] = useState<ApiTokenFieldsFragment | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);

  const tokens = data?.apiTokens ?? [];
  const activeUsers = (data?.users ?? []).filter((user) => user.active);

  const confirmRevoke = async () => {
    if (!revokingToken) return;
    try {
      const payload = await revokeApiToken(revokingToken.id);
      if (payload.userErrors.length > 0) {
        setRevokeError(payload.userErrors.map((issue) => userErrorText(t, issue)).join(' '));
        return;
      }
      setOutcome({ ok: true, text: m.revoked(revokingToken.name) });
      setRevokingToken(null);
      setRevokeError(null);
    } catch {
      setRevokeError(t.admin.failed);
    }
  };

  return (
    <>
      <Section title={m.title}>
        <p>{m.intro}</p>
        <OutcomeMessage outcome={outcome} testId="api-tokens-outcome" />
        <QueryStatus loading={loading && !data} error={error} onRetry={() => void refetch()} />
        {data &&
          (tokens.length === 0 ? (
            <p className="empty">{m.empty}</p>
          ) : (
            <div className="table-scroll">
              <table className="table admin-table" aria-label={m.tableLabel} data-testid="api-tokens-table">
                <thead>
                  <tr>
                    <th scope="col">{m.columns.name}</th>
                    <th scope="col">{m.columns.prefix}</th>
                    <th scope="col">{m.columns.user}</th>
                    <th scope="col">{m.columns.scopes}</th>
                    <th scope="col">{m.columns.created}</th>
                    <th scope="col">{m.columns.expires}</th>
                    <th scope="col">{m.columns.lastUsed}</th>
                    <th scope="col">{m.columns.status}</th>
                    <th scope="col">{m.columns.actions}</th>
                  </tr>
                </thead>
                <tbody>
                  {tokens.map((token) => (
                    <tr key={token.id} data-testid={`api-token-row-${token.name}`} data-status={token.status}>
                      <td>{token.name}</td>
                      <td>
                        <code>{token.prefix}…</code>
                      </td>
                      <td>{personName(token.user)}</td>
                      <td>{token.scopes.map((scope) => m.scope[scope]).join(', ')}</td>
                      <td>
                        <span className="nowrap">{formatDateTime(token.createdAt)}</span>
                        {token.createdBy && (
                          <>
                            <br />
                            <span className="field-hint">{m.createdBy(token.createdBy.displayName)}</span>
                          </>
                        )}
                      </td>
                      <td className="nowrap">{formatDateTime(token.expiresAt)}</td>
                      <td className="nowrap">{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t.admin.never}</td>
                      <td>
                        <span className={STATUS_BADGE[token.status]}>{m.status[token.status]}</span>
                        {token.revokedAt && (
                          <>
                            <br />
                            <span className="field-hint">
                              {m.revokedBy(formatDateTime(token.revokedAt), token.revokedBy?.displayName ?? null)}
                            </span>
                          </>
                        )}
                      </td>
                      <td>
                        {token.status === 'ACTIVE' && (
                          <button
                            type="button"
                            onClick={() => {
                              setRevokeError(null);
                              setRevokingToken(token);
                            }}
                          >
                            {m.revoke}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
      </Section>
      <Section title={m.create.title}>
        {created ? (
          <SecretPanel token={created} onDone={() => setCreated(null)} />
        ) : (
          data && (
            <ApiTokenForm
              users={activeUsers}
              onCreated={(token) => {
                setOutcome(null);
                setCreated(token);
              }}
            />
          )
        )}
      </Section>
      <ConfirmDialog
        open={revokingToken !== null}
        title={revokingToken ? m.revokeDialog.title(revokingToken.name) : ''}
        body={m.revokeDialog.body}
        confirmLabel={m.revokeDialog.confirm}
        busy={revoking}
        error={revokeError}
        onConfirm={() => void confirmRevoke()}
        onCancel={() => {
          setRevokingToken(null);
          setRevokeError(null);
        }}
      />
    </>
  );
}
