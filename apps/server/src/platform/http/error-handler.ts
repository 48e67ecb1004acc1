import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors';

/** PostgreSQL error codes that mean the input, not the server, is at fault. */
const PG_CLIENT_ERRORS: Record<string, AppError['code']> = {
  '23505': 'conflict', // unique_violation
  '23503': 'unprocessable', // foreign_key_violation
  '23514': 'unprocessable', // check_violation
  '22P02': 'validation_failed', // invalid_text_representation
  '22001': 'validation_failed', // string_data_right_truncation
  '22021': 'validation_failed', // character_not_in_repertoire (e.g. NUL)
  '22P05': 'validation_failed', // untranslatable_character (e.g. \u0000 in jsonb)
  '22003': 'validation_failed', // numeric_value_out_of_range (a number beyond the column's type)
  '22007': 'validation_failed', // invalid_datetime_format
  '22008': 'validation_failed', // datetime_field_overflow (e.g. year 0000, 2026-02-30)
  '54000': 'validation_failed', // program_limit_exceeded (e.g. oversized index row)
  '42501': 'forbidden', // insufficient_privilege: row-level security refused a write
};
const PG_UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);
const NET_UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);
/** pg's own errors for a connection lost in use (PostgreSQL restarted): they carry no code. */
const PG_CONNECTION_LOST = ['Connection terminated', 'Client has encountered a connection error'];

function toAppError(err: FastifyError & { code?: string; cause?: unknown }): AppError | undefined {
  if (err instanceof AppError) return err;
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = err.validationContext ?? 'body';
    return new AppError(
      'validation_failed',
      undefined,
      err.validation.map((v) => ({
        path: [where, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'invalid',
      })),
    );
  }
  // drizzle wraps driver errors: look at the cause for the SQLSTATE.
  const cause = (err.cause ?? err) as { code?: string };
  const code = typeof cause.code === 'string' ? cause.code : undefined;
  if (code && PG_CLIENT_ERRORS[code]) return new AppError(PG_CLIENT_ERRORS[code]);
  if (code && (PG_UNAVAILABLE.has(code) || NET_UNAVAILABLE.has(code))) return new AppError('unavailable');
  const message = (cause as { message?: unknown }).message;
  if (typeof message === 'string' && PG_CONNECTION_LOST.some((m) => message.startsWith(m)))
    return new AppError('unavailable');
  const status = err.statusCode;
  if (status === 415) return new AppError('unsupported_media_type');
  if (status === 413) return new AppError('payload_too_large');
  if (status === 429) return new AppError('rate_limited');
  if (status === 404) return new AppError('not_found');
  if (status && status >= 400 && status < 500) return new AppError('malformed_request');
  return undefined;
}

/** Turns every error into the one error shape; only real server faults become 500, logged without data. */
export function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const appError = toAppError(err);
  if (appError) {
    if (appError.status >= 500) req.log.warn({ code: appError.code }, 'service unavailable');
    return reply.status(appError.status).send(appError.toBody());
  }
  // Log the error class and stack, never the message of a database error (it can quote values).
  req.log.error(
    { errName: err.name, errCode: err.code, stack: err.stack?.split('\n').slice(1, 6).join('\n') },
    'unhandled',
  );
  const internal = new AppError('internal');
  return reply.status(500).send(internal.toBody());
}
