import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation, relayStylePagination } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { databaseStatus, databaseStatusLink } from './database-status';
import { isUnauthenticated } from './errors';
import { endSession, readToken } from './session';

type ConnectionListener = (event: 'reconnected' | 'disconnected') => void;

const connectionListeners = new Set<ConnectionListener>();

/**
 * Hears the live-update socket drop and come back. Events sent while it was down are not
 * replayed, so a screen fed by subscriptions refetches on 'reconnected'.
 */
export function onLiveConnectionChange(listener: ConnectionListener): () => void {
  connectionListeners.add(listener);
  return () => connectionListeners.delete(listener);
}

function notifyConnection(event: 'reconnected' | 'disconnected'): void {
  for (const listener of connectionListeners) listener(event);
}

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

  // Subscriptions travel over graphql-ws on the same /graphql path. The socket opens with the first
  // subscription and closes after the last (lazy), so a new sign-in always opens it with its own
  // token; it retries for as long as the page is open.
  const wsClient = createClient({
    url: () => `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`,
    connectionParams: () => {
      const token = readToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: async (retries) => {
      await new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** retries, 15_000)));
    },
    on: {
      connected: (_socket, _payload, wasRetry) => {
        if (wasRetry) notifyConnection('reconnected');
      },
      closed: () => notifyConnection('disconnected'),
    },
  });

  const transport = ApolloLink.split(
    (operation) => isSubscriptionOperation(operation.query),
    new GraphQLWsLink(wsClient),
    ApolloLink.from([authLink, databaseStatusLink(databaseStatus), new HttpLink({ uri: '/graphql' })]),
  );

  return new ApolloClient({
    link: ApolloLink.from([sessionLink, transport]),
    cache: new InMemoryCache({
      typePolicies: {
        // One viewer per session: `viewer` and `login { viewer }` share a single cache entry.
        Viewer: { keyFields: [] },
        Query: {
          fields: {
            // Pages of the security log fetched with `after` join the ones before, per filter.
            securityEvents: relayStylePagination(['filter']),
            // Likewise the report submissions of a plan.
            reportSubmissions: relayStylePagination(['filter']),
          },
        },
      },
    }),
  });
}
