import { errorResponseSchema } from '@tsunagu/contracts';
import type { z } from 'zod';

/** Adds the documented error responses to a route's success responses. */
export function withErrors<T extends Record<number, z.ZodType>>(ok: T) {
  return {
    ...ok,
    400: errorResponseSchema,
    401: errorResponseSchema,
    403: errorResponseSchema,
    404: errorResponseSchema,
    409: errorResponseSchema,
    422: errorResponseSchema,
  };
}
