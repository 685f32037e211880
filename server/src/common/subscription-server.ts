import type { Server } from 'node:http';
import {
  createSourceEventStream,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  execute,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Context } from '../context';
import { unauthenticated } from './errors';
import { QUERY_LIMITS, queryLimitRules } from './hardening';

export interface SubscriptionServerOptions {
  httpServer: Server;
  schema: GraphQLSchema;
  /** The context for a connection's `authorization` parameter; its viewer is null when that is not valid. */
  context(authorization: unknown): Promise<Context>;
  /** As the HTTP endpoint's: expected errors pass, the rest are logged and masked. */
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
}

export interface SubscriptionServer {
  /** Closes every websocket (completing its subscriptions) and stops accepting new ones. */
  stop(): Promise<void>;
}

// A closing client gets this long to answer the close handshake before its socket is cut.
const CLOSE_GRACE_MS = 1_000;

const withCode = (error: GraphQLError, code: string): GraphQLError =>
  new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code },
  });

const isAsyncIterable = (value: unknown): value is AsyncIterable<unknown> =>
  typeof value === 'object' && value !== null && Symbol.asyncIterator in value;

/**
 * graphql-js's `subscribe`, except that each event is executed with a fresh context: a new
 * EntityManager fork (a long-lived subscription must not answer from an identity map filled by
 * earlier events) and the viewer checked again, so that signing out, revoking a token or disabling
 * an account ends the subscription at its next event.
 * `return()` reaches the source at once, even while `next()` waits for an event (an async
 * generator would queue it behind that `next()` and leak the listener).
 */
const subscribeWithFreshContexts = async (
  args: ExecutionArgs,
  freshContext: () => Promise<Context>,
): Promise<ExecutionResult | AsyncIterableIterator<ExecutionResult>> => {
  const stream = await createSourceEventStream(args);
  if (!isAsyncIterable(stream)) {
    // Errors without a code or cause come from coercing the variables: the caller's input.
    const errors = (stream.errors ?? []).map((error) =>
      error.extensions.code || error.originalError ? error : withCode(error, 'BAD_USER_INPUT'),
    );
    return { ...stream, errors };
  }
  const source = stream[Symbol.asyncIterator]();
  let signedOut = false;
  const results: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      if (signedOut) return { value: undefined, done: true };
      const event = await source.next();
      if (event.done) return { value: undefined, done: true };
      const contextValue = await freshContext();
      if (!contextValue.viewer) {
        // One last message says why, then the subscription completes.
        signedOut = true;
        await source.return?.();
        return { value: { errors: [unauthenticated()] }, done: false };
      }
      return { value: await execute({ ...args, rootValue: event.value, contextValue }), done: false };
    },
    async return() {
      await source.return?.();
      return { value: undefined, done: true };
    },
    async throw(error?: unknown) {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return results;
    },
  };
  return results;
};

/**
 * GraphQL subscriptions over graphql-ws at the HTTP server's /graphql. A connection signs in once
 * with `connectionParams.authorization: "Bearer <token>"` and is refused (4403) without a valid
 * one. Only subscriptions are served here: queries and mutations go to POST /graphql.
 */
export const createSubscriptionServer = ({
  httpServer,
  schema,
  context,
  formatError,
}: SubscriptionServerOptions): SubscriptionServer => {
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 2 * 1024 * 1024 });
  // The credentials each operation's events are checked against again.
  const authorizations = new WeakMap<Context, unknown>();
  const format = (errors: readonly GraphQLError[]) => errors.map((error) => formatError(error.toJSON(), error));

  const graphqlWs = useServer<Record<string, unknown>, { authorization?: unknown }>(
    {
      async onConnect(connection) {
        const params = connection.connectionParams ?? {};
        const authorization = params.authorization ?? params.Authorization;
        const { viewer } = await context(authorization);
        if (!viewer) return false;
        connection.extra.authorization = authorization;
        return true;
      },
      async onSubscribe(connection, _id, payload) {
        let document: DocumentNode;
        try {
          // The same limits as over HTTP: tokens at parse time, depth, aliases and cost when validating.
          document = parse(payload.query, { maxTokens: QUERY_LIMITS.tokens });
        } catch (error) {
          if (error instanceof GraphQLError) return [withCode(error, 'GRAPHQL_PARSE_FAILED')];
          throw error;
        }
        const invalid = validate(schema, document, [...specifiedRules, ...queryLimitRules]);
        if (invalid.length > 0) return invalid.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED'));
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== 'subscription') {
          const message = operation
            ? 'Only subscriptions are served over WebSocket; send queries and mutations to POST /graphql.'
            : 'Name the operation to run.';
          return [new GraphQLError(message, { extensions: { code: 'BAD_REQUEST' } })];
        }
        let contextValue: Context;
        try {
          // Like HTTP's: the viewer is checked afresh for each operation (a signed-out token gets no more).
          contextValue = await context(connection.extra.authorization);
        } catch (error) {
          const cause = error instanceof Error ? error : new Error(String(error));
          return [new GraphQLError(cause.message, { originalError: cause })];
        }
        if (!contextValue.viewer) return [unauthenticated()];
        authorizations.set(contextValue, connection.extra.authorization);
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
      },
      subscribe: (args) => {
        const authorization = authorizations.get(args.contextValue as Context);
        return subscribeWithFreshContexts(args, () => context(authorization));
      },
      onNext: (_connection, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: format(result.errors) } : undefined,
      onError: (_connection, _id, _payload, errors) => format(errors),
    },
    wsServer,
  );

  return {
    async stop() {
      const cut = setTimeout(() => {
        for (const socket of wsServer.clients) socket.terminate();
      }, CLOSE_GRACE_MS);
      try {
        await graphqlWs.dispose();
      } finally {
        clearTimeout(cut);
      }
    },
  };
};
