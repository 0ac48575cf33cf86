/**
 * The template picker's owner column: for each scheduled step, who it goes to and how they were
 * found (a stakeholder, the opportunity's owner, a contact role — the admin's mapping named when it
 * was used), or "Unassigned" and why; and the summary under the preview (who joins the plan, how
 * many steps are left unassigned). The words are Custom Labels the picker hands in
 * (TEMPLATE_OWNER_LABELS), so this module stays free of Salesforce imports.
 */
import type { ScheduledStep } from 'c/planEngine';
import { templateOwners, type OwnerContext, type OwnerMatch } from './templateOwners';

/** The Custom Label of each word (the picker imports them; the tests read them from the labels file). */
export const TEMPLATE_OWNER_LABELS = {
  column: 'Plan_Template_Owner_Column',
  viaStakeholder: 'Plan_Template_Owner_Via_Stakeholder',
  viaOpportunityOwner: 'Plan_Template_Owner_Via_Opportunity_Owner',
  viaContactRole: 'Plan_Template_Owner_Via_Contact_Role',
  viaMappedRole: 'Plan_Template_Owner_Via_Mapped_Role',
  joinsPlan: 'Plan_Template_Owner_Joins_Plan',
  unassigned: 'Plan_Template_Owner_Unassigned',
  noRole: 'Plan_Template_Owner_No_Role',
  noContact: 'Plan_Template_Owner_No_Contact',
  noPerson: 'Plan_Template_Owner_No_Person',
  noSeller: 'Plan_Template_Owner_No_Seller',
  either: 'Plan_Template_Owner_Either',
  addsOwners: 'Plan_Template_Owner_Adds',
  unassignedOne: 'Plan_Template_Owner_Unassigned_One',
  unassignedMany: 'Plan_Template_Owner_Unassigned_Many'
} as const;

export type TemplateOwnerWordKey = keyof typeof TEMPLATE_OWNER_LABELS;
/** The label values by key; sentences hold {0}, {1} for names, roles and counts. */
export type TemplateOwnerWords = Readonly<Record<TemplateOwnerWordKey, string>>;

/** One row's owner cell. */
export interface OwnerCell {
  /** The owner's name, or the Unassigned word. */
  name: string;
  /** How the owner was found, or why there is none. */
  detail: string;
  isAssigned: boolean;
}

export interface OwnerPreview {
  /** One cell per scheduled step, in the same order. */
  cells: OwnerCell[];
  /** Who joins the plan as a step owner, and how many steps are left unassigned: '' when none. */
  addsText: string;
  unassignedText: string;
  unassignedCount: number;
}

/** A label with its {0}, {1}, … replaced by the values, in one pass (a value's own braces stay). */
export function fillLabel(template: string, ...values: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const at = Number(index);
    return at < values.length ? String(values[at]) : whole;
  });
}

/** "A", "A or B", "A, B or C" (the last pair joined by the `either` label). */
export function eitherOf(values: readonly string[], words: TemplateOwnerWords): string {
  if (values.length <= 1) return values[0] ?? '';
  return fillLabel(words.either, values.slice(0, -1).join(', '), values[values.length - 1]);
}

function detailOf(match: OwnerMatch, words: TemplateOwnerWords): string {
  let how = '';
  if (match.source === 'stakeholder') how = fillLabel(words.viaStakeholder, match.role ?? '');
  else if (match.source === 'opportunityOwner') how = words.viaOpportunityOwner;
  else if (
    match.contactRole !== null &&
    match.contactRole.trim().toLowerCase() !== match.role?.trim().toLowerCase()
  )
    how = fillLabel(words.viaMappedRole, match.contactRole, match.role ?? '');
  else how = fillLabel(words.viaContactRole, match.contactRole ?? match.role ?? '');
  return match.isNew ? fillLabel(words.joinsPlan, how) : how;
}

function reasonOf(match: OwnerMatch, hasStakeholders: boolean, words: TemplateOwnerWords): string {
  if (match.role === null) return words.noRole;
  if (match.side === 'Seller') return fillLabel(words.noSeller, match.role);
  return fillLabel(
    hasStakeholders ? words.noPerson : words.noContact,
    eitherOf(match.contactRolesSought, words)
  );
}

/** The owner column and summary of a template's preview on this opportunity. */
export function ownerPreview(
  view: OwnerContext,
  scheduled: readonly Pick<ScheduledStep, 'ownerRole' | 'side'>[],
  words: TemplateOwnerWords
): OwnerPreview {
  const { inserts, matches } = templateOwners(view, scheduled);
  const hasStakeholders = view.stakeholders.length > 0;
  const cells = matches.map((match): OwnerCell => {
    if (match.owner) return { name: match.owner.name, detail: detailOf(match, words), isAssigned: true };
    return { name: words.unassigned, detail: reasonOf(match, hasStakeholders, words), isAssigned: false };
  });
  const unassignedCount = cells.filter((cell) => !cell.isAssigned).length;
  const added = inserts.map((s) => `${s.name} (${s.role ?? s.side})`).join(', ');
  return {
    cells,
    addsText: inserts.length > 0 ? fillLabel(words.addsOwners, added) : '',
    unassignedText:
      unassignedCount === 0
        ? ''
        : unassignedCount === 1
          ? words.unassignedOne
          : fillLabel(words.unassignedMany, unassignedCount),
    unassignedCount
  };
}
