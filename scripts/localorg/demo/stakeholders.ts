import type { StakeholderDto } from '../../../force-app/main/default/lwc/planContract/planContract.ts';
import {
  buyerContact,
  newStakeholder,
  type StakeholderPerson
} from '../../../force-app/main/default/lwc/planViewModel/templateOwners.ts';
import type { PlanStep } from '../../planEngine.ts';
import type { DemoContext, Row } from './context.ts';
import { SELLER_TITLES } from './names.ts';
import type { DemoOpportunity } from './opportunities.ts';
import type { DemoContact, DemoUser } from './people.ts';

function added(ctx: DemoContext, person: StakeholderPerson): StakeholderDto {
  return newStakeholder(null, person, ctx.ids('Plan_Stakeholder__c'));
}

/**
 * When the plan goes Active, the rep staffs the roles the template left without an owner
 * (templateOwners found no stakeholder, opportunity owner or contact role for them): a buyer role
 * goes to a contact of the account who plays it, a seller role to a colleague with that title
 * (`usersByTitle`; any colleague when none has it).
 * Returns the stakeholders added; the steps are given to them (`owners`: step index → stakeholder Id).
 */
export function staffRoles(
  ctx: DemoContext,
  steps: readonly PlanStep[],
  ownerRoles: readonly (string | null)[],
  stakeholders: readonly StakeholderDto[],
  contacts: readonly DemoContact[],
  users: readonly DemoUser[],
  usersByTitle: ReadonlyMap<string, readonly DemoUser[]>,
  opportunity: DemoOpportunity
): { added: StakeholderDto[]; owners: Map<number, string> } {
  const byRole = new Map<string, StakeholderDto | null>();
  const news: StakeholderDto[] = [];
  const owners = new Map<number, string>();
  const resolve = (role: string): StakeholderDto | null => {
    const contact = contacts.find((c) => c.role === role && !stakeholders.some((s) => s.contactId === c.id));
    if (contact) return added(ctx, buyerContact(contact, role));
    if (!SELLER_TITLES.includes(role)) return null;
    const pool = usersByTitle.get(role) ?? users;
    let user = ctx.rnd.pick(pool);
    if (user.id === opportunity.owner.id) user = pool[(pool.indexOf(user) + 1) % pool.length];
    if (user.id === opportunity.owner.id) return null;
    return added(ctx, {
      name: user.name,
      side: 'Seller',
      role,
      title: user.title,
      email: null,
      contactId: null,
      userId: user.id
    });
  };
  steps.forEach((step, i) => {
    const role = ownerRoles[i];
    if (step.ownerId || !role) return;
    if (!byRole.has(role)) {
      const holder = resolve(role);
      byRole.set(role, holder);
      if (holder) news.push(holder);
    }
    const holder = byRole.get(role);
    if (holder?.id) owners.set(i, holder.id);
  });
  return { added: news, owners };
}

const INFLUENCE = ['High', 'Medium', 'Low'] as const;
const STANCE = ['Champion', 'Supporter', 'Neutral', 'Skeptic', 'Unknown'] as const;

/** What the rep fills in on the stakeholder map once the plan is worked: influence, stance, signers, vetoes. */
export function mapStakeholders(ctx: DemoContext, stakeholders: readonly StakeholderDto[]): StakeholderDto[] {
  return stakeholders.map((s) =>
    s.side === 'Seller'
      ? { ...s, influence: 'Medium', stance: 'Champion' }
      : {
          ...s,
          influence: ctx.rnd.pick(INFLUENCE),
          stance: ctx.rnd.pick(STANCE),
          isSigner: s.role === 'Decision Maker' || s.role === 'Economic Buyer',
          canVeto: s.role === 'Legal' || s.role === 'Economic Buyer'
        }
  );
}

export function stakeholderRow(
  ctx: DemoContext,
  s: StakeholderDto,
  planId: string,
  createdDaysAgo: number
): Row {
  return {
    Id: s.id,
    Name: s.name,
    Plan__c: planId,
    Side__c: s.side,
    Contact__c: s.contactId,
    User__c: s.userId,
    Role__c: s.role,
    Influence__c: s.influence,
    Stance__c: s.stance,
    Title__c: s.title,
    Email__c: s.email,
    Is_Signer__c: s.isSigner ? 1 : 0,
    Can_Veto__c: s.canVeto ? 1 : 0,
    ...ctx.stamp(createdDaysAgo)
  };
}
