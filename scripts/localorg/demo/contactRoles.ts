import type { PersonDto } from '../../../force-app/main/default/lwc/planContract/planContract.ts';
import type { DemoContext, Row } from './context.ts';
import type { DemoOpportunity } from './opportunities.ts';
import type { DemoContact } from './people.ts';

/**
 * The opportunity's contact roles: the first two to all of the account's buying committee, each
 * with the role they play (the names the templates' owner roles use), the first one primary. Also
 * as the record page's view lists them (PersonDto), primary first.
 */
export function makeContactRoles(
  ctx: DemoContext,
  opportunity: DemoOpportunity,
  contacts: readonly DemoContact[]
): { rows: Row[]; people: PersonDto[] } {
  const count = ctx.rnd.int(Math.min(2, contacts.length), contacts.length);
  const rows: Row[] = [];
  const people: PersonDto[] = [];
  contacts.slice(0, count).forEach((contact, k) => {
    rows.push({
      Id: ctx.ids('OpportunityContactRole'),
      OpportunityId: opportunity.id,
      ContactId: contact.id,
      Role: contact.role,
      IsPrimary: k === 0 ? 1 : 0,
      ...ctx.stamp(opportunity.createdDaysAgo)
    });
    people.push({
      kind: 'ContactRole',
      id: contact.id,
      name: contact.name,
      title: contact.title,
      email: contact.email,
      role: contact.role,
      isPrimary: k === 0
    });
  });
  return { rows, people };
}
