import { ApolloClient, ApolloLink, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import {
  createDatabaseStatus,
  type DatabaseStatus,
  databaseStatusLink,
  isDatabaseUnavailable,
} from '../../client/src/apollo/database-status';

const UNAVAILABLE = {
  errors: [
    { message: 'The database is unavailable; try again shortly.', extensions: { code: 'DATABASE_UNAVAILABLE' } },
  ],
};

const answer =
  (status: number, body: unknown, contentType = 'application/graphql-response+json') =>
  () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': contentType } });

const offline = () => {
  throw new TypeError('Failed to fetch');
};

/** The console's link chain in front of a server that answers each request with the next of `answers`. */
const consoleAgainst = (status: DatabaseStatus, answers: (() => Response)[]) => {
  const fetch = async () => (answers.shift() as () => Response)();
  const client = new ApolloClient({
    link: ApolloLink.from([databaseStatusLink(status), new HttpLink({ uri: 'http://console.test/graphql', fetch })]),
    cache: new InMemoryCache(),
  });
  return () => client.query({ query: gql`{ __typename }`, fetchPolicy: 'no-cache' }).catch(() => undefined);
};

describe('the database banner', () => {
  it('rises when the server says DATABASE_UNAVAILABLE and falls at its next other answer', async () => {
    const status = createDatabaseStatus();
    let changes = 0;
    status.subscribe(() => changes++);
    const query = consoleAgainst(status, [
      answer(503, UNAVAILABLE),
      offline,
      answer(200, { data: { __typename: 'Query' } }),
      answer(503, UNAVAILABLE, 'application/json'),
      answer(200, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }),
    ]);
    const seen: boolean[] = [];
    for (let request = 0; request < 5; request++) {
      await query();
      seen.push(status.unavailable());
    }
    // Offline says nothing about the database: the banner stays as it was.
    expect(seen).toEqual([true, true, false, true, false]);
    expect(changes).toBe(4);
  });

  it('recognises the code among GraphQL errors, or in a plain JSON 503', () => {
    expect(isDatabaseUnavailable(new CombinedGraphQLErrors({ data: null, ...UNAVAILABLE }))).toBe(true);
    const forbidden = { errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }] };
    expect(isDatabaseUnavailable(new CombinedGraphQLErrors({ data: null, ...forbidden }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('Failed to fetch'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
