/**
 * The template picker's owner column: for each scheduled step, who it goes to and how they were
 * found (a stakeholder, the opportunity's owner, a contact role — the admin's mapping named when it
 * was used), or "Unassigned" and why; and the summary under the preview (who joins the plan, how
 * many steps are left unassigned). The words are Custom Labels (c/planLabels, Plan_Template_Owner_…),
 * read when the preview is built.
 */
import type { ScheduledStep } from 'c/planEngine';
import { LABELS, format } from 'c/planLabels';
import { templateOwners, type OwnerContext, type OwnerMatch } from './templateOwners';

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

/** "A", "A or B", "A, B or C" (the last pair joined by Plan_Template_Owner_Either). */
export function eitherOf(values: readonly string[]): string {
  if (values.length <= 1) return values[0] ?? '';
  return format(LABELS.templateOwnerEither, values.slice(0, -1).join(', '), values[values.length - 1]);
}

function detailOf(match: OwnerMatch): string {
  let how = '';
  if (match.source === 'stakeholder') how = format(LABELS.templateOwnerViaStakeholder, match.role ?? '');
  else if (match.source === 'opportunityOwner') how = LABELS.templateOwnerViaOpportunityOwner;
  else if (
    match.contactRole !== null &&
    match.contactRole.trim().toLowerCase() !== match.role?.trim().toLowerCase()
  )
    how = format(LABELS.templateOwnerViaMappedRole, match.contactRole, match.role ?? '');
  else how = format(LABELS.templateOwnerViaContactRole, match.contactRole ?? match.role ?? '');
  return match.isNew ? format(LABELS.templateOwnerJoinsPlan, how) : how;
}

function reasonOf(match: OwnerMatch, hasStakeholders: boolean): string {
  if (match.role === null) return LABELS.templateOwnerNoRole;
  if (match.side === 'Seller') return format(LABELS.templateOwnerNoSeller, match.role);
  return format(
    hasStakeholders ? LABELS.templateOwnerNoPerson : LABELS.templateOwnerNoContact,
    eitherOf(match.contactRolesSought)
  );
}

/** The owner column and summary of a template's preview on this opportunity. */
export function ownerPreview(
  view: OwnerContext,
  scheduled: readonly Pick<ScheduledStep, 'ownerRole' | 'side'>[]
): OwnerPreview {
  const { inserts, matches } = templateOwners(view, scheduled);
  const hasStakeholders = view.stakeholders.length > 0;
  const cells = matches.map((match): OwnerCell => {
    if (match.owner) return { name: match.owner.name, detail: detailOf(match), isAssigned: true };
    return {
      name: LABELS.templateOwnerUnassigned,
      detail: reasonOf(match, hasStakeholders),
      isAssigned: false
    };
  });
  const unassignedCount = cells.filter((cell) => !cell.isAssigned).length;
  const added = inserts.map((s) => format(LABELS.templateOwnerPerson, s.name, s.role ?? s.side)).join(', ');
  return {
    cells,
    addsText: inserts.length > 0 ? format(LABELS.templateOwnerAdds, added) : '',
    unassignedText:
      unassignedCount === 0
        ? ''
        : unassignedCount === 1
          ? LABELS.templateOwnerUnassignedOne
          : format(LABELS.templateOwnerUnassignedMany, unassignedCount),
    unassignedCount
  };
}
