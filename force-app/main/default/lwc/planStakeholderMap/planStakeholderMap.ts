/**
 * planStakeholderMap — presentational. The buying committee as a map: a table of influence (rows)
 * by stance (columns) where there is room, stacked by stance in a narrow region (`narrow`, or the
 * map measures itself under STACK_WIDTH); the seller's team apart below it, with no stance. Each
 * person is a card (focusable, named by the person) with title, role, signer and veto marks and the
 * steps they own: the count, the next open one, the whole list on demand. The layout is built by
 * c/planViewModel's buildStakeholderMap; the words are Custom Labels (c/planLabels).
 *
 * Reps add people from the opportunity's contact roles or by searching contacts and users (the one
 * Apex call this component makes: PlanController.searchPeople), edit role, influence, stance, signer
 * and veto in a panel under the grid, and remove people after a confirmation; the focus goes to the
 * panel and back to the person's Edit or Remove button. Nothing is saved here: each change is an
 * event the container turns into a change set.
 *
 * Emits `stakeholderadd` / `stakeholderupdate` / `stakeholderremove` { stakeholder: StakeholderDto };
 * a new stakeholder has `id: null` and a temporary `key` ('new-stakeholder-<n>').
 * Overdue steps are shown when the container passes the engine's `assessment` (optional).
 */
import { LightningElement, api } from 'lwc';
import searchPeople from '@salesforce/apex/PlanController.searchPeople';
import type { PlanAssessment } from 'c/planEngine';
import type { PersonDto, StakeholderDto, StepDto } from 'c/planContract';
import { errorSentence } from 'c/planErrors';
import type { PicklistOption } from 'c/planFormat';
import { LABELS, format } from 'c/planLabels';
import {
  buildStakeholderMap,
  memo,
  newStakeholderDraft,
  optionsFor,
  stakeholderDraftOf,
  stakeholderKey,
  type PersonCardView,
  type Picklists,
  type StakeholderDraft,
  type StakeholderMapView
} from 'c/planViewModel';

/** Wait after the last keystroke before searching. */
export const SEARCH_DELAY_MS = 300;
/** searchPeople needs at least this many characters. */
export const MIN_SEARCH_LENGTH = 2;
/** Under this width (px) the six stance columns no longer fit: the committee stacks by stance. */
export const STACK_WIDTH = 760;

type Draft = StakeholderDraft;
type DraftSaveEvent = CustomEvent<{ draft: Draft }>;
/** Where the focus goes after the next render. */
type FocusTarget = { kind: 'panel' } | { kind: 'button'; key: string; button: 'edit' | 'remove' };

interface CandidateView {
  id: string;
  name: string;
  detail: string;
  addLabel: string;
}

interface ResultView extends CandidateView {
  kindText: string;
  /** "Contact · Legal · lee@acme.test". */
  detailText: string;
  isStakeholder: boolean;
}

let newStakeholderCount = 0;

/** "1 person", "3 people". */
function peopleCount(count: number): string {
  return count === 1 ? LABELS.mapPeopleOne : format(LABELS.mapPeopleMany, count);
}

function personDetail(person: Pick<PersonDto, 'title' | 'email' | 'role'>): string {
  return [person.role, person.title, person.email].filter((part) => part).join(' · ');
}

export default class PlanStakeholderMap extends LightningElement {
  @api stakeholders: StakeholderDto[] = [];
  @api steps: StepDto[] = [];
  @api contactRoles: PersonDto[] = [];
  @api opportunityId = '';
  @api readOnly = false;
  /** A narrow page region (the container's word): the committee stacks by stance. */
  @api narrow = false;
  /** Optional: the engine's assessment of the steps, for overdue flags on the steps people own. */
  @api assessment: PlanAssessment | null = null;
  /** Optional: the org's picklist options (PlanView.picklists); the grid's rows and columns follow them. */
  @api picklists: Picklists | null = null;

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
  /** The people whose whole list of steps is open. */
  expandedKeys: ReadonlySet<string> = new Set<string>();
  /** The map measured itself narrower than STACK_WIDTH. */
  measuredNarrow = false;

  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private searchSequence = 0;
  private sizeObserver: Pick<ResizeObserver, 'observe' | 'disconnect'> | undefined;
  private focusTarget: FocusTarget | null = null;
  private readonly mapMemo = memo<StakeholderMapView>();

