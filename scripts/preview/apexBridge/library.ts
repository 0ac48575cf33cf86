import type {
  PersonDto,
  TemplateDto
} from '../../../force-app/main/default/lwc/planContract/planContract.ts';
import {
  TEMPLATE_STEP_FIELDS,
  isId,
  soqlString,
  text,
  toPerson,
  toTemplateDto,
  type Row
} from './records.ts';
import type { BridgeSession } from './session.ts';

/** Most people searchPeople returns (PlanSelector.PEOPLE_LIMIT). */
export const PEOPLE_LIMIT = 20;

/** PlanController.getTemplates: active templates by name, each with its steps in order. */
export async function getTemplates(session: BridgeSession): Promise<TemplateDto[]> {
  const rows = await session.client.queryAll<Row>(
    `SELECT Id, Name, External_Id__c, Plan_Type__c, Description__c,
       (SELECT ${TEMPLATE_STEP_FIELDS.join(', ')} FROM Template_Steps__r
          ORDER BY Sort_Order__c ASC NULLS LAST, Name ASC, Id ASC)
     FROM Plan_Template__c WHERE Is_Active__c = TRUE ORDER BY Name ASC, Id ASC`
  );
  return rows.map(toTemplateDto);
}

/** A LIKE pattern that matches the term anywhere, its wildcards taken literally. */
function containsPattern(term: string): string {
  return soqlString(`%${term.replace(/\\/g, '\\\\').replace(/%/g, '\\%').replace(/_/g, '\\_')}%`);
}

/**
 * PlanController.searchPeople: people whose name contains the term, the opportunity account's
 * contacts first, then other contacts, then active users; at most PEOPLE_LIMIT; none for a term
 * shorter than 2 characters.
 */
export async function searchPeople(
  session: BridgeSession,
  opportunityId: unknown,
  searchTerm: unknown
): Promise<PersonDto[]> {
  const term = typeof searchTerm === 'string' ? searchTerm.trim() : '';
  if (term.length < 2) return [];
  const pattern = containsPattern(term);
  let accountId: string | null = null;
  if (isId(opportunityId)) {
    const rows = await session.client.queryAll<Row>(
      `SELECT Id, AccountId FROM Opportunity WHERE Id = ${soqlString(opportunityId)}`
    );
    accountId = text(rows.at(0)?.AccountId);
  }
  const people: PersonDto[] = [];
  const room = () => PEOPLE_LIMIT - people.length;
  if (accountId) {
    const rows = await session.client.queryAll<Row>(
      `SELECT Id, Name, Title, Email FROM Contact WHERE Name LIKE ${pattern} AND AccountId = ${soqlString(accountId)}
       ORDER BY Name ASC, Id ASC LIMIT ${room()}`
    );
    people.push(...rows.map((row) => toPerson('Contact', row)));
  }
  if (room() > 0) {
    const others = accountId ? ` AND (AccountId != ${soqlString(accountId)} OR AccountId = NULL)` : '';
    const rows = await session.client.queryAll<Row>(
      `SELECT Id, Name, Title, Email FROM Contact WHERE Name LIKE ${pattern}${others}
       ORDER BY Name ASC, Id ASC LIMIT ${room()}`
    );
    people.push(...rows.map((row) => toPerson('Contact', row)));
  }
  if (room() > 0) {
    const rows = await session.client.queryAll<Row>(
      `SELECT Id, Name, Title, Email FROM User WHERE Name LIKE ${pattern} AND IsActive = TRUE AND UserType = 'Standard'
       ORDER BY Name ASC, Id ASC LIMIT ${room()}`
    );
    people.push(...rows.map((row) => toPerson('User', row)));
  }
  return people;
}
