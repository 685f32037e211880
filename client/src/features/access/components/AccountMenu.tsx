import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { useSignOut } from '../hooks/useSignOut';
import { useViewer } from '../hooks/useViewer';
import { ChangePasswordDialog } from './ChangePasswordDialog';

/** Who is signed in, in which roles, their password, and the way out. */
export function AccountMenu() {
  const { t } = useI18n();
  const viewer = useViewer();
  const signOut = useSignOut();
  const [changingPassword, setChangingPassword] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  return (
    <div className="account">
      {viewer && (
        <p className="account-user">
          <span className="account-name">{viewer.user.displayName}</span>
          <span className="account-roles">{viewer.roles.map((role) => t.account.roles[role]).join(', ')}</span>
        </p>
      )}
      <button type="button" onClick={() => setChangingPassword(true)}>
        {t.account.changePassword}
      </button>
      <button
        type="button"
        disabled={signingOut}
        onClick={() => {
          setSigningOut(true);
          void signOut();
        }}
      >
        {signingOut ? t.account.signingOut : t.account.signOut}
      </button>
      {/* Outside the header, whose light-on-dark styles are not the dialog's. */}
      {createPortal(
        <ChangePasswordDialog open={changingPassword} onClose={() => setChangingPassword(false)} />,
        document.body,
      )}
    </div>
  );
}
