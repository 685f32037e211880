/** Every way sign-in, accounts and API tokens can say no, as returned in `userErrors[].code`. */
export enum AccessErrorCode {
  /** Unknown username or wrong password: deliberately not saying which. */
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  /** Too many failed sign-ins: refused until `retryAfterSeconds` have passed, even with the right password. */
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  /** changePassword: the current password given is wrong. */
  WRONG_PASSWORD = 'WRONG_PASSWORD',
  /** Shorter than 10 characters, longer than 200, or the username itself. */
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  SAME_PASSWORD = 'SAME_PASSWORD',
  /** 3 to 60 of a-z, 0-9, dot, dash, underscore. */
  INVALID_USERNAME = 'INVALID_USERNAME',
  USERNAME_TAKEN = 'USERNAME_TAKEN',
  DISPLAY_NAME_REQUIRED = 'DISPLAY_NAME_REQUIRED',
  NO_ROLES = 'NO_ROLES',
  /** A commune officer needs at least one commune; other roles take none. */
  COMMUNE_SCOPE_REQUIRED = 'COMMUNE_SCOPE_REQUIRED',
  COMMUNE_SCOPE_NOT_ALLOWED = 'COMMUNE_SCOPE_NOT_ALLOWED',
  NOT_A_COMMUNE = 'NOT_A_COMMUNE',
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  /** An admin may not remove their own ADMIN role nor disable themselves (the last door in). */
  CANNOT_LOCK_OUT_SELF = 'CANNOT_LOCK_OUT_SELF',
  NAME_REQUIRED = 'NAME_REQUIRED',
  NO_SCOPES = 'NO_SCOPES',
  EXPIRY_IN_PAST = 'EXPIRY_IN_PAST',
  /** API tokens live at most 366 days. */
  EXPIRY_TOO_FAR = 'EXPIRY_TOO_FAR',
  TOKEN_NOT_FOUND = 'TOKEN_NOT_FOUND',
  ALREADY_REVOKED = 'ALREADY_REVOKED',
}
