/**
 * buyerRoom — the buyer's page on the customer's Experience Cloud site (guest access): the shared
 * plan a rep opened to them through a link `…/plan?t=<token>`. A container: it reads the token from
 * the page's URL (CurrentPageReference), loads the whole room with one getRoom call, and sends each
 * buyer action (done, commit, decline, propose a date, comment, propose a step) as one `act` call,
 * showing the fresh room that call returns. What is drawn and what a form accepts come from
 * c/buyerRoomModel; the words are Custom Labels (labels.ts). A link that is not valid shows the
 * door's one sentence and nothing of the plan. See docs/buyer-room.md.
 */
import { LightningElement, wire } from 'lwc';
import { CurrentPageReference, type PageReference } from 'lightning/navigation';
import getRoom from '@salesforce/apex/BuyerRoomController.getRoom';
import act from '@salesforce/apex/BuyerRoomController.act';
import { TOKEN_PATTERN, type BuyerActionType, type BuyerRoomView } from 'c/buyerRoomContract';
import {
  NO_ERRORS,
  blankDraft,
  buildActionForm,
  buildRoom,
  doorMessage,
  isProposal,
  validateAction,
  type ActionDraft,
  type ActionErrors,
  type ActionFormView,
  type PhaseView,
  type RoomView,
  type StepView
} from 'c/buyerRoomModel';
import { WORDS } from './labels';
import LINK_NOT_VALID from '@salesforce/label/c.Buyer_Room_Link_Not_Valid';

type DraftField = 'message' | 'proposedDate' | 'title';

interface FieldChange {
  value?: string | null;
}

/** A step as drawn: its view, and its action form when that form is open. */
type StepItem = StepView & { form: ActionFormView | null };

const FIRST_FIELD = '[data-id="action-form"] [data-field]';

export default class BuyerRoom extends LightningElement {
  readonly words = WORDS;

  room: RoomView | null = null;
  isLoading = true;
  /** The door's sentence when the link is not valid ('' otherwise). */
  linkError = '';
  draft: ActionDraft | null = null;
  errors: ActionErrors = NO_ERRORS;
  /** Why the last act call was refused ('' otherwise). */
  sendError = '';
  isSending = false;
  /** What the last action did, once sent. */
  notice = '';

  private view: BuyerRoomView | null = null;
  private token: string | null = null;
  private focusOnRender: string | null = null;
  /** Loads started: an answer to an earlier token than the page's last one is dropped. */
  private loads = 0;

  @wire(CurrentPageReference)
  pageReference(pageRef: PageReference | null): void {
    if (!pageRef) return;
    const token = pageRef.state?.t ?? '';
    if (token === this.token) return;
    this.token = token;
    this.load(token);
  }

  override renderedCallback(): void {
    if (!this.focusOnRender) return;
    const target = this.template?.querySelector<HTMLElement>(this.focusOnRender);
    this.focusOnRender = null;
    target?.focus();
  }

  get isLinkInvalid(): boolean {
    return this.linkError !== '';
  }

  get phases(): (PhaseView & { steps: StepItem[] })[] {
    return (this.room?.phases ?? []).map((phase) => ({
      ...phase,
      steps: phase.steps.map((step) => ({ ...step, form: this.formFor(step.id) }))
    }));
  }

  get newStepForm(): ActionFormView | null {
    return this.draft?.type === 'Step Proposed' ? this.formFor(null) : null;
  }

  get showProposeStep(): boolean {
    return this.room?.canProposeStep === true && this.newStepForm === null;
  }

  handleOpen(event: Event): void {
    const data = (event.currentTarget as HTMLElement | null)?.dataset;
    const type = data?.type as BuyerActionType | undefined;
    if (!type || this.isSending) return;
    this.openForm(blankDraft(type, data?.stepId ?? null));
  }

  handleProposeStep(): void {
    if (this.isSending) return;
    this.openForm(blankDraft('Step Proposed', null));
  }

  handleFieldChange(event: CustomEvent<FieldChange>): void {
    const name = (event.currentTarget as HTMLElement | null)?.dataset.field as DraftField | undefined;
    if (!name || !this.draft) return;
    this.draft = { ...this.draft, [name]: event.detail.value ?? '' };
    if (this.errors[name] !== '') this.errors = { ...this.errors, [name]: '' };
  }

  handleCancel(): void {
    this.draft = null;
    this.errors = NO_ERRORS;
    this.sendError = '';
  }

  handleSend(): void {
    if (!this.draft || !this.view || this.isSending) return;
    const { request, errors } = validateAction(this.draft, this.view, WORDS);
    this.errors = errors;
    this.sendError = '';
    if (!request) return;
    this.isSending = true;
    act({ token: this.token ?? '', actionJson: JSON.stringify(request) })
      .then((fresh) => {
        this.showView(fresh);
        this.draft = null;
        this.errors = NO_ERRORS;
        this.notice = isProposal(request.type) ? WORDS.sentPending : WORDS.sent;
        this.focusOnRender = '[data-id="notice"]';
      })
      .catch((error: unknown) => {
        this.sendError = doorMessage(error, WORDS.actionFailed);
      })
      .finally(() => {
        this.isSending = false;
      });
  }

  handlePrint(): void {
    window.print();
  }

  private load(token: string): void {
    const request = ++this.loads;
    if (!TOKEN_PATTERN.test(token)) {
      this.view = null;
      this.room = null;
      this.linkError = LINK_NOT_VALID;
      this.isLoading = false;
      return;
    }
    this.isLoading = true;
    getRoom({ token })
      .then((view) => {
        if (request !== this.loads) return;
        this.showView(view);
        this.linkError = '';
      })
      .catch((error: unknown) => {
        if (request !== this.loads) return;
        this.view = null;
        this.room = null;
        this.linkError = doorMessage(error, WORDS.loadFailed);
      })
      .finally(() => {
        if (request === this.loads) this.isLoading = false;
      });
  }

  private showView(view: BuyerRoomView): void {
    this.view = view;
    this.room = buildRoom(view, WORDS);
  }

  private openForm(draft: ActionDraft): void {
    this.draft = draft;
    this.errors = NO_ERRORS;
    this.sendError = '';
    this.notice = '';
    this.focusOnRender = FIRST_FIELD;
  }

  /** The open form, when it belongs to this step (null: the proposed step's form). */
  private formFor(stepId: string | null): ActionFormView | null {
    const draft = this.draft;
    const view = this.view;
    if (!draft || !view || draft.stepId !== stepId) return null;
    if (stepId === null && draft.type !== 'Step Proposed') return null;
    const step = stepId === null ? null : (view.steps.find((s) => s.id === stepId) ?? null);
    const errors = { ...this.errors, form: this.errors.form || this.sendError };
    return buildActionForm(draft, step, view.today, WORDS, errors);
  }
}
