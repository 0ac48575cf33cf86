import { createElement } from 'lwc';
import { LABELS, type PlanLabels } from 'c/planLabels';
import PlanStakeholderForm from 'c/planStakeholderForm';
import type { PicklistOption } from 'c/planFormat';
import { newStakeholderDraft, type StakeholderDraft } from 'c/planViewModel';

type Stub = HTMLElement & {
  value?: unknown;
  checked?: boolean;
  disabled?: boolean;
  options?: unknown;
  label?: string;
};

const SIDES: PicklistOption[] = [
  { label: 'Buyer', value: 'Buyer' },
  { label: 'Seller', value: 'Seller' }
];

function mount(
  over: { draft?: StakeholderDraft; sideOptions?: PicklistOption[]; sideLocked?: boolean } = {}
) {
  const element = createElement('c-plan-stakeholder-form', { is: PlanStakeholderForm });
  element.heading = 'Add Morgan Acheson';
  element.submitLabel = 'Add stakeholder';
  element.draft = over.draft ?? newStakeholderDraft('Champion', 'Buyer');
  if (over.sideOptions) element.sideOptions = over.sideOptions;
  element.sideLocked = over.sideLocked ?? false;
  document.body.appendChild(element);
  return element;
}

function $(element: HTMLElement, selector: string): Stub {
  const found = element.shadowRoot?.querySelector<Stub>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

async function flush(): Promise<void> {
  await Promise.resolve();
  await Promise.resolve();
}

async function change(target: Stub, detail: Record<string, unknown>): Promise<void> {
  target.dispatchEvent(new CustomEvent('change', { detail }));
  await flush();
}

function submitted(element: HTMLElement): StakeholderDraft[] {
  const drafts: StakeholderDraft[] = [];
  element.addEventListener('save', (event) =>
    drafts.push((event as CustomEvent<{ draft: StakeholderDraft }>).detail.draft)
  );
  return drafts;
}

describe('c-plan-stakeholder-form', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('offers no stance for the seller team, and clears one when a person moves there', async () => {
    const seller = mount({ draft: newStakeholderDraft('Account Executive', 'Seller'), sideLocked: true });
    expect(seller.shadowRoot?.querySelector('lightning-combobox[data-field="stance"]')).toBeNull();
    document.body.removeChild(seller);
    const element = mount({ sideOptions: SIDES });
    const drafts = submitted(element);
    await change($(element, 'lightning-combobox[data-field="stance"]'), { value: 'Champion' });
    await change($(element, '[data-field="side"]'), { value: 'Seller' });
    expect(element.shadowRoot?.querySelector('lightning-combobox[data-field="stance"]')).toBeNull();
    $(element, 'lightning-button.submit').click();
    expect(drafts.at(-1)?.stance).toBe('Unknown');
  });

  it('shows the draft and sends every field the rep changes on save', async () => {
    const element = mount({ sideOptions: SIDES });
    const drafts = submitted(element);
    expect($(element, 'legend').textContent).toBe('Add Morgan Acheson');
    expect($(element, 'lightning-combobox[data-field="role"]').value).toBe('Champion');
    expect($(element, 'lightning-combobox[data-field="stance"]').value).toBe('Unknown');
    await change($(element, 'lightning-combobox[data-field="side"]'), { value: 'Seller' });
    await change($(element, 'lightning-combobox[data-field="side"]'), { value: 'Buyer' });
    await change($(element, 'lightning-combobox[data-field="role"]'), { value: 'Legal' });
    await change($(element, 'lightning-combobox[data-field="influence"]'), { value: 'High' });
    await change($(element, 'lightning-combobox[data-field="stance"]'), { value: 'Blocker' });
    await change($(element, 'lightning-input[data-field="isSigner"]'), { checked: true });
    await change($(element, 'lightning-input[data-field="canVeto"]'), { checked: true });
    expect(drafts).toHaveLength(0);
    $(element, 'lightning-button.submit').click();
    expect(drafts).toEqual([
      { side: 'Buyer', role: 'Legal', influence: 'High', stance: 'Blocker', isSigner: true, canVeto: true }
    ]);
  });

  it('clears a value that is not one of the field’s choices', async () => {
    const element = mount();
    const drafts = submitted(element);
    await change($(element, 'lightning-combobox[data-field="role"]'), { value: 'Astronaut' });
    await change($(element, 'lightning-combobox[data-field="influence"]'), { value: 'Enormous' });
    await change($(element, 'lightning-combobox[data-field="stance"]'), { value: 'Hostile' });
    $(element, 'lightning-button.submit').click();
    expect(drafts[0]).toMatchObject({ role: null, influence: null, stance: 'Unknown' });
  });

  it('has no side field without side options, and a locked one when told', () => {
    expect(mount().shadowRoot?.querySelector('lightning-combobox[data-field="side"]')).toBeNull();
    const locked = mount({
      sideOptions: SIDES.slice(1),
      sideLocked: true,
      draft: newStakeholderDraft(null, 'Seller')
    });
    expect($(locked, 'lightning-combobox[data-field="side"]').disabled).toBe(true);
    expect($(locked, 'lightning-combobox[data-field="side"]').value).toBe('Seller');
  });

  it('works on its own copy: the draft it was given is left as it was', async () => {
    const draft = newStakeholderDraft('Champion', 'Buyer');
    const element = mount({ draft });
    await change($(element, 'lightning-combobox[data-field="role"]'), { value: 'Security' });
    expect(draft.role).toBe('Champion');
  });

  it('sends cancel and no save on Cancel', () => {
    const element = mount();
    const drafts = submitted(element);
    const cancel = jest.fn();
    element.addEventListener('cancel', cancel);
    $(element, 'lightning-button.cancel').click();
    expect(cancel).toHaveBeenCalledTimes(1);
    expect(drafts).toHaveLength(0);
  });

  it('is accessible', async () => {
    const element = mount({ sideOptions: SIDES });
    await expect(element).toBeAccessible();
  });
});

/** Runs `check` with some of the page's Custom Labels changed (as a translation would), then puts them back. */
function withLabels(changed: Partial<PlanLabels>, check: () => void | Promise<void>): Promise<void> {
  const saved = { ...LABELS };
  Object.assign(LABELS, changed);
  return Promise.resolve()
    .then(check)
    .finally(() => Object.assign(LABELS, saved));
}

describe('c-plan-stakeholder-form words and picklists', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('it_should_read_its_words_from_the_custom_labels', () =>
    withLabels({ stakeholderFormSigner: 'Unterschreibt den Vertrag' }, async () => {
      const element = mount();
      await flush();
      expect($(element, 'lightning-input[data-field="isSigner"]').label).toBe('Unterschreibt den Vertrag');
    }));

  it('it_should_offer_and_accept_the_org_values_the_compiled_list_lacks', async () => {
    const element = mount();
    (element as unknown as { picklists: unknown }).picklists = {
      'Plan_Stakeholder__c.Role__c': [
        { value: 'Champion', label: 'Fürsprecher' },
        { value: 'Procurement Lead', label: 'Einkaufsleitung' }
      ]
    };
    await flush();
    const role = $(element, 'lightning-combobox[data-field="role"]');
    expect(role.options).toEqual([
      { value: 'Champion', label: 'Fürsprecher' },
      { value: 'Procurement Lead', label: 'Einkaufsleitung' }
    ]);
    const drafts = submitted(element);
    await change(role, { value: 'Procurement Lead' });
    $(element, 'lightning-button.submit').click();
    expect(drafts.map((draft) => draft.role)).toEqual(['Procurement Lead']);
  });
});
