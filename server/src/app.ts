import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import {
  DATABASE_UNAVAILABLE_MESSAGE,
  databaseUnavailableStatusPlugin,
  isDatabaseUnavailable,
  rethrowIfDatabaseUnavailable,
} from './common/database-unavailable';
import { ErrorCode } from './common/errors';
import { createEventBus, type EventBus } from './common/event-bus';
import {
  corsFor,
  describeError,
  hideSuggestionsFromStrangersPlugin,
  jsonBody,
  QUERY_LIMITS,
  queryLimitRules,
  refuseNulCharactersPlugin,
  requestErrorHandler,
  securityHeaders,
  tokenLimitPlugin,
} from './common/hardening';
import { createRateLimiter, RATE_LIMITED } from './common/rate-limit';
import { createSubscriptionServer } from './common/subscription-server';
import { type Config, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_RATE_LIMITS } from './config';
import type { Context, RequestInfo } from './context';
import {
  authenticate,
  createTokenService,
  DEFAULT_SIGN_IN_POLICY,
  loadSigningKey,
  requireSignInPlugin,
  type SignInPolicy,
  strangerGate,
} from './modules/access';
import { exportsRouter, reportFilesRouter } from './modules/reports';
import { buildSchema } from './schema';

export const CLIENT_DIST = fileURLToPath(new URL('../../client/dist', import.meta.url));

const KNOWN_CODES = new Set<string>([
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.DATABASE_UNAVAILABLE,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  RATE_LIMITED,
]);

/** Expected errors pass through; anything else is logged here and masked for the caller. */
const formatError = (
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (message: string) => void,
): GraphQLFormattedError => {
  // A literal its scalar refuses ("-0" as Money, written in the document) fails validation, which
  // Apollo answers GRAPHQL_VALIDATION_FAILED: it is the same bad input as in a variable, said the same way.
  const refusedLiteral =
    formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' &&
    error instanceof GraphQLError &&
    error.originalError instanceof GraphQLError &&
    error.originalError.extensions.code === ErrorCode.BAD_USER_INPUT;
  const code = refusedLiteral ? ErrorCode.BAD_USER_INPUT : formatted.extensions?.code;
  if (typeof code === 'string' && KNOWN_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: { ...extensions, code } };
  }
  // PostgreSQL down or restarting: no fault of the caller's, and the console says so (HTTP 503).
  if (isDatabaseUnavailable(error)) {
    log(`database unavailable: ${describeError(error)}`);
    const { path, locations } = formatted;
    return {
      message: DATABASE_UNAVAILABLE_MESSAGE,
      path,
      locations,
      extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
    };
  }
  log(`unexpected error: ${describeError(error)}`);
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
  config: Pick<Config, 'authSecret' | 'tokenTtlSeconds' | 'production'> & {
    /** Overrides of the failed sign-in throttle (tests make it fast). */
    signInPolicy?: Partial<SignInPolicy>;
  } & Partial<Pick<Config, 'maxRequestBytes' | 'corsOrigins' | 'rateLimits' | 'trustProxy'>>;
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
  const signInPolicy: SignInPolicy = { ...DEFAULT_SIGN_IN_POLICY, ...config.signInPolicy };
  const tokens = createTokenService(await loadSigningKey(orm.em.fork(), config.authSecret), config.tokenTtlSeconds);
  const { maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES, corsOrigins = [], rateLimits = DEFAULT_RATE_LIMITS } = config;
  const rateLimiter = createRateLimiter(rateLimits);
  const app = express();
  app.disable('x-powered-by');
  // The client's address (rate limits, the security log) comes through the proxies trusted here.
  app.set('trust proxy', config.trustProxy ?? false);
  app.use(securityHeaders());
  const httpServer = createServer(app);
  const schema = await buildSchema();
  const refuseStranger = strangerGate(schema);

  const apollo = new ApolloServer<Context>({
    schema,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      requireSignInPlugin,
      databaseUnavailableStatusPlugin,
      hideSuggestionsFromStrangersPlugin,
      tokenLimitPlugin,
      refuseNulCharactersPlugin,
      // No Apollo Sandbox page: it loads scripts from Apollo's CDN.
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are used; the default cache-control plugin would wrap every field's resolver.
      ApolloServerPluginCacheControlDisabled(),
    ],
    // Compact JSON: Apollo's default indents every response (a grid's is 40% whitespace).
    stringifyResult: (result) => JSON.stringify(result),
    parseOptions: { maxTokens: QUERY_LIMITS.tokens },
    validationRules: queryLimitRules,
    // Signed-in callers only (requireSignInPlugin), whatever NODE_ENV says.
    introspection: true,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatError(formatted, error, log),
  });
  await apollo.start();

  const clientUrl = orm.config.get('clientUrl');
  if (!clientUrl) throw new Error('the ORM has no clientUrl: the event bus needs one to LISTEN');
  const eventBus = createEventBus(clientUrl, log);
  // Subscriptions opened once the app answers must not miss events: LISTEN first.
  await eventBus.ready();

  // A fresh EntityManager and a viewer checked afresh (session open, token unrevoked) per operation.
  const contextFor = async (authorization: unknown, request: RequestInfo = NO_REQUEST): Promise<Context> => {
    const em = orm.em.fork();
    const viewer = await authenticate(em, tokens, authorization).catch(rethrowIfDatabaseUnavailable);
    return { em, viewer, tokens, signInPolicy, eventBus, request };
  };

  // An HTTP request's context, counted against its caller's rate limit: /graphql and the downloads alike.
  const admittedContext = async (req: express.Request): Promise<Context> =>
    rateLimiter.admit(
      await contextFor(req.headers.authorization, {
        ip: req.ip ?? null,
        userAgent: req.headers['user-agent'] ?? null,
      }),
    );

  const subscriptions = createSubscriptionServer({
    httpServer,
    schema,
    context: (authorization) => contextFor(authorization),
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
    ...corsFor(corsOrigins),
    jsonBody(maxRequestBytes),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const context = await admittedContext(req);
        if (!context.viewer) refuseStranger(req);
        return context;
      },
    }),
  );

  // The files sent with reports, for the same callers as /graphql (docs/reports.md).
  app.use('/files/report-submissions', ...corsFor(corsOrigins), reportFilesRouter(admittedContext));

  // The district's spreadsheets (docs/exports.md), for the same callers and limits as /graphql.
  app.use(
    '/exports',
    ...corsFor(corsOrigins),
    exportsRouter({
      contextOf: admittedContext,
      log,
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
  app.use(requestErrorHandler(maxRequestBytes, log));

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
