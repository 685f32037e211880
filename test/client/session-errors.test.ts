import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { isUnauthenticated } from '../../client/src/apollo/errors';

describe('isUnauthenticated', () => {
  it('recognises the UNAUTHENTICATED code among GraphQL errors', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'Not signed in', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    expect(isUnauthenticated(error)).toBe(true);
  });

  it('does not end the session for other failures', () => {
    const forbidden = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }],
    });
    expect(isUnauthenticated(forbidden)).toBe(false);
    expect(isUnauthenticated(new TypeError('Failed to fetch'))).toBe(false);
    expect(isUnauthenticated(undefined)).toBe(false);
  });
});
