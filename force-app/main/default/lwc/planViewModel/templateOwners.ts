/**
 * Who a template's owner roles go to on this opportunity, so that a plan made from a template
 * starts with owners rather than "N steps without an owner". For each role the template names, in
 * the order its steps name them:
 * 1. a stakeholder of the plan with that role (on the step's side first);
 * 2. for Account Executive, the opportunity's owner (the stakeholder who is that user, or a new
 *    seller stakeholder);
 * 3. a contact role of the opportunity with that role (the stakeholder who is that contact, or a
 *    new buyer stakeholder; primary contact roles first);
 * 4. else no one: the rep assigns it.
 * New stakeholders are inserts of the same change set (temporary keys `tpl-owner-N`); a person is
 * added once whatever the number of roles they take.
 */
import type { ScheduledStep } from 'c/planEngine';
import type { PersonDto, PlanView, StakeholderDto } from 'c/planContract';

/** The template role that goes to the opportunity's owner. */
export const SELLER_ROLE = 'Account Executive';

/** A step's owner: an existing stakeholder (id) or one added in the same save (key). */
export interface TemplateOwner {
  id: string | null;
  key: string | null;
  name: string;
}

export interface TemplateOwners {
  /** The stakeholders to add with the template's steps. */
  inserts: StakeholderDto[];
  /** Each scheduled step's owner (same order), or undefined when its role goes to no one. */
  owners: (TemplateOwner | undefined)[];
}

/** Who a stakeholder is, without the map's own judgements (influence, stance, signer, veto). */
export type StakeholderPerson = Pick<
  StakeholderDto,
  'name' | 'side' | 'role' | 'title' | 'email' | 'contactId' | 'userId'
>;

/** A new stakeholder for a person, with the map's judgements left to the rep. */
export function newStakeholder(
  key: string | null,
  person: StakeholderPerson,
  id: string | null = null
): StakeholderDto {
  return {
    id,
    key,
    influence: null,
    stance: null,
    isSigner: false,
    canVeto: false,
    lastModified: null,
    ...person
  };
}

/** A buyer contact in the role the template names. */
export function buyerContact(
  contact: Pick<PersonDto, 'id' | 'name' | 'title' | 'email'>,
  role: string
): StakeholderPerson {
  return {
    name: contact.name,
    side: 'Buyer',
    role,
    title: contact.title,
    email: contact.email,
    contactId: contact.id,
    userId: null
  };
}

function asOwner(stakeholder: StakeholderDto): TemplateOwner {
  return stakeholder.id
    ? { id: stakeholder.id, key: null, name: stakeholder.name }
    : { id: null, key: stakeholder.key, name: stakeholder.name };
}

export function templateOwners(
  view: Pick<PlanView, 'opportunity' | 'stakeholders' | 'contactRoles'>,
  scheduled: readonly Pick<ScheduledStep, 'ownerRole' | 'side'>[]
): TemplateOwners {
  const inserts: StakeholderDto[] = [];
  const byRole = new Map<string, StakeholderDto | null>();
  const people = [...view.stakeholders];

  const stakeholderFor = (
    match: (s: StakeholderDto) => boolean,
    create: () => StakeholderPerson
  ): StakeholderDto => {
    const found = people.find(match);
    if (found) return found;
    const added = newStakeholder(`tpl-owner-${inserts.length + 1}`, create());
    inserts.push(added);
    people.push(added);
    return added;
  };

  const resolve = (role: string): StakeholderDto | null => {
    const { opportunity } = view;
    if (role === SELLER_ROLE && opportunity.ownerId) {
      const userId = opportunity.ownerId;
      return stakeholderFor(
        (s) => s.userId === userId,
        () => ({
          name: opportunity.ownerName ?? 'Opportunity owner',
          side: 'Seller',
          role,
          title: null,
          email: null,
          contactId: null,
          userId
        })
      );
    }
    const contact: PersonDto | undefined = view.contactRoles.find((person) => person.role === role);
    if (!contact) return null;
    return stakeholderFor(
      (s) => s.contactId === contact.id,
      () => buyerContact(contact, role)
    );
  };

  const ownerOf = (spec: Pick<ScheduledStep, 'ownerRole' | 'side'>): TemplateOwner | undefined => {
    const role = spec.ownerRole;
    if (role === null) return undefined;
    const holder =
      view.stakeholders.find((s) => s.role === role && s.side === spec.side) ??
      view.stakeholders.find((s) => s.role === role);
    if (holder) return asOwner(holder);
    if (!byRole.has(role)) byRole.set(role, resolve(role));
    const chosen = byRole.get(role);
    return chosen ? asOwner(chosen) : undefined;
  };

  // In the steps' order, so the stakeholders are added in the order the plan needs them.
  return { inserts, owners: scheduled.map(ownerOf) };
}
