/** Salesforce-shaped errors: `[{"message","errorCode","fields"}]` at the top level, `statusCode` per record. */
export interface SfError {
  message: string;
  errorCode: string;
  fields?: string[];
}

/** An error that ends a request with an HTTP status and Salesforce's JSON error array. */
export class ApiError extends Error {
  readonly status: number;
  readonly errorCode: string;
  readonly fields: string[] | undefined;
  constructor(status: number, errorCode: string, message: string, fields?: string[]) {
    super(message);
    this.status = status;
    this.errorCode = errorCode;
    this.fields = fields;
  }
  toBody(): SfError[] {
    return [
      this.fields
        ? { message: this.message, errorCode: this.errorCode, fields: this.fields }
        : { message: this.message, errorCode: this.errorCode }
    ];
  }
}

/** A per-record failure (DML validation): becomes `{statusCode, message, fields}` in collection results. */
export class RecordError extends Error {
  readonly statusCode: string;
  readonly fields: string[];
  constructor(statusCode: string, message: string, fields: string[] = []) {
    super(message);
    this.statusCode = statusCode;
    this.fields = fields;
  }
}

export const notFound = () => new ApiError(404, 'NOT_FOUND', 'The requested resource does not exist');
export const invalidType = (name: string) =>
  new ApiError(
    400,
    'INVALID_TYPE',
    `sObject type '${name}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`
  );
export const invalidSession = () => new ApiError(401, 'INVALID_SESSION_ID', 'Session expired or invalid');
export const malformedQuery = (message: string) => new ApiError(400, 'MALFORMED_QUERY', message);
export const jsonParseError = (message: string) => new ApiError(400, 'JSON_PARSER_ERROR', message);
