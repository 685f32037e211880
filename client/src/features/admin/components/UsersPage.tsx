import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { type AdminUserFieldsFragment, AdminUsersDocument } from '../../../apollo/generated';
import { Dialog } from '../../../ui/Dialog';
import { formatDateTime } from '../../../ui/date-input';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { useDocumentTitle } from '../../../ui/layout/useDocumentTitle';
import { type Outcome, OutcomeMessage } from '../../../ui/OutcomeMessage';
import { QueryStatus } from '../../../ui/QueryStatus';
import { Section } from '../../../ui/Section';
import { useUpdateUser } from '../hooks/useUserMutations';
import { ConfirmDialog } from './ConfirmDialog';
import { userErrorText } from './messages';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { UserForm } from './UserForm';

type User = AdminUserFieldsFragment;

/** Người dùng: every account, with what an admin does to one; and a form for a new one. */
export function UsersPage() {
  const { t } = useI18n();
  const m = t.admin.users;
  useDocumentTitle(m.title);
  const { data, loading, error, refetch } = useQuery(AdminUsersDocument, { fetchPolicy: 'cache-and-network' });
  const { updateUser, updating } = useUpdateUser();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [editing, setEditing] = useState<User | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const [disabling, setDisabling] = useState<User | null>(null);
  const [disableError, setDisableError] = useState<string | null>(null);

  const users = data?.users ?? [];
  const communes = data?.adminUnits ?? [];

  /** Enabling, disabling and unlocking: one change; what went wrong, or null. */
  const change = async (user: User, input: { active?: boolean; unlock?: boolean }): Promise<string | null> => {
    try {
      const payload = await updateUser({ id: user.id, ...input });
      return payload.userErrors.length > 0
        ? payload.userErrors.map((issue) => userErrorText(t, issue)).join(' ')
        : null;
    } catch {
      return t.admin.failed;
    }
  };

  const act = async (user: User, input: { active?: boolean; unlock?: boolean }, done: string) => {
    const problem = await change(user, input);
    setOutcome(problem ? { ok: false, text: problem } : { ok: true, text: done });
  };

  const confirmDisable = async () => {
    if (!disabling) return;
    const problem = await change(disabling, { active: false });
    if (problem) {
      setDisableError(problem);
      return;
    }
    setOutcome({ ok: true, text: m.disabled(disabling.username) });
    setDisabling(null);
    setDisableError(null);
  };

  return (
    <>
      <Section title={m.title}>
        <p>{m.intro}</p>
        <OutcomeMessage outcome={outcome} testId="users-outcome" />
        <QueryStatus loading={loading && !data} error={error} onRetry={() => void refetch()} />
        {data &&
          (users.length === 0 ? (
            <p className="empty">{m.empty}</p>
          ) : (
            <div className="table-scroll">
              <table className="table admin-table" aria-label={m.tableLabel} data-testid="users-table">
                <thead>
                  <tr>
                    <th scope="col">{m.columns.username}</th>
                    <th scope="col">{m.columns.displayName}</th>
                    <th scope="col">{m.columns.roles}</th>
                    <th scope="col">{m.columns.communes}</th>
                    <th scope="col">{m.columns.active}</th>
                    <th scope="col">{m.columns.lastSignIn}</th>
                    <th scope="col">{m.columns.lockedUntil}</th>
                    <th scope="col">{m.columns.actions}</th>
                  </tr>
                </thead>
                <tbody>
                  {users.map((user) => (
                    <tr key={user.id} data-testid={`user-row-${user.username}`}>
                      <td>
                        <code>{user.username}</code>
                      </td>
                      <td>{user.displayName}</td>
                      <td>{user.roles.map((role) => t.account.roles[role]).join(', ')}</td>
                      <td>{user.communeScope.map((commune) => commune.name).join(', ')}</td>
                      <td>
                        <span className={user.active ? 'badge badge-ok' : 'badge badge-muted'}>
                          {user.active ? m.active : m.inactive}
                        </span>
                      </td>
                      <td className="nowrap">
                        {user.lastSignInAt ? formatDateTime(user.lastSignInAt) : t.admin.never}
                      </td>
                      <td className="nowrap">
                        {user.lockedUntil ? (
                          <span className="badge badge-warn">{formatDateTime(user.lockedUntil)}</span>
                        ) : (
                          m.notLocked
                        )}
                      </td>
                      <td>
                        <div className="row-actions">
                          <button type="button" onClick={() => setEditing(user)}>
                            {m.edit}
                          </button>
                          {user.active ? (
                            <button type="button" onClick={() => setDisabling(user)}>
                              {m.disable}
                            </button>
                          ) : (
                            <button
                              type="button"
                              disabled={updating}
                              onClick={() => void act(user, { active: true }, m.enabled(user.username))}
                            >
                              {m.enable}
                            </button>
                          )}
                          {user.lockedUntil && (
                            <button
                              type="button"
                              disabled={updating}
                              onClick={() => void act(user, { unlock: true }, m.unlocked(user.username))}
                            >
                              {m.unlock}
                            </button>
                          )}
                          <button type="button" onClick={() => setResetting(user)}>
                            {m.resetPassword}
                          </button>
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
      </Section>
      <Section title={m.create.title}>
        {data && (
          <UserForm
            communes={communes}
            onSaved={(user) => setOutcome({ ok: true, text: m.create.done(user.username) })}
          />
        )}
      </Section>
      <Dialog
        title={editing ? m.editDialog.title(editing.username) : ''}
        open={editing !== null}
        onClose={() => setEditing(null)}
      >
        {editing && (
          <UserForm
            key={editing.id}
            communes={communes}
            user={editing}
            onCancel={() => setEditing(null)}
            onSaved={(user) => {
              setEditing(null);
              setOutcome({ ok: true, text: m.editDialog.done(user.username) });
            }}
          />
        )}
      </Dialog>
      <ResetPasswordDialog
        user={resetting}
        onClose={() => setResetting(null)}
        onDone={(user) => {
          setResetting(null);
          setOutcome({ ok: true, text: m.reset.done(user.username) });
        }}
      />
      <ConfirmDialog
        open={disabling !== null}
        title={disabling ? m.disableDialog.title(disabling.username) : ''}
        body={m.disableDialog.body}
        confirmLabel={m.disableDialog.confirm}
        busy={updating}
        error={disableError}
        onConfirm={() => void confirmDisable()}
        onCancel={() => {
          setDisabling(null);
          setDisableError(null);
        }}
      />
    </>
  );
}
