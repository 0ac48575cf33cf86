/** What a rep chooses for a stakeholder being added or edited, and how each field of the form sets it. */
import type { StakeholderDto } from 'c/planContract';
import { INFLUENCE_OPTIONS, STAKEHOLDER_ROLES, STANCE_OPTIONS, type Stance } from 'c/planFormat';

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

function validRole(role: string | null): string | null {
  return role !== null && STAKEHOLDER_ROLES.includes(role) ? role : null;
}

function asInfluence(value: string): StakeholderDto['influence'] {
  return INFLUENCE_OPTIONS.some((option) => option.value === value)
    ? (value as StakeholderDto['influence'])
    : null;
}

function asStance(value: string): Stance {
  return STANCE_OPTIONS.some((option) => option.value === value) ? (value as Stance) : 'Unknown';
}

/** What a person starts with when added: their role when it is a plan role, the rest unset. */
export function newStakeholderDraft(role: string | null, side: StakeholderDto['side']): StakeholderDraft {
  return { side, role: validRole(role), influence: null, stance: 'Unknown', isSigner: false, canVeto: false };
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
export function withDraftField(draft: StakeholderDraft, change: DraftFieldChange): StakeholderDraft {
  const value = change.value ?? '';
  switch (change.field) {
    case 'side':
      // The seller's own team has no stance toward the deal: moving someone there clears it.
      return value === 'Seller'
        ? { ...draft, side: 'Seller', stance: 'Unknown' }
        : { ...draft, side: 'Buyer' };
    case 'role':
      return { ...draft, role: validRole(value) };
    case 'influence':
      return { ...draft, influence: asInfluence(value) };
    case 'stance':
      return { ...draft, stance: asStance(value) };
    case 'isSigner':
      return { ...draft, isSigner: change.checked === true };
    case 'canVeto':
      return { ...draft, canVeto: change.checked === true };
    default:
      return draft;
  }
}