  override renderedCallback(): void {
    if (!this.sizeObserver) this.observeWidth();
    if (this.focusTarget) this.moveFocus(this.focusTarget);
  }

  override disconnectedCallback(): void {
    clearTimeout(this.searchTimer);
    this.sizeObserver?.disconnect();
    this.sizeObserver = undefined;
  }

  /** Watches the map's own width (the observer reports after the browser's layout; nothing is read per render). */
  private observeWidth(): void {
    const root = this.template?.querySelector('.plan-stakeholder-map');
    if (!root || typeof ResizeObserver === 'undefined') return;
    this.sizeObserver = new ResizeObserver((entries) => {
      const width = entries.at(-1)?.contentRect.width ?? 0;
      const narrow = width > 0 && width < STACK_WIDTH;
      if (narrow !== this.measuredNarrow) this.measuredNarrow = narrow;
    });
    this.sizeObserver.observe(root);
  }

  get canEdit(): boolean {
    return !this.readOnly;
  }

  // The map -----------------------------------------------------------------------------------------

  get map(): StakeholderMapView {
    const { stakeholders, steps, assessment, expandedKeys, picklists } = this;
    return this.mapMemo([stakeholders, steps, assessment, expandedKeys, picklists], () =>
      buildStakeholderMap({
        stakeholders,
        steps,
        assessment,
        influences: optionsFor('Plan_Stakeholder__c.Influence__c', picklists),
        stances: optionsFor('Plan_Stakeholder__c.Stance__c', picklists),
        picklists,
        expanded: expandedKeys
      })
    );
  }

  readonly labels = LABELS;

  get searchPlaceholder(): string {
    return format(LABELS.mapSearchPlaceholder, MIN_SEARCH_LENGTH);
  }

  get isStacked(): boolean {
    return this.narrow || this.measuredNarrow;
  }

  get mapClass(): string {
    return this.isStacked ? 'plan-stakeholder-map plan-stakeholder-map_stacked' : 'plan-stakeholder-map';
  }

  get committeeCountText(): string {
    return peopleCount(this.map.committeeCount);
  }

  get teamCountText(): string {
    return peopleCount(this.map.teamCount);
  }

  handleToggleSteps(event: Event): void {
    const key = this.dataId(event);
    if (!key) return;
    const next = new Set(this.expandedKeys);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    this.expandedKeys = next;
  }

  /** The person the panel under the grid is open for (editing or confirming a removal). */
  get panelPerson(): PersonCardView | null {
    const key = this.editingKey ?? this.confirmingRemoveKey;
    if (key === null) return null;
    const map = this.map;
    const cards = [...map.rows.flatMap((row) => row.cells.flatMap((cell) => cell.people)), ...map.team];
    return cards.find((card) => card.key === key) ?? null;
  }

  get isEditing(): boolean {
    return this.editingKey !== null && this.editDraft !== null;
  }

