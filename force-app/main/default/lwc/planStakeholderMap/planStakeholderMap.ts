/**
 * planStakeholderMap — presentational. The buying committee and the seller's team in two columns:
 * each person's role, influence and stance (words with the colour or icon), signer and veto markers,
 * and the steps they own. Reps add people from the opportunity's contact roles or by searching
 * contacts and users (the one Apex call this component makes: PlanController.searchPeople), edit
 * role, influence and stance inline, and remove people after a confirmation. Nothing is saved here:
 * each change is an event the container turns into a change set.
 *
 * Emits `stakeholderadd` / `stakeholderupdate` / `stakeholderremove` { stakeholder: StakeholderDto };
 * a new stakeholder has `id: null` and a temporary `key` ('new-stakeholder-<n>').
 * Overdue steps are shown when the container passes the engine's `assessment` (optional).
 */
import { LightningElement, api } from 'lwc';
import searchPeople from '@salesforce/apex/PlanController.searchPeople';
import type { PlanAssessment, StepFacts } from 'c/planEngine';
import type { PersonDto, StakeholderDto, StepDto } from 'c/planContract';
import { errorSentence } from 'c/planErrors';
import {
  STAKEHOLDER_SIDE_OPTIONS,
  formatCount,
  lateLabel,
  stanceLook,
  type PicklistOption
} from 'c/planFormat';
import {
  factsById,
  newStakeholderDraft,
  stakeholderDraftOf,
  stakeholderKey,
  stepKey,
  type StakeholderDraft
} from 'c/planViewModel';

/** Wait after the last keystroke before searching. */
export const SEARCH_DELAY_MS = 300;
/** searchPeople needs at least this many characters. */
export const MIN_SEARCH_LENGTH = 2;

type StakeholderSide = StakeholderDto['side'];
type Draft = StakeholderDraft;
type DraftSaveEvent = CustomEvent<{ draft: Draft }>;

interface OwnedStepView {
  key: string;
  title: string;
  stateText: string;
  stateClass: string;
}

interface PersonView {
  key: string;
  name: string;
  titleText: string;
  roleText: string;
  influenceText: string;
  stanceLabel: string;
  stanceClass: string;
  stanceIcon: string;
  stanceIconVariant: string;
  isSigner: boolean;
  canVeto: boolean;
  stepSummary: string;
  steps: OwnedStepView[];
  hasSteps: boolean;
  isEditing: boolean;
  isConfirmingRemove: boolean;
  editLabel: string;
  removeLabel: string;
  confirmText: string;
}

interface ColumnView {
  side: StakeholderSide;
  heading: string;
  countText: string;
  people: PersonView[];
  hasPeople: boolean;
  emptyText: string;
}

interface CandidateView {
  id: string;
  name: string;
  detail: string;
  addLabel: string;
}

interface ResultView extends CandidateView {
  kindText: string;
  isStakeholder: boolean;
}

let newStakeholderCount = 0;

function personDetail(person: Pick<PersonDto, 'title' | 'email' | 'role'>): string {
  return [person.role, person.title, person.email].filter((part) => part).join(' · ');
}

export default class PlanStakeholderMap extends LightningElement {
  @api stakeholders: StakeholderDto[] = [];
  @api steps: StepDto[] = [];
  @api contactRoles: PersonDto[] = [];
  @api opportunityId = '';
  @api readOnly = false;
  /** Optional: the engine's assessment of the steps, for overdue flags on the steps people own. */
  @api assessment: PlanAssessment | null = null;

  searchTerm = '';
  searchResults: PersonDto[] = [];
  searchError = '';
  isSearching = false;
  hasSearched = false;
  /** The person being added, and what the rep chose for them. */
  pending: PersonDto | null = null;
  pendingDraft: Draft | null = null;
  editingKey: string | null = null;
  editDraft: Draft | null = null;
  confirmingRemoveKey: string | null = null;

  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private searchSequence = 0;

  override disconnectedCallback(): void {
    clearTimeout(this.searchTimer);
  }

  get canEdit(): boolean {
    return !this.readOnly;
  }

  // Columns and people ------------------------------------------------------------------------------

  private ownedSteps(stakeholder: StakeholderDto): StepDto[] {
    return this.steps.filter(
      (step) =>
        (stakeholder.id !== null && step.ownerId === stakeholder.id) ||
        (stakeholder.key !== null && step.ownerKey === stakeholder.key)
    );
  }

