import type { ErrorRequestHandler } from 'express';

/** Errors raised before GraphQL runs (body too large, malformed JSON) as GraphQL-shaped JSON. */
export const httpErrors: ErrorRequestHandler = (err, _req, res, next) => {
  if (res.headersSent) return next(err);
  const e = err as { type?: string; status?: number; limit?: number };
  const status = e.status && e.status >= 400 && e.status < 500 ? e.status : 500;
  const message =
    e.type === 'entity.too.large'
      ? `The request body is larger than ${Math.round((e.limit ?? 0) / 1024)} kB.`
      : e.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON.'
        : status === 500
          ? 'Internal server error'
          : 'The request could not be read.';
  if (status === 500) console.error(err);
  const code =
    e.type === 'entity.too.large'
      ? 'PAYLOAD_TOO_LARGE'
      : status === 500
        ? 'INTERNAL_SERVER_ERROR'
        : 'BAD_REQUEST';
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
};
