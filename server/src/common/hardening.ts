import { STATUS_CODES } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { DriverException } from '@mikro-orm/core';
import cors from 'cors';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { type DocumentNode, GraphQLError, Kind, type ValidationContext, type ValidationRule, visit } from 'graphql';
import helmet from 'helmet';
import type { Context } from '../context';

/**
 * What one operation may ask for. The console's largest operations (client/src/features/<feature>/graphql,
 * with the __typename Apollo Client adds) reach depth 9, cost 778, 203 tokens, 5 directives and no
 * aliases; the tests reach depth 10, cost 2,416 and 3 aliases. See docs/security.md.
 */
export const QUERY_LIMITS = {
  /** Lexical tokens: the parser stops here, before validation (whose work can grow with the square). */
  tokens: 1_000,
  depth: 15,
  aliases: 30,
  directives: 20,
  /** graphql-armor's estimate: objects 2, scalars 1, ×1.5 per level, × a literal `first`. */
  cost: 10_000,
} as const;

type LimitName = keyof typeof QUERY_LIMITS;

// armor prefixes its messages with "Syntax Error: " although the document parsed; the cost comes with decimals.
const refusal =
  (limit: LimitName) =>
  (context: ValidationContext | null, error: GraphQLError): void => {
    const message = error.message.replace(/^Syntax Error: /, '').replace(/found (\d+)\.\d+/, 'found $1');
    // Apollo answers it as GRAPHQL_VALIDATION_FAILED (HTTP 400), keeping these extensions.
    context?.reportError(new GraphQLError(message, { extensions: { limit, max: QUERY_LIMITS[limit] } }));
  };

/**
 * Depth, alias, directive and cost limits (graphql-armor), run with the validation rules: each
 * walks the operation once, fragments counted once each. Tokens are limited by the parser
 * (`parseOptions.maxTokens`), which is cheaper still.
 */
export const queryLimitRules: ValidationRule[] = new ApolloArmor({
  maxTokens: { enabled: false },
  blockFieldSuggestion: { enabled: false },
  maxDepth: { n: QUERY_LIMITS.depth, onReject: [refusal('depth')], propagateOnRejection: false },
  // Aliases of __typename count too: armor would let any number of them through.
  maxAliases: { n: QUERY_LIMITS.aliases, allowList: [], onReject: [refusal('aliases')], propagateOnRejection: false },
  maxDirectives: { n: QUERY_LIMITS.directives, onReject: [refusal('directives')], propagateOnRejection: false },
  costLimit: { maxCost: QUERY_LIMITS.cost, onReject: [refusal('cost')], propagateOnRejection: false },
}).protect().validationRules;

// graphql-js's own words (sic: "more that" in 16.x).
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more tha[nt] \d+ tokens\. Parsing aborted\.$/;

/** Says the token limit the way the other limits are said: a plain message, `limit` and `max`. */
export const tokenLimitPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          if (!TOO_MANY_TOKENS.test(error.message)) continue;
          error.message = `Document contains more than ${QUERY_LIMITS.tokens} tokens, the limit. Parsing aborted.`;
          Object.assign(error.extensions, { limit: 'tokens', max: QUERY_LIMITS.tokens });
        }
      },
    };
  },
};

/** Whether any string in a JSON value holds U+0000; iterative, since variables may nest deeply. */
const holdsNul = (value: unknown): boolean => {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === 'string') {
      if (next.includes('\u0000')) return true;
    } else if (next !== null && typeof next === 'object') {
      // One by one: spreading a list of a million items into push() would overflow the call.
      for (const item of Array.isArray(next) ? next : Object.values(next)) pending.push(item);
    }
  }
  return false;
};

const literalHoldsNul = (document: DocumentNode): boolean => {
  let found = false;
  visit(document, {
    [Kind.STRING](node) {
      if (node.value.includes('\u0000')) found = true;
    },
  });
  return found;
};

/**
 * PostgreSQL text cannot hold U+0000: a string with it would fail in the database, whatever the
 * field. It is refused as malformed input (BAD_USER_INPUT, HTTP 400) before anything runs, in
 * variables and in literals alike.
 */
export const refuseNulCharactersPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        if (holdsNul(request.variables) || literalHoldsNul(document)) {
          throw new GraphQLError('Text may not contain the NUL character (U+0000).', {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
        }
      },
    };
  },
};

const SUGGESTION = / ?Did you mean .+\?$/;

/**
 * "Did you mean …" names fields, arguments, types and enum values: a map of the schema for whoever
 * probes it. Only signed-in callers, who may introspect anyway, keep the hint.
 */
export const hideSuggestionsFromStrangersPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart({ contextValue }) {
    if (contextValue.viewer) return;
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) error.message = error.message.replace(SUGGESTION, '');
      },
    };
  },
};