  private personView(stakeholder: StakeholderDto, byId: Map<string, StepFacts>): PersonView {
    const key = stakeholderKey(stakeholder);
    const owned = this.ownedSteps(stakeholder);
    let openCount = 0;
    let overdueCount = 0;
    const steps = owned.map((step): OwnedStepView => {
      const facts = byId.get(stepKey(step));
      let stateText: string = step.status;
      let stateClass = 'slds-text-color_weak';
      if (facts?.isOverdue) {
        stateText = `Overdue, ${lateLabel(facts.daysLate)}`;
        stateClass = 'slds-text-color_error step-overdue';
      }
      if (facts?.isOpen) openCount += 1;
      if (facts?.isOverdue) overdueCount += 1;
      return { key: stepKey(step), title: step.title, stateText, stateClass };
    });
    const summary = [formatCount(owned.length, 'step')];
    if (this.assessment && owned.length > 0) {
      summary.push(`${openCount} open`);
      if (overdueCount > 0) summary.push(`${overdueCount} overdue`);
    }
    const stance = stanceLook(stakeholder.stance);
    const stepsWord = formatCount(owned.length, 'step');
    return {
      key,
      name: stakeholder.name,
      titleText: stakeholder.title ?? '',
      roleText: stakeholder.role ?? 'No role yet',
      influenceText: `Influence: ${stakeholder.influence ?? 'not set'}`,
      stanceLabel: stance.label,
      stanceClass: `stance slds-badge ${stance.badgeClass}`,
      stanceIconVariant: stance.iconVariant,
      stanceIcon: stance.iconName,
      isSigner: stakeholder.isSigner,
      canVeto: stakeholder.canVeto,
      stepSummary: summary.join(', '),
      steps,
      hasSteps: steps.length > 0,
      isEditing: this.editingKey === key,
      isConfirmingRemove: this.confirmingRemoveKey === key,
      editLabel: `Edit ${stakeholder.name}`,
      removeLabel: `Remove ${stakeholder.name}`,
      confirmText:
        owned.length > 0
          ? `Remove ${stakeholder.name} from the plan? The ${stepsWord} they own will have no owner.`
          : `Remove ${stakeholder.name} from the plan?`
    };
  }

  get columns(): ColumnView[] {
    const byId = factsById(this.assessment);
    return (['Buyer', 'Seller'] as const).map((side) => {
      const people = this.stakeholders
        .filter((stakeholder) => stakeholder.side === side)
        .map((stakeholder) => this.personView(stakeholder, byId));
      return {
        side,
        heading: side === 'Buyer' ? 'Buyer' : 'Seller',
        countText: formatCount(people.length, 'person', 'people'),
        people,
        hasPeople: people.length > 0,
        emptyText: side === 'Buyer' ? 'No one from the buyer yet.' : 'No one from your team yet.'
      };
    });
  }

  // Adding from the contact roles -------------------------------------------------------------------

  private isStakeholder(person: PersonDto): boolean {
    const isUser = person.kind === 'User';
    return this.stakeholders.some(
      (stakeholder) => (isUser ? stakeholder.userId : stakeholder.contactId) === person.id
    );
  }

  get contactRoleCandidates(): CandidateView[] {
    return this.contactRoles
      .filter((person) => !this.isStakeholder(person))
      .map((person) => ({
        id: person.id,
        name: person.name,
        detail: personDetail(person),
        addLabel: `Add ${person.name}`
      }));
  }

  get hasContactRoleCandidates(): boolean {
    return this.contactRoleCandidates.length > 0;
  }

  handleQuickAdd(event: Event): void {
    const person = this.contactRoles.find((candidate) => candidate.id === this.dataId(event));
    if (!person) return;
    this.emitAdd(person, newStakeholderDraft(person.role, 'Buyer'));
  }

  // Searching contacts and users --------------------------------------------------------------------

  handleSearchChange(event: CustomEvent<{ value: string | null }>): void {
    this.searchTerm = event.detail.value ?? '';
    clearTimeout(this.searchTimer);
    const term = this.searchTerm.trim();
    this.searchSequence += 1;
    if (term.length < MIN_SEARCH_LENGTH) {
      this.searchResults = [];
      this.searchError = '';
      this.isSearching = false;
      this.hasSearched = false;
      return;
    }
    const sequence = this.searchSequence;
    // Debounce: search once the rep pauses typing, not on every keystroke.
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    this.searchTimer = setTimeout(() => {
      // runSearch reports its own failures; nothing is left to catch.
      this.runSearch(term, sequence).catch(() => undefined);
    }, SEARCH_DELAY_MS);
  }

  private async runSearch(term: string, sequence: number): Promise<void> {
    this.isSearching = true;
    this.searchError = '';
    try {
      const people = await searchPeople({ opportunityId: this.opportunityId, searchTerm: term });
      if (sequence !== this.searchSequence) return; // a later search has started
      this.searchResults = people;
    } catch (error: unknown) {
      if (sequence !== this.searchSequence) return;
      this.searchResults = [];
      this.searchError = `People could not be searched. ${errorSentence(error)}`;
    } finally {
      if (sequence === this.searchSequence) {
        this.isSearching = false;
        this.hasSearched = true;
      }
    }
  }

  get searchHint(): string {
    const length = this.searchTerm.trim().length;
    return length > 0 && length < MIN_SEARCH_LENGTH ? `Type at least ${MIN_SEARCH_LENGTH} characters.` : '';
  }

