import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { LoginDocument, type LoginInput, ViewerDocument } from '../../../apollo/generated';
import { storeToken } from '../../../apollo/session';

/** Why a sign-in did not succeed, as the form explains it. */
export type LoginFailure = 'INVALID_CREDENTIALS' | 'FAILED' | 'UNREACHABLE';

export type LoginOutcome = { ok: true } | { ok: false; failure: LoginFailure };

export function useLogin() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(LoginDocument, {
    // The payload carries the viewer: seed the header's query so it needs no second round trip.
    update(cache, { data }) {
      const viewer = data?.login.viewer;
      if (data?.login.token && viewer) {
        cache.writeQuery({ query: ViewerDocument, data: { viewer } });
      }
    },
  });

  async function login(input: LoginInput): Promise<LoginOutcome> {
    // Nothing a previous user loaded may show through to the next one.
    await client.clearStore();
    try {
      const { data } = await mutate({ variables: { input } });
      const payload = data?.login;
      if (payload?.token) {
        storeToken(payload.token);
        return { ok: true };
      }
      const invalid = payload?.userErrors.some((error) => error.code === 'INVALID_CREDENTIALS');
      return { ok: false, failure: invalid ? 'INVALID_CREDENTIALS' : 'FAILED' };
    } catch (error) {
      const answered = CombinedGraphQLErrors.is(error) || ServerError.is(error);
      return { ok: false, failure: answered ? 'FAILED' : 'UNREACHABLE' };
    }
  }

  return { login, loading };
}