  get isConfirmingRemove(): boolean {
    return this.confirmingRemoveKey !== null;
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
        addLabel: format(LABELS.mapAddPerson, person.name)
      }));
  }

  get hasContactRoleCandidates(): boolean {
    return this.contactRoleCandidates.length > 0;
  }

  handleQuickAdd(event: Event): void {
    const person = this.contactRoles.find((candidate) => candidate.id === this.dataId(event));
    if (!person) return;
    this.emitAdd(person, newStakeholderDraft(person.role, 'Buyer', this.picklists));
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
      this.searchError = format(LABELS.mapSearchFailed, errorSentence(error));
    } finally {
      if (sequence === this.searchSequence) {
        this.isSearching = false;
        this.hasSearched = true;
      }
    }
  }

  get searchHint(): string {
    const length = this.searchTerm.trim().length;
    return length > 0 && length < MIN_SEARCH_LENGTH ? format(LABELS.mapSearchHint, MIN_SEARCH_LENGTH) : '';
  }

  get results(): ResultView[] {
    return this.searchResults.map((person) => {
      const detail = personDetail(person);
      const kindText = person.kind === 'User' ? LABELS.mapKindUser : LABELS.mapKindContact;
      return {
        id: person.id,
        name: person.name,
        detail,
        addLabel: format(LABELS.mapChoosePerson, person.name),
        kindText,
        detailText: detail ? format(LABELS.mapResultDetail, kindText, detail) : kindText,
        isStakeholder: this.isStakeholder(person)
      };
    });
  }

  get hasResults(): boolean {
    return this.searchResults.length > 0;
  }

  get noResultsText(): string {
    return this.hasSearched && !this.isSearching && !this.searchError && this.searchResults.length === 0
      ? format(LABELS.mapNoResults, this.searchTerm.trim())
      : '';
  }

  handleChoose(event: Event): void {
    const person = this.searchResults.find((candidate) => candidate.id === this.dataId(event));
    if (!person) return;
    this.pending = person;
    this.pendingDraft = newStakeholderDraft(
      person.role,
      person.kind === 'User' ? 'Seller' : 'Buyer',
      this.picklists
    );
  }

  get pendingHeading(): string {
    return this.pending ? format(LABELS.mapAddPerson, this.pending.name) : '';
  }

  /** A user is always on the seller's side (validation rule Buyer_Side_Is_Not_A_User). */
  get pendingSideOptions(): readonly PicklistOption[] {
    const sides = optionsFor('Plan_Stakeholder__c.Side__c', this.picklists);
    return this.pending?.kind === 'User' ? sides.filter((option) => option.value === 'Seller') : sides;
  }

  get sideHelp(): string | undefined {
    return this.isPendingUser ? LABELS.mapUserIsSeller : undefined;
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
    this.focusTarget = { kind: 'panel' };
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
    this.closePanel('edit');
  }

  handleCancelEdit(): void {
    this.closePanel('edit');
  }

  handleRemove(event: Event): void {
    const stakeholder = this.find(this.dataId(event));
    if (!stakeholder) return;
    this.editingKey = null;
    this.editDraft = null;
    this.confirmingRemoveKey = stakeholderKey(stakeholder);
    this.focusTarget = { kind: 'panel' };
  }

  handleConfirmRemove(): void {
    const stakeholder = this.find(this.confirmingRemoveKey ?? undefined);
    this.closePanel('remove');
    if (stakeholder) {
      this.dispatchEvent(
        new CustomEvent('stakeholderremove', { detail: { stakeholder: { ...stakeholder } } })
      );
    }
  }

  handleCancelRemove(): void {
    this.closePanel('remove');
  }

  /** Closes the panel; the focus goes back to the button that opened it (or the map's heading). */
  private closePanel(button: 'edit' | 'remove'): void {
    const key = this.editingKey ?? this.confirmingRemoveKey;
    this.editingKey = null;
    this.editDraft = null;
    this.confirmingRemoveKey = null;
    if (key !== null) this.focusTarget = { kind: 'button', key, button };
  }

  private moveFocus(target: FocusTarget): void {
    this.focusTarget = null;
    const root = this.template;
    if (!root) return;
    if (target.kind === 'panel') {
      const form = root.querySelector<HTMLElement & { focusFirstField?(): void }>(
        '.person-panel c-plan-stakeholder-form'
      );
      if (form?.focusFirstField) form.focusFirstField();
      else root.querySelector<HTMLElement>('.person-panel .cancel-remove')?.focus();
      return;
    }
    // Keys are record Ids or 'new-stakeholder-<n>': nothing to escape in the selector.
    const card = root.querySelector<HTMLElement & { focusAction?(action: string): void }>(
      `c-plan-stakeholder-card[data-id="${target.key}"]`
    );
    if (card?.focusAction) card.focusAction(target.button);
    else root.querySelector<HTMLElement>('.map-heading')?.focus();
  }

  // Helpers -----------------------------------------------------------------------------------------

  private dataId(event: Event): string | undefined {
    return (event.currentTarget as HTMLElement | null)?.dataset.id;
  }
}
