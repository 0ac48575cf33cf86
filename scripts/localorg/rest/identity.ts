import { normalizeId } from '../ids.ts';
import { ORG_ID } from '../store.ts';
import { json, type ApiResponse, type Handler, type OrgContext } from './context.ts';

export const API_VERSIONS = Array.from({ length: 68 - 20 + 1 }, (_v, i) => `${20 + i}.0`);
export const LATEST_VERSION = '68.0';

/** GET /services/data: the versions list (public, as in Salesforce). */
export const versions: Handler = () =>
  json(
    200,
    API_VERSIONS.map((version) => ({ label: `Local ${version}`, url: `/services/data/v${version}`, version }))
  );

/** The identity URL of a user: `<instance>/id/<18-char org Id>/<18-char user Id>`. */
export const identityUrl = (ctx: OrgContext, userId: string): string =>
  `${ctx.baseUrl()}/id/${ORG_ID}/${userId}`;

/**
 * GET /services/data/vXX.X: the resources of a version, with `identity` (an absolute URL, the
 * session user's) as Salesforce lists it; jsforce's `identity()` starts here.
 */
export const resources: Handler = (ctx, req) => {
  const base = `/services/data/v${req.version}`;
  const names = ['sobjects', 'query', 'queryAll', 'limits', 'composite', 'jobs'];
  return json(200, {
    ...Object.fromEntries(names.map((n) => [n, `${base}/${n}`])),
    identity: identityUrl(ctx, ctx.store.actingUserId)
  });
};

function user(ctx: OrgContext, userId = ctx.store.actingUserId): Record<string, unknown> {
  const row = ctx.store.row('User', userId);
  if (!row) throw new Error('the session user is missing from the org');
  return row;
}

/** GET /services/oauth2/userinfo (OpenID Connect), what `sf org login access-token` asks first. */
export const userinfo: Handler = (ctx) => {
  const u = user(ctx);
  const base = ctx.baseUrl();
  return json(200, {
    sub: `${base}/id/${ORG_ID}/${ctx.store.actingUserId}`,
    user_id: ctx.store.actingUserId,
    organization_id: ORG_ID,
    preferred_username: u.Username,
    nickname: u.Alias,
    name: u.Name,
    email: u.Email,
    email_verified: true,
    given_name: u.FirstName,
    family_name: u.LastName,
    zoneinfo: 'GMT',
    photos: {},
    profile: `${base}/${ctx.store.actingUserId}`,
    picture: null,
    address: {},
    is_salesforce_integration_user: false,
    urls: identityUrls(base, ctx.store.actingUserId, '{version}'),
    active: true,
    user_type: 'STANDARD',
    language: 'en_US',
    locale: 'en_US',
    utcOffset: 0,
    updated_at: ctx.clock.now().toISOString()
  });
};

/** The API endpoints of an identity answer; `{version}` stays literal unless the client names one. */
function identityUrls(base: string, userId: string, version: string): Record<string, string> {
  const v = `${base}/services/data/v${version}`;
  return {
    enterprise: `${base}/services/Soap/c/${version}/${ORG_ID.slice(0, 15)}`,
    metadata: `${base}/services/Soap/m/${version}/${ORG_ID.slice(0, 15)}`,
    partner: `${base}/services/Soap/u/${version}/${ORG_ID.slice(0, 15)}`,
    rest: `${v}/`,
    sobjects: `${v}/sobjects/`,
    search: `${v}/search/`,
    query: `${v}/query/`,
    recent: `${v}/recent/`,
    profile: `${base}/${userId}`,
    custom_domain: base
  };
}

/** An identity URL's refusal: the bare error name, as the identity service answers. */
const refusal = (status: number, name: string): ApiResponse => ({
  status,
  text: name,
  contentType: 'text/plain'
});

/**
 * GET /id/{orgId}/{userId} (15- or 18-char Ids): the identity of a user of this org. Another org's
 * Id is 403 Wrong_Org, an Id that names no user 404 Bad_Id, an inactive user 404 Inactive.
 * `?version=NN.N` (or `latest`) fills in the URLs' `{version}`.
 */
export const identity: Handler = (ctx, req) => {
  const [, , rawOrg = '', rawUser = ''] = req.path.split('/');
  const orgId = normalizeId(rawOrg);
  const userId = normalizeId(rawUser);
  if (!orgId?.startsWith('00D') || !userId?.startsWith('005')) return refusal(404, 'Bad_Id');
  if (orgId !== ORG_ID) return refusal(403, 'Wrong_Org');
  const row = ctx.store.row('User', userId);
  if (!row) return refusal(404, 'Bad_Id');
  if (row.IsActive !== 1) return refusal(404, 'Inactive');
  const u = user(ctx, userId);
  const base = ctx.baseUrl();
  const asked = req.query.get('version');
  const version =
    asked === 'latest' ? LATEST_VERSION : asked && API_VERSIONS.includes(asked) ? asked : '{version}';
  return json(200, {
    id: identityUrl(ctx, userId),
    asserted_user: true,
    user_id: userId,
    organization_id: ORG_ID,
    username: u.Username,
    nick_name: u.Alias,
    display_name: u.Name,
    email: u.Email,
    email_verified: true,
    first_name: u.FirstName,
    last_name: u.LastName,
    timezone: u.TimeZoneSidKey ?? 'GMT',
    active: true,
    user_type: 'STANDARD',
    language: u.LanguageLocaleKey ?? 'en_US',
    locale: u.LocaleSidKey ?? 'en_US',
    utcOffset: 0,
    last_modified_date: u.LastModifiedDate ?? ctx.clock.now().toISOString(),
    is_app_installed: true,
    urls: identityUrls(base, userId, version)
  });
};
