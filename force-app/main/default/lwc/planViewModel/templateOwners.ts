/**
 * Who a template's owner roles go to on this opportunity, so that a plan made from a template
 * starts with owners rather than "N steps without an owner". For each role the template names, in
 * the order its steps name them:
 * 1. a stakeholder of the plan with that role (on the step's side first);
 * 2. for Account Executive, the opportunity's owner (the stakeholder who is that user, or a new
 *    seller stakeholder);
 * 3. a contact role of the opportunity that fills the role: one of the role's own name, or one the
 *    admin maps to it (Template_Role_Mapping__mdt, e.g. Technical Buyer → Technical Evaluator); the
 *    stakeholder who is that contact, or a new buyer stakeholder in the template's role (the view's
 *    order: primary contact roles first);
 * 4. else no one: the rep assigns it, and the match says which contact roles were looked for.
 * New stakeholders are inserts of the same change set (temporary keys `tpl-owner-N`); a person is
 * added once whatever the number of roles they take.
 */
import type { ScheduledStep } from 'c/planEngine';
import type { PersonDto, PlanView, RoleMappingDto, StakeholderDto } from 'c/planContract';

/** The template role that goes to the opportunity's owner. */
export const SELLER_ROLE = 'Account Executive';

/** A step's owner: an existing stakeholder (id) or one added in the same save (key). */
export interface TemplateOwner {
  id: string | null;
  key: string | null;
  name: string;
}

/** How a step's owner was found. */
export type OwnerSource = 'stakeholder' | 'opportunityOwner' | 'contactRole';

/** What became of one template step's owner role. */
export interface OwnerMatch {
  /** The template's owner role; null when the step names none. */
  role: string | null;
  /** The step's side: a seller step's role is filled by the seller's team, not by a contact. */
  side: ScheduledStep['side'];
  /** The owner, or null when the role goes to no one. */
  owner: TemplateOwner | null;
  source: OwnerSource | null;
  /** The contact role that filled the step (source contactRole): the role itself or a mapped one. */
  contactRole: string | null;
  /** The owner joins the plan with the template (a stakeholder insert). */
  isNew: boolean;
  /** The contact roles that fill the role: its own name first, then the admin's mapped roles. */
  contactRolesSought: string[];
}

export interface TemplateOwners {
  /** The stakeholders to add with the template's steps. */
  inserts: StakeholderDto[];
  /** Each scheduled step's owner (same order), or undefined when its role goes to no one. */
  owners: (TemplateOwner | undefined)[];
  /** Each scheduled step's match (same order): its owner and how it was found, or why there is none. */
  matches: OwnerMatch[];
}

/** What templateOwners reads of the view; roleMappings may be absent from an older view. */
export type OwnerContext = Pick<PlanView, 'opportunity' | 'stakeholders' | 'contactRoles'> & {
  roleMappings?: readonly RoleMappingDto[] | null;
};

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

/** A role's name as compared: an admin's mapping typed "technical buyer " still matches. */
function roleKey(role: string | null | undefined): string {
  return (role ?? '').trim().toLowerCase();
}

/**
 * The contact roles that fill a template role: the role's own name, then each contact role the
 * admin maps to it (in the mapping's order, each once).
 */
export function contactRolesFor(
  role: string,
  mappings: readonly RoleMappingDto[] | null | undefined
): string[] {
  const roles = [role];
  const seen = new Set([roleKey(role)]);
  for (const mapping of mappings ?? []) {
    const contactRole = mapping.contactRole.trim();
    if (roleKey(mapping.templateRole) !== roleKey(role) || contactRole === '') continue;
    if (seen.has(roleKey(contactRole))) continue;
    seen.add(roleKey(contactRole));
    roles.push(contactRole);
  }
  return roles;
}

function asOwner(stakeholder: StakeholderDto): TemplateOwner {
  return stakeholder.id
    ? { id: stakeholder.id, key: null, name: stakeholder.name }
    : { id: null, key: stakeholder.key, name: stakeholder.name };
}

type Resolved = Pick<OwnerMatch, 'source' | 'contactRole'> & { holder: StakeholderDto };

export function templateOwners(
  view: OwnerContext,
  scheduled: readonly Pick<ScheduledStep, 'ownerRole' | 'side'>[]
): TemplateOwners {
  const inserts: StakeholderDto[] = [];
  const byRole = new Map<string, Resolved | null>();
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

  const resolve = (role: string, sought: readonly string[]): Resolved | null => {
    const { opportunity } = view;
    if (role === SELLER_ROLE && opportunity.ownerId) {
      const userId = opportunity.ownerId;
      const holder = stakeholderFor(
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
      return { holder, source: 'opportunityOwner', contactRole: null };
    }
    const wanted = new Set(sought.map(roleKey));
    const contact: PersonDto | undefined = view.contactRoles.find((person) =>
      wanted.has(roleKey(person.role))
    );
    if (!contact) return null;
    const holder = stakeholderFor(
      (s) => s.contactId === contact.id,
      () => buyerContact(contact, role)
    );
    return { holder, source: 'contactRole', contactRole: contact.role };
  };

  const isInsert = (holder: StakeholderDto): boolean => inserts.includes(holder);

  const matchOf = (spec: Pick<ScheduledStep, 'ownerRole' | 'side'>): OwnerMatch => {
    const role = spec.ownerRole;
    const none = { side: spec.side, owner: null, source: null, contactRole: null, isNew: false };
    if (role === null || role.trim() === '') return { role: null, ...none, contactRolesSought: [] };
    const sought = contactRolesFor(role, view.roleMappings);
    const holder =
      view.stakeholders.find((s) => s.role === role && s.side === spec.side) ??
      view.stakeholders.find((s) => s.role === role);
    if (holder) {
      return {
        role,
        side: spec.side,
        owner: asOwner(holder),
        source: 'stakeholder',
        contactRole: null,
        isNew: false,
        contactRolesSought: sought
      };
    }
    if (!byRole.has(role)) byRole.set(role, resolve(role, sought));
    const chosen = byRole.get(role);
    if (!chosen) return { role, ...none, contactRolesSought: sought };
    return {
      role,
      side: spec.side,
      owner: asOwner(chosen.holder),
      source: chosen.source,
      contactRole: chosen.contactRole,
      isNew: isInsert(chosen.holder),
      contactRolesSought: sought
    };
  };

  // In the steps' order, so the stakeholders are added in the order the plan needs them.
  const matches = scheduled.map(matchOf);
  return { inserts, owners: matches.map((match) => match.owner ?? undefined), matches };
}