/**
 * Security headers on every response, the console's files included. The policy is what the built
 * console needs: its own scripts and styles, inline styles (AG Grid and React set style
 * attributes and inject its theme), data: images (AG Grid's icons, the favicon), and fetch and
 * graphql-ws to its own origin (CSP Level 3's 'self' covers ws: and wss: of the same host).
 */
export const securityHeaders = (): RequestHandler[] => [
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
      },
    },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Browsers heed it only over HTTPS (behind a TLS proxy); the district's other hosts are not ours to pin.
    strictTransportSecurity: { maxAge: 180 * 24 * 60 * 60, includeSubDomains: false },
  }),
  (_request, response, next) => {
    response.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
    next();
  },
];

/**
 * CORS for the API: only the configured origins get Access-Control-Allow-Origin, and without
 * any the API stays same-origin (no CORS headers at all). Bearer tokens, never cookies: no credentials.
 */
export const corsFor = (origins: readonly string[]): RequestHandler[] =>
  origins.length === 0
    ? []
    : [
        cors({
          origin: [...origins],
          methods: ['GET', 'POST'],
          allowedHeaders: ['authorization', 'content-type', 'apollo-require-preflight', 'x-apollo-operation-name'],
          maxAge: 600,
        }),
      ];

/** JSON bodies up to `maxBytes` (after any Content-Encoding is undone). */
export const jsonBody = (maxBytes: number): RequestHandler => express.json({ limit: maxBytes });

const size = (bytes: number): string =>
  bytes >= 2 ** 20 ? `${Number((bytes / 2 ** 20).toFixed(2))} MiB` : `${Number((bytes / 1024).toFixed(1))} KiB`;

// What of an error message the log keeps: its start (what failed) and its end (why). A database
// error starts with the statement, so the middle is where a caller's values would be.
const LOGGED_HEAD = 100;
const LOGGED_TAIL = 150;
const LOGGED_FRAMES = 20;

const clipMiddle = (text: string): string =>
  text.length <= LOGGED_HEAD + LOGGED_TAIL + 40
    ? text
    : `${text.slice(0, LOGGED_HEAD)}… [${text.length - LOGGED_HEAD - LOGGED_TAIL} characters not logged] …${text.slice(-LOGGED_TAIL)}`;

// MikroORM sends statements with their values inlined as SQL literals, and its error messages
// repeat the statement and PostgreSQL's detail ("Failing row contains (…)", "Key (code)=(…)").
const SQL_LITERAL = /'(?:[^']|'')*'/g;
const DETAIL = /\n - detail: [\s\S]*?(?=\n - hint: |$)/;

/** The message without the values a caller sent: a database error keeps its statement and reason. */
const messageOf = (error: Error): string =>
  error instanceof DriverException ? error.message.replace(DETAIL, '').replace(SQL_LITERAL, "'…'") : error.message;

/**
 * An unexpected error as the log shows it: its name, its message (a database error's without its
 * values) clipped in the middle, and its stack frames. Never a whole input value: a megabyte sent
 * is not a megabyte logged, and personal data sent is not personal data logged.
 */
export const describeError = (error: unknown): string => {
  const original = unwrapResolverError(error);
  if (!(original instanceof Error)) return clipMiddle(String(original));
  const frames = (original.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, LOGGED_FRAMES);
  return [`${original.name}: ${clipMiddle(messageOf(original))}`, ...frames].join('\n');
};

interface HttpError {
  status: number;
  type?: string;
  expose?: boolean;
  message: string;
}

const isHttpError = (error: unknown): error is HttpError =>
  error instanceof Error && typeof (error as Partial<HttpError>).status === 'number';

/**
 * Errors before GraphQL (the body parser's above all) as GraphQL-shaped JSON, never express's
 * HTML page, which outside NODE_ENV=production carries the stack trace.
 */
export const requestErrorHandler =
  (maxBytes: number, log: (message: string) => void): ErrorRequestHandler =>
  (error: unknown, _request, response, next) => {
    if (response.headersSent) return next(error);
    const answer = (status: number, code: string, message: string, extensions: Record<string, unknown> = {}) =>
      response.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
    if (isHttpError(error) && error.type === 'entity.too.large')
      return answer(
        413,
        'PAYLOAD_TOO_LARGE',
        `The request body is larger than the limit of ${size(maxBytes)} (${maxBytes} bytes).`,
        { maxBytes },
      );
    if (isHttpError(error) && error.type === 'entity.parse.failed')
      return answer(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
    if (isHttpError(error) && error.status >= 400 && error.status < 500) {
      // The body parser's own words (typed errors) name only the request; others may name a file.
      const message = error.type && error.expose ? error.message : (STATUS_CODES[error.status] ?? 'Bad Request');
      return answer(error.status, error.status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST', message);
    }
    log(`unexpected error: ${describeError(error)}`);
    return answer(500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };
