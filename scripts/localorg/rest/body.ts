import { ApiError, jsonParseError } from '../errors.ts';
import type { ApiRequest } from './context.ts';

/** Parses a JSON body the way Salesforce reports a bad one (JSON_PARSER_ERROR, 400). */
export function jsonBody(req: ApiRequest): unknown {
  if (!req.body.trim())
    throw new ApiError(400, 'JSON_PARSER_ERROR', 'The request body is either invalid or incomplete.');
  try {
    return JSON.parse(req.body) as unknown;
  } catch (error) {
    throw jsonParseError(`Unexpected character in the request body: ${(error as Error).message}`);
  }
}

export function objectBody(req: ApiRequest): Record<string, unknown> {
  const body = jsonBody(req);
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw jsonParseError(
      'Cannot deserialize instance of object from the request body: expected a JSON object'
    );
  return body as Record<string, unknown>;
}
