import { ORG_ID } from '../store.ts';
import { json, type Handler, type OrgContext } from './context.ts';

export const API_VERSIONS = Array.from({ length: 68 - 20 + 1 }, (_v, i) => `${20 + i}.0`);
export const LATEST_VERSION = '68.0';

/** GET /services/data: the versions list (public, as in Salesforce). */
export const versions: Handler = () =>
  json(
    200,
    API_VERSIONS.map((version) => ({ label: `Local ${version}`, url: `/services/data/v${version}`, version }))
  );

/** GET /services/data/vXX.X: the resources of a version. */
export const resources: Handler = (_ctx, req) => {
  const base = `/services/data/v${req.version}`;
  const names = ['sobjects', 'query', 'queryAll', 'limits', 'composite', 'jobs'];
  return json(200, Object.fromEntries(names.map((n) => [n, `${base}/${n}`])));
};

function user(ctx: OrgContext): Record<string, unknown> {
  const row = ctx.store.row('User', ctx.store.actingUserId);
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
    urls: identityUrls(base, '68.0'),
    active: true,
    user_type: 'STANDARD',
    language: 'en_US',
    locale: 'en_US',
    utcOffset: 0,
    updated_at: ctx.clock.now().toISOString()
  });
};

function identityUrls(base: string, version: string): Record<string, string> {
  const v = `${base}/services/data/v{version}`;
  return {
    enterprise: `${base}/services/Soap/c/{version}/${ORG_ID}`,
    metadata: `${base}/services/Soap/m/{version}/${ORG_ID}`,
    partner: `${base}/services/Soap/u/{version}/${ORG_ID}`,
    rest: `${v}/`,
    sobjects: `${v}/sobjects/`,
    search: `${v}/search/`,
    query: `${v}/query/`,
    recent: `${v}/recent/`,
    profile: `${base}/${version}`,
    custom_domain: base
  };
}

/** GET /id/{orgId}/{userId}: the identity URL. */
export const identity: Handler = (ctx) => {
  const u = user(ctx);
  const base = ctx.baseUrl();
  return json(200, {
    id: `${base}/id/${ORG_ID}/${ctx.store.actingUserId}`,
    asserted_user: true,
    user_id: ctx.store.actingUserId,
    organization_id: ORG_ID,
    username: u.Username,
    nick_name: u.Alias,
    display_name: u.Name,
    email: u.Email,
    email_verified: true,
    first_name: u.FirstName,
    last_name: u.LastName,
    timezone: 'GMT',
    active: true,
    user_type: 'STANDARD',
    language: 'en_US',
    locale: 'en_US',
    utcOffset: 0,
    last_modified_date: ctx.clock.now().toISOString(),
    is_app_installed: true,
    urls: identityUrls(base, '68.0')
  });
};
