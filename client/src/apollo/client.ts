import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { isUnauthenticated } from './errors';
import { endSession, readToken } from './session';

export function createApolloClient(): ApolloClient {
  const authLink = new SetContextLink(({ headers }) => {
    const token = readToken();
    return token ? { headers: { ...headers, Authorization: `Bearer ${token}` } } : {};
  });

  // Any operation can learn that the token expired or was revoked; all of them end the session.
  const sessionLink = new ErrorLink(({ error, operation }) => {
    if (isUnauthenticated(error)) {
      void endSession(operation.client);
    }
  });

  return new ApolloClient({
    link: ApolloLink.from([sessionLink, authLink, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache({
      typePolicies: {
        // One viewer per session: `viewer` and `login { viewer }` share a single cache entry.
        Viewer: { keyFields: [] },
      },
    }),
  });
}
