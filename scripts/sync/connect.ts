import { SyncError } from '../salesforce/errors.ts';
import type { OrgAuth } from '../salesforce/orgClient.ts';

/**
 * Finds the org to work on, in the sf CLI's order: --target-org (an alias or username the sf CLI
 * has stored), then SF_INSTANCE_URL + SF_ACCESS_TOKEN from the environment (for schedulers), then
 * the project's default org (`sf config set target-org`).
 */
export async function resolveOrg(
  targetOrg: string | undefined,
  apiVersion: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<OrgAuth> {
  if (!targetOrg && env.SF_INSTANCE_URL && env.SF_ACCESS_TOKEN) {
    return {
      instanceUrl: env.SF_INSTANCE_URL.replace(/\/$/, ''),
      accessToken: env.SF_ACCESS_TOKEN,
      apiVersion,
      label: 'SF_INSTANCE_URL'
    };
  }
  const { Org, ConfigAggregator } = await import('@salesforce/core');
  let aliasOrUsername = targetOrg;
  if (!aliasOrUsername) {
    const config = await ConfigAggregator.create();
    const configured = config.getPropertyValue('target-org');
    aliasOrUsername = typeof configured === 'string' ? configured : undefined;
  }
  if (!aliasOrUsername) {
    throw new SyncError('No org to work on.', {
      errorCode: 'NO_ORG',
      action:
        'Pass --target-org <alias|username>, set a default with `sf config set target-org <alias>`, or set SF_INSTANCE_URL and SF_ACCESS_TOKEN.',
      exitCode: 2
    });
  }
  try {
    const org = await Org.create({ aliasOrUsername });
    await org.refreshAuth();
    const connection = org.getConnection();
    if (!connection.accessToken) throw new Error('no access token stored');
    const userId = connection.getAuthInfoFields().userId;
    return {
      instanceUrl: connection.instanceUrl,
      accessToken: connection.accessToken,
      apiVersion,
      label: aliasOrUsername,
      ...(userId ? { userId } : {})
    };
  } catch (error) {
    throw new SyncError(`Cannot use the org "${aliasOrUsername}": ${(error as Error).message}`, {
      errorCode: 'NO_ORG',
      action: `Log in again with \`sf org login web --alias ${aliasOrUsername}\` (or check the alias with \`sf org list\`).`,
      exitCode: 2,
      cause: error
    });
  }
}
