import type { Messages } from '../../../ui/i18n/messages';
import type { UserErrorLike } from '../../../ui/user-errors';

/** A userError as the console says it: its code's text, or the server's own words for a new code. */
export function userErrorText(t: Messages, error: UserErrorLike): string {
  return t.admin.errorCode[error.code] ?? error.message;
}

/** A person as the admin pages name them. */
export function personName(user: { displayName: string; username: string }): string {
  return `${user.displayName} (${user.username})`;
}
