import express, { type Request, type Response, type Router } from 'express';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../common/errors';
import { fromGlobalId } from '../../common/node';
import type { Context } from '../../context';
import { checkRule, ENDPOINT_PERMISSIONS } from '../access';
import { attachmentOf } from './reports.service';

const ENDPOINT = 'GET /files/report-submissions/:id';

/**
 * A header value naming the file: an ASCII fallback (Vietnamese letters without their marks,
 * anything else as "_") and the exact UTF-8 name as RFC 5987's `filename*` (RFC 6266).
 */
export const contentDisposition = (fileName: string): string => {
  const fallback = fileName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  // encodeURIComponent leaves ' ( ) * unescaped, which RFC 5987's attr-char does not allow.
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
};

/** How a refusal of the sign-in, the permission table or the rate limit is said over plain HTTP. */
const refusalOf = (error: unknown) => {
  if (!(error instanceof GraphQLError) || typeof error.extensions.code !== 'string') return null;
  const { code, http, retryAfterSeconds } = error.extensions as {
    code: string;
    http?: { status?: number };
    retryAfterSeconds?: number;
  };
  const status = code === ErrorCode.FORBIDDEN ? 403 : http?.status;
  if (!status) return null;
  const headers: Record<string, string> = {
    ...(status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {}),
    ...(retryAfterSeconds ? { 'Retry-After': String(retryAfterSeconds) } : {}),
  };
  return { status, code, message: error.message, headers };
};

const answer = (
  response: Response,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
) =>
  response
    .status(status)
    .set({ 'Cache-Control': 'private, no-store', ...headers })
    .json({ errors: [{ message, extensions: { code } }] });

/**
 * GET /files/report-submissions/<submission id>: the file sent with a report, to whoever may read
 * the reporting calendar, with the same bearer tokens as /graphql (console sign-ins, API tokens
 * with the PLAN scope). `contextOf` authenticates the request as /graphql does (and rate-limits it).
 */
export const reportFilesRouter = (contextOf: (request: Request) => Promise<Context>): Router => {
  const router = express.Router();
  router.get('/:id', async (request, response) => {
    let context: Context;
    try {
      context = await contextOf(request);
      checkRule(context, ENDPOINT, ENDPOINT_PERMISSIONS[ENDPOINT], true);
    } catch (error) {
      const refused = refusalOf(error);
      if (!refused) throw error;
      return answer(response, refused.status, refused.code, refused.message, refused.headers);
    }
    const decoded = fromGlobalId(String(request.params.id));
    const file = decoded?.type === 'ReportSubmission' ? await attachmentOf(context.em, decoded.id) : null;
    if (!file) return answer(response, 404, ErrorCode.NOT_FOUND, 'No such file.');
    response
      .status(200)
      .set({
        'Content-Type': file.contentType,
        'Content-Length': String(file.content.length),
        'Content-Disposition': contentDisposition(file.fileName),
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      })
      .end(file.content);
  });
  return router;
};
