import type { RoleMappingDto } from '../../../force-app/main/default/lwc/planContract/planContract.ts';
import type { OrgClient } from '../../salesforce/orgClient.ts';
import { text, type Row } from './records.ts';

/**
 * PlanRoleMappings.of (Apex): the admin's Template_Role_Mapping__mdt records as the page reads
 * them: both roles set (trimmed), each pair once whatever its case, by template role then contact role.
 */
export function toRoleMappings(rows: readonly Row[]): RoleMappingDto[] {
  const byPair = new Map<string, RoleMappingDto>();
  for (const row of rows) {
    const templateRole = text(row.Template_Role__c)?.trim() ?? '';
    const contactRole = text(row.Contact_Role__c)?.trim() ?? '';
    if (templateRole === '' || contactRole === '') continue;
    const pair = `${templateRole.toLowerCase()}\n${contactRole.toLowerCase()}`;
    if (!byPair.has(pair)) byPair.set(pair, { templateRole, contactRole });
  }
  // Apex sorts the pair keys by code unit (List<String>.sort()): the same order here.
  return [...byPair.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, mapping]) => mapping);
}

/** Reads every Template_Role_Mapping__mdt record (Apex: Template_Role_Mapping__mdt.getAll()). */
export async function readRoleMappings(client: OrgClient): Promise<RoleMappingDto[]> {
  const rows = await client.queryAll<Row>(
    'SELECT DeveloperName, Template_Role__c, Contact_Role__c FROM Template_Role_Mapping__mdt ORDER BY DeveloperName'
  );
  return toRoleMappings(rows);
}
