import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { LoginDocument, type LoginInput, ViewerDocument } from '../../../apollo/generated';
import { storeToken } from '../../../apollo/session';
import { type LoginFailure, loginFailureOf, rateLimitFailureOf } from '../model/sign-in';

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
      return { ok: false, failure: payload ? loginFailureOf(payload) : { code: 'FAILED' } };
    } catch (error) {
      const limited = rateLimitFailureOf(
        CombinedGraphQLErrors.is(error) ? error.errors : null,
        ServerError.is(error) ? error.statusCode : null,
      );
      if (limited) return { ok: false, failure: limited };
      const answered = CombinedGraphQLErrors.is(error) || ServerError.is(error);
      return { ok: false, failure: { code: answered ? 'FAILED' : 'UNREACHABLE' } };
    }
  }

  return { login, loading };
}
