/** An error a person can act on: what went wrong, and what to do about it. */
export class SyncError extends Error {
  readonly errorCode: string;
  readonly exitCode: number;
  readonly action: string | undefined;

  constructor(
    message: string,
    options: { errorCode?: string; action?: string; exitCode?: number; cause?: unknown } = {}
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SyncError';
    this.errorCode = options.errorCode ?? 'SYNC_ERROR';
    this.action = options.action;
    this.exitCode = options.exitCode ?? 1;
  }
}

/** An error answered by Salesforce: its errorCode and message, as the API shaped them. */
export class SalesforceApiError extends Error {
  readonly errorCode: string;
  readonly status: number;
  readonly fields: readonly string[];

  constructor(errorCode: string, message: string, status: number, fields: readonly string[] = []) {
    super(`${errorCode}: ${message}`);
    this.name = 'SalesforceApiError';
    this.errorCode = errorCode;
    this.status = status;
    this.fields = fields;
  }
}

/** The error codes a retry can cure: row locks and a busy or briefly unavailable server. */
export const TRANSIENT_ERROR_CODES: ReadonlySet<string> = new Set([
  'UNABLE_TO_LOCK_ROW',
  'SERVER_UNAVAILABLE',
  'REQUEST_RUNNING_TOO_LONG',
  'QUERY_TIMEOUT',
  'UNKNOWN_EXCEPTION',
  'ETIMEDOUT',
  'ECONNRESET'
]);

export function errorCodeOf(error: unknown): string | undefined {
  if (error instanceof SalesforceApiError || error instanceof SyncError) {
    return error.errorCode;
  }
  if (typeof error === 'object' && error !== null) {
    const record = error as { errorCode?: unknown; code?: unknown; name?: unknown };
    if (typeof record.errorCode === 'string') return record.errorCode;
    if (typeof record.code === 'string') return record.code;
    if (typeof record.name === 'string' && /^[A-Z_]+$/.test(record.name)) return record.name;
  }
  return undefined;
}

/** Normalises what jsforce throws into a SalesforceApiError with the org's errorCode. */
export function toApiError(error: unknown): SalesforceApiError | SyncError {
  if (error instanceof SalesforceApiError || error instanceof SyncError) return error;
  const code = errorCodeOf(error) ?? 'UNKNOWN_ERROR';
  const message = error instanceof Error ? error.message : String(error);
  const httpStatus = /^ERROR_HTTP_(\d{3})$/.exec(code);
  const status = httpStatus ? Number(httpStatus[1]) : code === 'INVALID_SESSION_ID' ? 401 : 400;
  const fields = (error as { fields?: unknown }).fields;
  return new SalesforceApiError(code, message, status, Array.isArray(fields) ? fields.map(String) : []);
}

export function isTransient(error: unknown): boolean {
  if (error instanceof SalesforceApiError && error.status >= 500) return true;
  const code = errorCodeOf(error);
  return code !== undefined && TRANSIENT_ERROR_CODES.has(code);
}

/** Turns what the API said into a sentence a person can act on. */
export function explain(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  const code = errorCodeOf(error);
  const message =
    error instanceof SalesforceApiError
      ? error.message.replace(/^[A-Z_]+: /, '')
      : error instanceof Error
        ? error.message
        : String(error);
  switch (code) {
    case 'INVALID_SESSION_ID':
      return new SyncError('The session has expired or is invalid.', {
        errorCode: code,
        action:
          'Log in again (sf org login web --alias <alias>) or refresh the access token in SF_ACCESS_TOKEN.',
        cause: error
      });
    case 'REQUEST_LIMIT_EXCEEDED':
      return new SyncError("The org's daily API request limit is exhausted.", {
        errorCode: code,
        action: 'Wait for the 24-hour window to roll over, or raise the limit, then run again.',
        cause: error
      });
    case 'INVALID_FIELD':
    case 'INVALID_TYPE':
      return new SyncError(`The org does not have what this command needs: ${message}`, {
        errorCode: code,
        action: 'Install or upgrade the Mutual Action Plans package in the org, then run again.',
        cause: error
      });
    default:
      return new SyncError(message, { errorCode: code ?? 'SYNC_ERROR', cause: error });
  }
}
