import { ERRORS, type ErrorCode } from '@tsunagu/contracts';

/** The one error type of the server: a stable code, its HTTP status and messages in two languages. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly details?: Record<string, unknown>,
    readonly issues?: { path: string; message: string }[],
    /** A more specific Japanese / English message than the code's default. */
    readonly override?: { ja: string; en: string },
  ) {
    super(override?.en ?? ERRORS[code].en);
    this.status = ERRORS[code].status;
  }

  /** The response body for this error. */
  toBody() {
    return {
      error: {
        code: this.code,
        message: this.override?.ja ?? ERRORS[this.code].ja,
        messageEn: this.override?.en ?? ERRORS[this.code].en,
        ...(this.issues ? { issues: this.issues } : {}),
        ...(this.details ? { details: this.details } : {}),
      },
    };
  }
}

/** Guard: throws AppError(code) unless the condition holds. */
export function assertThat(
  condition: unknown,
  code: ErrorCode,
  details?: Record<string, unknown>,
): asserts condition {
  if (!condition) throw new AppError(code, details);
}

/** A 400 naming one field of the request and what is wrong with it (Japanese / English). */
export function invalidField(path: string, message: string): AppError {
  return new AppError('validation_failed', undefined, [{ path, message }]);
}

/** A 409: the record's current state does not allow the action, said specifically. */
export function stateConflict(ja: string, en: string): AppError {
  return new AppError('conflict', undefined, undefined, { ja, en });
}
