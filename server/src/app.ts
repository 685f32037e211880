import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { requireSignInPlugin } from './common/auth';
import { ErrorCode } from './common/errors';
import { createEventBus, type EventBus } from './common/event-bus';
import { createSubscriptionServer } from './common/subscription-server';
import type { Config } from './config';
import type { Context, RequestInfo } from './context';
import { loadViewer } from './modules/access/access.service';
import { createTokenService, loadSigningKey } from './modules/access/tokens';
import { buildSchema } from './schema';

export const CLIENT_DIST = fileURLToPath(new URL('../../client/dist', import.meta.url));

const KNOWN_CODES = new Set<string>([
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/** Expected errors pass through; anything else is logged here and masked for the caller. */
const formatError = (
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (message: string) => void,
): GraphQLFormattedError => {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && KNOWN_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  log(`unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return {
    message: 'Internal server error',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
};

const NO_REQUEST: RequestInfo = { ip: null, userAgent: null };

export interface AppOptions {
  orm: MikroORM;
  config: Pick<Config, 'authSecret' | 'tokenTtlSeconds' | 'production'>;
  log?: (message: string) => void;
  /** Serve the built console at `/` (off in API-only tests). */
  serveClient?: boolean;
}

export interface App {
  httpServer: Server;
  /** Change events from every server process, as this one sees them. */
  eventBus: EventBus;
  /** Closes websockets and the event bus, drains HTTP and stops Apollo; the caller closes the ORM. */
  stop(): Promise<void>;
}

/**
 * Builds the HTTP server: GraphQL at /graphql (subscriptions over graphql-ws on the same path),
 * health at /healthz, the console at /. Not yet listening.
 */
export const createApp = async ({ orm, config, log = console.error, serveClient = true }: AppOptions): Promise<App> => {
  const tokens = createTokenService(await loadSigningKey(orm.em.fork(), config.authSecret), config.tokenTtlSeconds);
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const schema = await buildSchema();

  const apollo = new ApolloServer<Context>({
    schema,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), requireSignInPlugin],
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatError(formatted, error, log),
  });
  await apollo.start();

  const clientUrl = orm.config.get('clientUrl');
  if (!clientUrl) throw new Error('the ORM has no clientUrl: the event bus needs one to LISTEN');
  const eventBus = createEventBus(clientUrl, log);
  // Subscriptions opened once the app answers must not miss events: LISTEN first.
  await eventBus.ready();

  // The user id in "Bearer <token>": the Authorization header, or a websocket's connection parameter.
  const signedInUser = async (authorization: unknown): Promise<number | null> => {
    const match = typeof authorization === 'string' ? /^Bearer\s+(\S+)$/i.exec(authorization) : null;
    return match ? tokens.verify(match[1]) : null;
  };
  const contextFor = async (userId: number | null, request: RequestInfo = NO_REQUEST): Promise<Context> => {
    const em = orm.em.fork();
    const viewer = userId === null ? null : await loadViewer(em, userId);
    return { em, viewer, tokens, eventBus, request };
  };

  const subscriptions = createSubscriptionServer({
    httpServer,
    schema,
    async authenticate(authorization) {
      const userId = await signedInUser(authorization);
      return userId !== null && (await loadViewer(orm.em.fork(), userId)) ? userId : null;
    },
    context: contextFor,
    formatError: (formatted, error) => formatError(formatted, error, log),
  });

  app.get('/healthz', async (_request, response) => {
    try {
      await orm.em.fork().execute('select 1');
      response.json({ status: 'ok' });
    } catch {
      response.status(503).json({ status: 'database unavailable' });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        contextFor(await signedInUser(req.headers.authorization), {
          ip: req.ip ?? null,
          userAgent: req.headers['user-agent'] ?? null,
        }),
    }),
  );

  if (serveClient && existsSync(CLIENT_DIST)) {
    app.use(express.static(CLIENT_DIST, { index: false, maxAge: '1h' }));
    // The console routes on the client: every other GET gets its page.
    app.get(/^(?!\/graphql).*/, (_request, response) => {
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile('index.html', { root: CLIENT_DIST });
    });
  }

  return {
    httpServer,
    eventBus,
    async stop() {
      // Websockets first: closing them completes their subscriptions, then nothing listens any more.
      await subscriptions.stop();
      await eventBus.close();
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
};
