/**
 * Typed errors: data access throws `new AppError("not_found:position")`; routes map the kind to
 * an HTTP status and the user sees a translated message, never the database's own words.
 */
export type ErrorKind = "bad_request" | "unauthorized" | "forbidden" | "not_found" | "conflict" | "rate_limited" | "unavailable";

const statusByKind: Record<ErrorKind, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  unavailable: 503,
};

export type ErrorCode = `${ErrorKind}:${string}`;

export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly subject: string;

  constructor(
    readonly code: ErrorCode,
    message?: string,
    /** Values for the user's message ("{limit}"), as the form shows it. */
    readonly params?: Record<string, string | number>,
  ) {
    const [kind, subject = ""] = code.split(":") as [ErrorKind, string?];
    super(message ?? code);
    this.name = "AppError";
    this.kind = kind;
    this.subject = subject;
  }

  get status(): number {
    return statusByKind[this.kind];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** A problem with one form field: the action wrapper shows `messageKey` under that field. */
export class FieldError extends AppError {
  constructor(
    readonly field: string,
    readonly messageKey: string,
    code: ErrorCode = "bad_request:field",
  ) {
    super(code, `${field}: ${messageKey}`);
    this.name = "FieldError";
  }
}
