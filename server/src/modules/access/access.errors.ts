/** Every way sign-in can say no, as returned in `userErrors[].code`. */
export enum AccessErrorCode {
  /** Unknown username or wrong password: deliberately not saying which. */
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
}
