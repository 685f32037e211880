export interface PasswordChangeForm {
  currentPassword: string;
  newPassword: string;
  confirmation: string;
}

export type PasswordField = 'currentPassword' | 'newPassword' | 'confirmation';

export const PASSWORD_FIELDS: readonly PasswordField[] = ['currentPassword', 'newPassword', 'confirmation'];

/**
 * What the form itself can tell before asking: the two new passwords must match. Whether the new one
 * is strong enough is the server's rule (WEAK_PASSWORD), so it is said in one place only.
 */
export function confirmationProblem(form: PasswordChangeForm): 'MISMATCH' | null {
  return form.newPassword === form.confirmation ? null : 'MISMATCH';
}
