import { useI18n } from '../../../ui/i18n/I18nProvider';
import { useSignOut } from '../hooks/useSignOut';
import { useViewer } from '../hooks/useViewer';

/** Who is signed in, in which roles, and the way out. */
export function AccountMenu() {
  const { t } = useI18n();
  const viewer = useViewer();
  const signOut = useSignOut();
  return (
    <div className="account">
      {viewer && (
        <p className="account-user">
          <span className="account-name">{viewer.user.displayName}</span>
          <span className="account-roles">{viewer.roles.map((role) => t.account.roles[role]).join(', ')}</span>
        </p>
      )}
      <button type="button" onClick={() => void signOut()}>
        {t.account.signOut}
      </button>
    </div>
  );
}
