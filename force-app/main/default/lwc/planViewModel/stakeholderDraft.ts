/**
 * What a rep chooses for a stakeholder being added or edited, and how each field of the form sets it.
 * A value is kept when the field offers it: the org's options (PlanView.picklists) when given, else
 * the compiled ones, so a role, influence or stance an admin added is accepted.
 */
import type { StakeholderDto } from 'c/planContract';
import type { Stance } from 'c/planFormat';
import { optionsFor, type Picklists } from './picklists';

export interface StakeholderDraft {
  side: StakeholderDto['side'];
  role: string | null;
  influence: StakeholderDto['influence'];
  stance: Stance;
  isSigner: boolean;
  canVeto: boolean;
}

/** A form field's name (its data-field) and what it holds: a picklist value or a checkbox's state. */
export interface DraftFieldChange {
  field: string | undefined;
  value?: string | null;
  checked?: boolean;
}

type StakeholderField =
  'Plan_Stakeholder__c.Role__c' | 'Plan_Stakeholder__c.Influence__c' | 'Plan_Stakeholder__c.Stance__c';

function offers(field: StakeholderField, value: string | null, picklists?: Picklists | null): boolean {
  return value !== null && optionsFor(field, picklists).some((option) => option.value === value);
}

function validRole(role: string | null, picklists?: Picklists | null): string | null {
  return offers('Plan_Stakeholder__c.Role__c', role, picklists) ? role : null;
}

function asInfluence(value: string, picklists?: Picklists | null): StakeholderDto['influence'] {
  return offers('Plan_Stakeholder__c.Influence__c', value, picklists)
    ? (value as StakeholderDto['influence'])
    : null;
}

function asStance(value: string, picklists?: Picklists | null): Stance {
  return offers('Plan_Stakeholder__c.Stance__c', value, picklists) ? (value as Stance) : 'Unknown';
}

/** What a person starts with when added: their role when the field offers it, the rest unset. */
export function newStakeholderDraft(
  role: string | null,
  side: StakeholderDto['side'],
  picklists?: Picklists | null
): StakeholderDraft {
  return {
    side,
    role: validRole(role, picklists),
    influence: null,
    stance: 'Unknown',
    isSigner: false,
    canVeto: false
  };
}

/** The draft of an existing stakeholder, for editing. */
export function stakeholderDraftOf(stakeholder: StakeholderDto): StakeholderDraft {
  return {
    side: stakeholder.side,
    role: stakeholder.role,
    influence: stakeholder.influence,
    stance: stakeholder.stance ?? 'Unknown',
    isSigner: stakeholder.isSigner,
    canVeto: stakeholder.canVeto
  };
}

/** The draft with one field changed; a value that is not one of the field's choices clears it. */
export function withDraftField(
  draft: StakeholderDraft,
  change: DraftFieldChange,
  picklists?: Picklists | null
): StakeholderDraft {
  const value = change.value ?? '';
  switch (change.field) {
    case 'side':
      // The seller's own team has no stance toward the deal: moving someone there clears it.
      return value === 'Seller'
        ? { ...draft, side: 'Seller', stance: 'Unknown' }
        : { ...draft, side: 'Buyer' };
    case 'role':
      return { ...draft, role: validRole(value, picklists) };
    case 'influence':
      return { ...draft, influence: asInfluence(value, picklists) };
    case 'stance':
      return { ...draft, stance: asStance(value, picklists) };
    case 'isSigner':
      return { ...draft, isSigner: change.checked === true };
    case 'canVeto':
      return { ...draft, canVeto: change.checked === true };
    default:
      return draft;
  }
}
