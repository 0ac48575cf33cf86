import { Connection } from 'jsforce';
import { CallMeter } from './callMeter.ts';
import { backoffDelay, DEFAULT_RETRY, sleep, type RetryPolicy } from './retry.ts';
import { SalesforceApiError, toApiError } from './errors.ts';

/** The REST API version the tools call unless told otherwise (`--api-version`). */
export const DEFAULT_API_VERSION = '68.0';

export interface OrgAuth {
  instanceUrl: string;
  accessToken: string;
  apiVersion: string;
  /** Where the credentials came from, for messages: an alias, a username or "environment". */
  label: string;
  /** The session's user, when the credentials say (an sf CLI login does). */
  userId?: string;
}

export interface RawOptions {
  body?: string | Uint8Array;
  contentType?: string;
  accept?: string;
  endpoint?: string;
}

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
}

export interface StreamedResponse {
  status: number;
  headers: Headers;
  /** The body, chunk by chunk as it arrives; read it once. */
  body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

interface SalesforceErrorBody {
  errorCode?: string;
  message?: string;
  fields?: string[];
}

/**
 * One org, one meter: REST through jsforce, Bulk API 2.0 through plain HTTP (jsforce's bulk2
 * query helper fails on multi-page results, and the CSV pages need their Sforce-Locator headers).
 */
export class OrgClient {
  readonly auth: OrgAuth;
  readonly conn: Connection;
  readonly meter: CallMeter;
  /** The last api-usage figure the org reported in Sforce-Limit-Info. */
  apiUsage: { used: number; limit: number } | undefined;
  /**
   * How raw GETs are retried (a 5xx or a dropped connection), as jsforce retries its own; and how
   * the Bulk job calls that are not GETs retry where that is safe (bulkJobs.ts).
   */
  retry: RetryPolicy = DEFAULT_RETRY;

  constructor(auth: OrgAuth, meter = new CallMeter()) {
    this.auth = auth;
    this.meter = meter;
    this.conn = new Connection({
      instanceUrl: auth.instanceUrl,
      accessToken: auth.accessToken,
      version: auth.apiVersion
    });
  }

  get dataPath(): string {
    return `/services/data/v${this.auth.apiVersion}`;
  }

  /** One REST query page (or the next one, given a nextRecordsUrl). */
  async queryPage<T>(
    soqlOrLocator: string,
    isLocator = false
  ): Promise<{ records: T[]; done: boolean; totalSize: number; nextRecordsUrl?: string }> {
    this.meter.count(isLocator ? 'rest:queryMore' : 'rest:query');
    try {
      const result = isLocator
        ? await this.conn.queryMore<Record<string, unknown>>(soqlOrLocator)
        : await this.conn.query<Record<string, unknown>>(soqlOrLocator, { autoFetch: false });
      this.readLimitInfo();
      return result as unknown as { records: T[]; done: boolean; totalSize: number; nextRecordsUrl?: string };
    } catch (error) {
      throw toApiError(error);
    }
  }

  /** Every page of a REST query, page by page. */
  async *queryPages<T>(soql: string): AsyncGenerator<T[]> {
    let page = await this.queryPage<T>(soql);
    yield page.records;
    while (!page.done && page.nextRecordsUrl) {
      page = await this.queryPage<T>(page.nextRecordsUrl, true);
      yield page.records;
    }
  }

  async queryAll<T>(soql: string): Promise<T[]> {
    const all: T[] = [];
    for await (const page of this.queryPages<T>(soql)) all.push(...page);
    return all;
  }

  /** A JSON request through jsforce (REST resources: limits, describe, collections, composite). */
  async requestJson<T>(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    body?: unknown,
    endpoint = `rest:${method} ${path.split('?')[0]}`
  ): Promise<T> {
    this.meter.count(endpoint);
    try {
      const result = await this.conn.request<T>({
        method,
        url: path.startsWith('/services') ? path : `${this.dataPath}${path}`,
        body: body === undefined ? undefined : JSON.stringify(body),
        headers: { 'Content-Type': 'application/json' }
      });
      this.readLimitInfo();
      return result;
    } catch (error) {
      throw toApiError(error);
    }
  }

  /** A raw HTTP request (Bulk API 2.0 CSV): status, headers and body text; Salesforce errors thrown. */
  async raw(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    options: RawOptions = {}
  ): Promise<RawResponse> {
    const response = await this.send(method, path, options);
    const text = await response.text();
    if (response.status >= 400) throw errorFromBody(text, response.status);
    return { status: response.status, headers: response.headers, text };
  }

  /**
   * A raw GET whose body is read as it arrives (a Bulk API 2.0 results page can be hundreds of
   * megabytes of CSV): headers first, then the body's chunks; Salesforce errors thrown.
   */
  async stream(path: string, options: RawOptions = {}): Promise<StreamedResponse> {
    const response = await this.send('GET', path, options);
    if (response.status >= 400) throw errorFromBody(await response.text(), response.status);
    return { status: response.status, headers: response.headers, body: response.body ?? [] };
  }

  private async send(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    options: RawOptions
  ): Promise<Response> {
    const url = `${this.auth.instanceUrl}${path.startsWith('/services') ? path : `${this.dataPath}${path}`}`;
    const headers: Record<string, string> = { Authorization: `Bearer ${this.auth.accessToken}` };
    if (options.contentType) headers['Content-Type'] = options.contentType;
    if (options.accept) headers.Accept = options.accept;
    // A GET is safe to send again when the connection dropped (a kept-alive socket the server had
    // just closed is the usual cause) or the org answered 5xx; a write is not, so it fails at once
    // and the caller decides (bulkJobs.ts: how each Bulk job call is made safe to repeat).
    const attempts = method === 'GET' ? this.retry.attempts : 1;
    for (let attempt = 1; ; attempt++) {
      this.meter.count(options.endpoint ?? `bulk:${method}`);
      let response: Response;
      try {
        response = await fetch(url, { method, headers, body: options.body });
      } catch (error) {
        if (attempt >= attempts) {
          throw new SalesforceApiError(
            'ECONNRESET',
            `Could not reach ${this.auth.instanceUrl}: ${String(error)}`,
            599
          );
        }
        await sleep(backoffDelay(this.retry, attempt));
        continue;
      }
      this.parseLimitHeader(response.headers.get('sforce-limit-info'));
      if (response.status < 500 || attempt >= attempts) return response;
      await response.body?.cancel();
      await sleep(backoffDelay(this.retry, attempt));
    }
  }

  private readLimitInfo(): void {
    const usage = this.conn.limitInfo.apiUsage;
    if (usage) this.apiUsage = { used: usage.used, limit: usage.limit };
  }

  private parseLimitHeader(header: string | null): void {
    const match = header ? /api-usage=(\d+)\/(\d+)/.exec(header) : null;
    if (match) this.apiUsage = { used: Number(match[1]), limit: Number(match[2]) };
  }
}

export function errorFromBody(text: string, status: number): SalesforceApiError {
  try {
    const parsed = JSON.parse(text) as SalesforceErrorBody[] | SalesforceErrorBody;
    const first = Array.isArray(parsed) ? parsed.at(0) : parsed;
    if (first && typeof first.errorCode === 'string') {
      return new SalesforceApiError(first.errorCode, first.message ?? '', status, first.fields ?? []);
    }
  } catch {
    // not JSON: fall through to the status line
  }
  return new SalesforceApiError(
    status >= 500 ? 'SERVER_UNAVAILABLE' : `HTTP_${status}`,
    text.slice(0, 500),
    status
  );
}