  get results(): ResultView[] {
    return this.searchResults.map((person) => ({
      id: person.id,
      name: person.name,
      detail: personDetail(person),
      addLabel: `Choose ${person.name}`,
      kindText: person.kind === 'User' ? 'User (your team)' : 'Contact',
      isStakeholder: this.isStakeholder(person)
    }));
  }

  get hasResults(): boolean {
    return this.searchResults.length > 0;
  }

  get noResultsText(): string {
    return this.hasSearched && !this.isSearching && !this.searchError && this.searchResults.length === 0
      ? `No contacts or users match “${this.searchTerm.trim()}”.`
      : '';
  }

  handleChoose(event: Event): void {
    const person = this.searchResults.find((candidate) => candidate.id === this.dataId(event));
    if (!person) return;
    this.pending = person;
    this.pendingDraft = newStakeholderDraft(person.role, person.kind === 'User' ? 'Seller' : 'Buyer');
  }

  get pendingHeading(): string {
    return this.pending ? `Add ${this.pending.name}` : '';
  }

  /** A user is always on the seller's side (validation rule Buyer_Side_Is_Not_A_User). */
  get pendingSideOptions(): readonly PicklistOption[] {
    return this.pending?.kind === 'User'
      ? STAKEHOLDER_SIDE_OPTIONS.filter((option) => option.value === 'Seller')
      : STAKEHOLDER_SIDE_OPTIONS;
  }

  get sideHelp(): string | undefined {
    return this.isPendingUser
      ? 'People from your own company (users) are always on the seller side.'
      : undefined;
  }

  get isPendingUser(): boolean {
    return this.pending?.kind === 'User';
  }

  handleAddPending(event: DraftSaveEvent): void {
    if (!this.pending) return;
    this.emitAdd(this.pending, event.detail.draft);
    this.pending = null;
    this.pendingDraft = null;
    this.searchResults = [];
    this.searchTerm = '';
    this.hasSearched = false;
  }

  handleCancelPending(): void {
    this.pending = null;
    this.pendingDraft = null;
  }

  private emitAdd(person: PersonDto, draft: Draft): void {
    newStakeholderCount += 1;
    const isUser = person.kind === 'User';
    const stakeholder: StakeholderDto = {
      id: null,
      key: `new-stakeholder-${newStakeholderCount}`,
      name: person.name,
      side: isUser ? 'Seller' : draft.side,
      role: draft.role,
      influence: draft.influence,
      stance: draft.stance,
      title: person.title,
      email: person.email,
      contactId: isUser ? null : person.id,
      userId: isUser ? person.id : null,
      isSigner: draft.isSigner,
      canVeto: draft.canVeto,
      lastModified: null
    };
    this.dispatchEvent(new CustomEvent('stakeholderadd', { detail: { stakeholder } }));
  }

  // Editing and removing ----------------------------------------------------------------------------

  private find(key: string | undefined): StakeholderDto | undefined {
    return this.stakeholders.find((stakeholder) => stakeholderKey(stakeholder) === key);
  }

  handleEdit(event: Event): void {
    const stakeholder = this.find(this.dataId(event));
    if (!stakeholder) return;
    this.confirmingRemoveKey = null;
    this.editingKey = stakeholderKey(stakeholder);
    this.editDraft = stakeholderDraftOf(stakeholder);
  }

  handleSaveEdit(event: DraftSaveEvent): void {
    const stakeholder = this.find(this.editingKey ?? undefined);
    const { draft } = event.detail;
    if (stakeholder) {
      const updated: StakeholderDto = {
        ...stakeholder,
        role: draft.role,
        influence: draft.influence,
        stance: draft.stance,
        isSigner: draft.isSigner,
        canVeto: draft.canVeto
      };
      this.dispatchEvent(new CustomEvent('stakeholderupdate', { detail: { stakeholder: updated } }));
    }
    this.editingKey = null;
    this.editDraft = null;
  }

  handleCancelEdit(): void {
    this.editingKey = null;
    this.editDraft = null;
  }

  handleRemove(event: Event): void {
    const stakeholder = this.find(this.dataId(event));
    if (!stakeholder) return;
    this.editingKey = null;
    this.editDraft = null;
    this.confirmingRemoveKey = stakeholderKey(stakeholder);
  }

  handleConfirmRemove(): void {
    const stakeholder = this.find(this.confirmingRemoveKey ?? undefined);
    this.confirmingRemoveKey = null;
    if (stakeholder) {
      this.dispatchEvent(
        new CustomEvent('stakeholderremove', { detail: { stakeholder: { ...stakeholder } } })
      );
    }
  }

  handleCancelRemove(): void {
    this.confirmingRemoveKey = null;
  }

  // Helpers -----------------------------------------------------------------------------------------

  private dataId(event: Event): string | undefined {
    return (event.currentTarget as HTMLElement | null)?.dataset.id;
  }
}
