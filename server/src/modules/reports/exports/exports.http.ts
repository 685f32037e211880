import { type Request, type Response, Router } from 'express';
import { GraphQLError } from 'graphql';
import { badUserInput, ErrorCode } from '../../../common/errors';
import { describeError } from '../../../common/hardening';
import { idOf } from '../../../common/node';
import { RATE_LIMITED } from '../../../common/rate-limit';
import { DateTimeScalar } from '../../../common/scalars';
import type { Context } from '../../../context';
import { checkRule, ENDPOINT_PERMISSIONS } from '../../access';
import { Plan } from '../../plan';
import { allocationDecision } from './allocation-decision.document';
import type { OfficialDocument } from './document';
import { buildDocument } from './exports.service';
import { ReportPeriod, resultsReport } from './results-report.document';
import { AmountNotExactError, renderXlsx, XLSX_CONTENT_TYPE } from './workbook';

/** Ways a download can say no, beyond the API's own codes (UNAUTHENTICATED, FORBIDDEN, …). */
export enum ExportErrorCode {
  /** An amount beyond 2^53 - 1 đồng, which a spreadsheet number would round. */
  AMOUNT_NOT_EXACT = 'AMOUNT_NOT_EXACT',
}

// The API's codes as HTTP statuses: what /graphql answers for the same refusal.
const STATUS_OF: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [RATE_LIMITED]: 429,
};

type Endpoint = keyof typeof ENDPOINT_PERMISSIONS & `GET /exports/${string}`;

export interface ExportsRouterOptions {
  /**
   * The request's context: a forked EntityManager and the viewer behind its bearer token, counted
   * against the caller's rate limit (RATE_LIMITED when none is left), exactly as for /graphql.
   */
  contextOf(request: Request): Promise<Context>;
  log(message: string): void;
}

const answerError = (response: Response, status: number, code: string, message: string, extra = {}) =>
  response.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });

/** One query-string value; BAD_USER_INPUT when it is given twice or is not text. */
const parameter = (request: Request, name: string): string | undefined => {
  const value = request.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw badUserInput(`${name} must be given once, as text`, name);
  return value;
};

const planIdOf = (request: Request): number => {
  const planId = parameter(request, 'planId');
  if (!planId) throw badUserInput('planId is required: the id of a plan from `plans { id }`', 'planId');
  return idOf(Plan, planId, 'planId');
};

const isPeriod = (value: string): value is ReportPeriod => (Object.values(ReportPeriod) as string[]).includes(value);

/**
 * The district's two spreadsheets as downloads, behind the same bearer tokens and the same
 * permission table as /graphql (ENDPOINT_PERMISSIONS): errors come back as GraphQL-shaped JSON
 * with the API's codes and statuses, files as attachments nobody caches.
 */
export const exportsRouter = ({ contextOf, log }: ExportsRouterOptions): Router => {
  const router = Router();

  const download =
    (endpoint: Endpoint, build: (context: Context, request: Request) => Promise<OfficialDocument | null>) =>
    async (request: Request, response: Response): Promise<void> => {
      try {
        const context = await contextOf(request);
        checkRule(context, endpoint, ENDPOINT_PERMISSIONS[endpoint], true);
        const document = await buildDocument(context, (snapshot) => build(snapshot, request));
        const content = await renderXlsx(document);
        response.status(200);
        response.setHeader('Content-Type', XLSX_CONTENT_TYPE);
        response.setHeader('Content-Disposition', `attachment; filename="${document.fileName}"`);
        // Budget and household figures: never kept by a browser or a proxy.
        response.setHeader('Cache-Control', 'private, no-store');
        response.setHeader('Content-Length', String(content.length));
        response.end(content);
      } catch (error) {
        if (
          error instanceof GraphQLError &&
          typeof error.extensions.code === 'string' &&
          STATUS_OF[error.extensions.code]
        ) {
          const { code, http, ...extensions } = error.extensions as {
            code: string;
            http?: { headers?: Map<string, string> };
          };
          // The rate limiter says when to come back (Retry-After), as it does for /graphql.
          for (const [name, value] of http?.headers ?? []) response.setHeader(name, value);
          answerError(response, STATUS_OF[code], code, error.message, extensions);
          return;
        }
        if (error instanceof AmountNotExactError) {
          log(`export refused: ${error.message}`);
          answerError(
            response,
            422,
            ExportErrorCode.AMOUNT_NOT_EXACT,
            `${error.where}: the amount is too large for a spreadsheet to hold exactly; use the API (budgetSummary) instead.`,
          );
          return;
        }
        log(`unexpected error: ${describeError(error)}`);
        answerError(response, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
      }
    };

  router.get(
    '/allocation-decision.xlsx',
    download('GET /exports/allocation-decision.xlsx', (context, request) =>
      allocationDecision(context.em, planIdOf(request)),
    ),
  );

  router.get(
    '/results-report.xlsx',
    download('GET /exports/results-report.xlsx', (context, request) => {
      const planId = planIdOf(request);
      const period = parameter(request, 'period');
      if (!period || !isPeriod(period)) {
        throw badUserInput(`period must be one of ${Object.values(ReportPeriod).join(', ')}`, 'period');
      }
      const asOf = parameter(request, 'asOf');
      // The DateTime scalar's own rule (ISO 8601 with an offset), refusing as BAD_USER_INPUT.
      return resultsReport(context, { planId, period, asOf: asOf ? DateTimeScalar.parseValue(asOf) : null });
    }),
  );

  // Anything else under /exports is not the console's page either.
  router.use((_request, response) => {
    answerError(response, 404, ErrorCode.NOT_FOUND, 'No such export.');
  });

  return router;
};
