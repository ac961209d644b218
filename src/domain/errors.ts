/**
 * Named errors with a stable `code`. Each surface (CLI main, API error handler) maps them
 * to an exit code or an HTTP status in exactly one place.
 */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'store_unavailable'
  | 'unauthorized'
  | 'forbidden';

export class ChanceryError extends Error {
  readonly code: ErrorCode;
  /** What the user can do about it, printed after the message. */
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, options?: { hint?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ChanceryError';
    this.code = code;
    this.hint = options?.hint;
  }
}

export class InvalidInputError extends ChanceryError {
  constructor(message: string, options?: { hint?: string; cause?: unknown }) {
    super('invalid_input', message, options);
    this.name = 'InvalidInputError';
  }
}

export class NotFoundError extends ChanceryError {
  constructor(message: string, options?: { hint?: string; cause?: unknown }) {
    super('not_found', message, options);
    this.name = 'NotFoundError';
  }
}

export class ConflictError extends ChanceryError {
  constructor(message: string, options?: { hint?: string; cause?: unknown }) {
    super('conflict', message, options);
    this.name = 'ConflictError';
  }
}

export class StoreUnavailableError extends ChanceryError {
  constructor(message: string, options?: { hint?: string; cause?: unknown }) {
    super('store_unavailable', message, options);
    this.name = 'StoreUnavailableError';
  }
}

export class UnauthorizedError extends ChanceryError {
  constructor(message: string, options?: { hint?: string; cause?: unknown }) {
    super('unauthorized', message, options);
    this.name = 'UnauthorizedError';
  }
}

export class ForbiddenError extends ChanceryError {
  constructor(message: string, options?: { hint?: string; cause?: unknown }) {
    super('forbidden', message, options);
    this.name = 'ForbiddenError';
  }
}
