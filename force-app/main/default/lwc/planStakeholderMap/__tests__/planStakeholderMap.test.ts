import { createElement } from 'lwc';
import searchPeople from '@salesforce/apex/PlanController.searchPeople';
import PlanStakeholderMap from 'c/planStakeholderMap';
import type { StakeholderDto, StepDto } from 'c/planContract';
import {
  ALEX,
  CONTACT_ROLES,
  DANA,
  NEW_PERSON,
  OPPORTUNITY_ID,
  SAM,
  SEARCH_RESULTS,
  STAKEHOLDERS,
  STEPS,
  assess
} from './data/stakeholderData';

jest.mock('@salesforce/apex/PlanController.searchPeople', () => ({ default: jest.fn() }), { virtual: true });

const mockSearch = jest.mocked(searchPeople);

type Stub = HTMLElement & { label?: string; value?: unknown; disabled?: boolean; alternativeText?: string };
interface Detail {
  stakeholder: StakeholderDto;
}

function mount(
  over: {
    stakeholders?: StakeholderDto[];
    steps?: StepDto[];
    readOnly?: boolean;
    withAssessment?: boolean;
  } = {}
) {
  const element = createElement('c-plan-stakeholder-map', { is: PlanStakeholderMap });
  const steps = over.steps ?? STEPS;
  element.stakeholders = over.stakeholders ?? STAKEHOLDERS;
  element.steps = steps;
  element.contactRoles = CONTACT_ROLES;
  element.opportunityId = OPPORTUNITY_ID;
  element.readOnly = over.readOnly ?? false;
  element.assessment = over.withAssessment === false ? null : assess(steps);
  document.body.appendChild(element);
  return element;
}

function $(root: HTMLElement | ShadowRoot | null | undefined, selector: string): Stub {
  const found = root?.querySelector<Stub>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

function all(root: HTMLElement | ShadowRoot | null | undefined, selector: string): Stub[] {
  return Array.from(root?.querySelectorAll<Stub>(selector) ?? []);
}

/** The shadow root of the stakeholder form (c-plan-stakeholder-form) matching `selector` under `root`. */
function formIn(root: HTMLElement | ShadowRoot | null | undefined, selector: string): ShadowRoot {
  const form = $(root, `c-plan-stakeholder-form${selector}`).shadowRoot;
  if (!form) throw new Error(`the form ${selector} has no shadow root`);
  return form;
}

function person(element: HTMLElement, key: string): HTMLElement {
  return $(element.shadowRoot, `li.person[data-key="${key}"]`);
}

function capture(element: HTMLElement, type: string): CustomEvent<Detail>[] {
  const events: CustomEvent<Detail>[] = [];
  element.addEventListener(type, (event) => events.push(event as CustomEvent<Detail>));
  return events;
}

/** Lets resolved promises and the re-render run. */
async function flush(): Promise<void> {
  await Promise.resolve();
  await Promise.resolve();
  await Promise.resolve();
  await Promise.resolve();
}

async function change(target: Stub, detail: Record<string, unknown>): Promise<void> {
  target.dispatchEvent(new CustomEvent('change', { detail }));
  await flush();
}

/** Types a search term and lets the debounce run out. */
async function search(element: HTMLElement, term: string): Promise<void> {
  await change($(element.shadowRoot, 'lightning-input.search'), { value: term });
  jest.advanceTimersByTime(300);
  await flush();
}

beforeEach(() => {
  mockSearch.mockReset();
});

afterEach(() => {
  jest.useRealTimers();
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('c-plan-stakeholder-map: the map', () => {
  it('shows buyer and seller people in their own columns', () => {
    const element = mount();
    const columns = all(element.shadowRoot, 'section.column');
    expect(columns.map((column) => column.dataset.side)).toEqual(['Buyer', 'Seller']);
    expect(columns[0].querySelector('h3')?.textContent).toContain('Buyer');
    expect(columns[0].querySelector('h3')?.textContent).toContain('(2 people)');
    expect(all(columns[0], '.person-name').map((name) => name.textContent)).toEqual([DANA.name, SAM.name]);
    expect(all(columns[1], '.person-name').map((name) => name.textContent)).toEqual([ALEX.name]);
  });

  it('shows role, influence and stance in words, with signer and veto markers', () => {
    const element = mount();
    const dana = person(element, DANA.id ?? '');
    expect($(dana, '.role').textContent).toBe('Economic Buyer');
    expect($(dana, '.influence').textContent).toBe('Influence: High');
    const stance = $(dana, '.stance');
    expect(stance.textContent.trim()).toBe('Champion');
    expect(stance.classList.contains('slds-theme_success')).toBe(true);
    expect(($(stance, 'lightning-icon') as Stub & { iconName: string }).iconName).toBe('utility:like');
    expect($(dana, '.signer').textContent.trim()).toBe('Signer');
    expect(dana.querySelector('.veto')).toBeNull();
    const sam = person(element, SAM.id ?? '');
    expect($(sam, '.stance').textContent.trim()).toBe('Skeptic');
    expect($(sam, '.veto').textContent.trim()).toBe('Can veto');
    expect(sam.querySelector('.signer')).toBeNull();
  });

  it('lists the steps each person owns, with open and overdue from the engine', () => {
    const element = mount();
    const dana = person(element, DANA.id ?? '');
    expect($(dana, '.step-summary').textContent).toBe('Owns 2 steps, 1 open');
    expect(all(dana, '.owned-step').map((step) => step.textContent)).toEqual([
      'Budget approved — Done',
      'Sign order form — Not Started'
    ]);
    const sam = person(element, SAM.id ?? '');
    expect($(sam, '.step-summary').textContent).toBe('Owns 1 step, 1 open, 1 overdue');
    const overdue = $(sam, '.owned-step .step-overdue');
    expect(overdue.textContent).toBe(' — Overdue, 3 days late');
    expect(overdue.classList.contains('slds-text-color_error')).toBe(true);
  });

  it('counts steps without overdue flags when no assessment is given', () => {
    const element = mount({ withAssessment: false });
    expect($(person(element, SAM.id ?? ''), '.step-summary').textContent).toBe('Owns 1 step');
    expect(element.shadowRoot?.querySelector('.step-overdue')).toBeNull();
  });

  it('finds the steps of an unsaved stakeholder through the owner key', () => {
    const element = mount({ stakeholders: [...STAKEHOLDERS, NEW_PERSON] });
    const jo = person(element, 'new-stakeholder-99');
    expect($(jo, '.step-summary').textContent).toBe('Owns 1 step, 1 open');
    expect($(jo, '.owned-step-title').textContent).toBe('Rollout plan');
    expect($(jo, '.stance').textContent.trim()).toBe('Stance unknown');
  });

  it('says when a side has no one yet', () => {
    const element = mount({ stakeholders: [DANA] });
    expect($(element.shadowRoot, 'section[data-side="Seller"] .column-empty').textContent).toBe(
      'No one from your team yet.'
    );
  });
});

describe('c-plan-stakeholder-map: adding from contact roles', () => {
  it('offers an Add for each contact role not yet a stakeholder', () => {
    const element = mount();
    const labels = all(element.shadowRoot, 'lightning-button.quick-add').map((button) => button.label);
    expect(labels).toEqual(['Add Pat Lindqvist', 'Add Lee Chen']);
  });

  it('emits stakeholderadd with a new buyer stakeholder and a temporary key', () => {
    const element = mount();
    const events = capture(element, 'stakeholderadd');
    $(element.shadowRoot, 'lightning-button.quick-add[data-id="003000000000004"]').click();
    expect(events).toHaveLength(1);
    const { key, ...added } = events[0].detail.stakeholder;
    expect(key).toMatch(/^new-stakeholder-\d+$/);
    expect(added).toEqual({
      id: null,
      name: 'Pat Lindqvist',
      side: 'Buyer',
      role: 'Procurement',
      influence: null,
      stance: 'Unknown',
      title: 'Head of Procurement',
      email: 'pat@acme.example',
      contactId: '003000000000004',
      userId: null,
      isSigner: false,
      canVeto: false,
      lastModified: null
    });
  });

  it('leaves the role empty when the contact role is not a stakeholder role, and numbers keys uniquely', () => {
    const element = mount();
    const events = capture(element, 'stakeholderadd');
    $(element.shadowRoot, 'lightning-button.quick-add[data-id="003000000000005"]').click();
    $(element.shadowRoot, 'lightning-button.quick-add[data-id="003000000000004"]').click();
    expect(events[0].detail.stakeholder.role).toBeNull();
    expect(events[0].detail.stakeholder.key).not.toBe(events[1].detail.stakeholder.key);
  });
});

describe('c-plan-stakeholder-map: searching people', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });

  it('asks for at least 2 characters and does not search before', async () => {
    const element = mount();
    await search(element, 'a');
    expect(mockSearch).not.toHaveBeenCalled();
    expect($(element.shadowRoot, '.search-hint').textContent).toBe('Type at least 2 characters.');
  });

  it('waits 300 ms after the last keystroke, then searches once with the opportunity id', async () => {
    mockSearch.mockResolvedValue(SEARCH_RESULTS);
    const element = mount();
    const input = $(element.shadowRoot, 'lightning-input.search');
    await change(input, { value: 'ac' });
    jest.advanceTimersByTime(200);
    await change(input, { value: 'ach' });
    jest.advanceTimersByTime(299);
    expect(mockSearch).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    await flush();
    expect(mockSearch).toHaveBeenCalledTimes(1);
    expect(mockSearch).toHaveBeenCalledWith({ opportunityId: OPPORTUNITY_ID, searchTerm: 'ach' });
    const results = all(element.shadowRoot, 'li.result');
    expect(results.map((result) => result.dataset.person)).toEqual(SEARCH_RESULTS.map((result) => result.id));
    expect(results[0].textContent).toContain('Contact · IT Director · morgan@acme.example');
    expect(results[2].textContent).toContain('User (your team)');
    expect($(results[1], '.already').textContent).toBe('Already on the plan');
    expect(results[1].querySelector('lightning-button')).toBeNull();
  });

  it('shows the error of a failed search as a message', async () => {
    mockSearch.mockRejectedValue({ status: 500, body: { message: 'You do not have access to Contacts' } });
    const element = mount();
    await search(element, 'morgan');
    const error = $(element.shadowRoot, '.search-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toBe('People could not be searched. You do not have access to Contacts.');
    expect(element.shadowRoot?.querySelector('li.result')).toBeNull();
  });

  it('says when no one matches', async () => {
    mockSearch.mockResolvedValue([]);
    const element = mount();
    await search(element, 'zz');
    expect($(element.shadowRoot, '.no-results').textContent).toBe('No contacts or users match “zz”.');
  });

  it('ignores the answer to an older search that arrives late', async () => {
    let answerOld: (value: typeof SEARCH_RESULTS) => void = () => undefined;
    mockSearch
      .mockImplementationOnce(() => new Promise((resolve) => (answerOld = resolve)))
      .mockResolvedValueOnce([SEARCH_RESULTS[2]]);
    const element = mount();
    await search(element, 'ad');
    await search(element, 'ada');
    answerOld(SEARCH_RESULTS);
    await flush();
    expect(all(element.shadowRoot, 'li.result').map((result) => result.dataset.person)).toEqual([
      SEARCH_RESULTS[2].id
    ]);
  });

  it('adds a chosen contact with the side, role, influence and stance the rep picks', async () => {
    mockSearch.mockResolvedValue(SEARCH_RESULTS);
    const element = mount();
    const events = capture(element, 'stakeholderadd');
    await search(element, 'mor');
    $(element.shadowRoot, 'lightning-button.choose[data-id="003000000000006"]').click();
    await flush();
    const form = formIn(element.shadowRoot, '.pending-form');
    expect($(form, 'legend').textContent).toBe('Add Morgan Acheson');
    expect($(form, 'lightning-combobox[data-field="side"]').value).toBe('Buyer');
    expect($(form, 'lightning-combobox[data-field="side"]').disabled).toBe(false);
    await change($(form, 'lightning-combobox[data-field="role"]'), { value: 'Technical Evaluator' });
    await change($(form, 'lightning-combobox[data-field="influence"]'), { value: 'Medium' });
    await change($(form, 'lightning-combobox[data-field="stance"]'), { value: 'Supporter' });
    await change($(form, 'lightning-input[data-field="canVeto"]'), { checked: true });
    $(form, 'lightning-button.submit').click();
    await flush();
    expect(events).toHaveLength(1);
    expect(events[0].detail.stakeholder).toMatchObject({
      id: null,
      name: 'Morgan Acheson',
      side: 'Buyer',
      role: 'Technical Evaluator',
      influence: 'Medium',
      stance: 'Supporter',
      contactId: '003000000000006',
      userId: null,
      isSigner: false,
      canVeto: true,
      title: 'IT Director'
    });
    expect(events[0].detail.stakeholder.key).toMatch(/^new-stakeholder-\d+$/);
    expect(element.shadowRoot?.querySelector('.pending-form')).toBeNull();
    expect(element.shadowRoot?.querySelector('li.result')).toBeNull();
  });

  it('adds a user on the seller side only', async () => {
    mockSearch.mockResolvedValue(SEARCH_RESULTS);
    const element = mount();
    const events = capture(element, 'stakeholderadd');
    await search(element, 'ada');
    $(element.shadowRoot, 'lightning-button.choose[data-id="005000000000007"]').click();
    await flush();
    const form = formIn(element.shadowRoot, '.pending-form');
    const side = $(form, 'lightning-combobox[data-field="side"]');
    expect(side.value).toBe('Seller');
    expect(side.disabled).toBe(true);
    $(form, 'lightning-button.submit').click();
    expect(events[0].detail.stakeholder).toMatchObject({
      side: 'Seller',
      userId: '005000000000007',
      contactId: null,
      stance: 'Unknown'
    });
  });

  it('adds nothing when the rep cancels', async () => {
    mockSearch.mockResolvedValue(SEARCH_RESULTS);
    const element = mount();
    const events = capture(element, 'stakeholderadd');
    await search(element, 'mor');
    $(element.shadowRoot, 'lightning-button.choose[data-id="003000000000006"]').click();
    await flush();
    $(formIn(element.shadowRoot, '.pending-form'), 'lightning-button.cancel').click();
    await flush();
    expect(element.shadowRoot?.querySelector('.pending-form')).toBeNull();
    expect(events).toHaveLength(0);
  });
});

describe('c-plan-stakeholder-map: editing and removing', () => {
  it('labels the edit and remove buttons with the person’s name', () => {
    const element = mount();
    const dana = person(element, DANA.id ?? '');
    expect($(dana, 'lightning-button-icon.edit').alternativeText).toBe('Edit Dana Whitfield');
    expect($(dana, 'lightning-button-icon.remove').alternativeText).toBe('Remove Dana Whitfield');
  });

  it('edits role, influence and stance inline and emits stakeholderupdate', async () => {
    const element = mount();
    const events = capture(element, 'stakeholderupdate');
    $(person(element, SAM.id ?? ''), 'lightning-button-icon.edit').click();
    await flush();
    const form = formIn(person(element, SAM.id ?? ''), '.edit-form');
    expect($(form, 'legend').textContent).toBe('Edit Sam Okafor');
    // An edit keeps the side: no side field.
    expect(form.querySelector('lightning-combobox[data-field="side"]')).toBeNull();
    expect($(form, 'lightning-combobox[data-field="role"]').value).toBe('Security');
    await change($(form, 'lightning-combobox[data-field="role"]'), { value: 'Technical Evaluator' });
    await change($(form, 'lightning-combobox[data-field="influence"]'), { value: 'High' });
    await change($(form, 'lightning-combobox[data-field="stance"]'), { value: 'Blocker' });
    expect(events).toHaveLength(0);
    $(form, 'lightning-button.submit').click();
    await flush();
    expect(events).toHaveLength(1);
    expect(events[0].detail.stakeholder).toEqual({
      ...SAM,
      role: 'Technical Evaluator',
      influence: 'High',
      stance: 'Blocker'
    });
    expect(element.shadowRoot?.querySelector('.edit-form')).toBeNull();
  });

  it('drops the edit on Cancel', async () => {
    const element = mount();
    const events = capture(element, 'stakeholderupdate');
    $(person(element, SAM.id ?? ''), 'lightning-button-icon.edit').click();
    await flush();
    const form = formIn(element.shadowRoot, '.edit-form');
    await change($(form, 'lightning-combobox[data-field="stance"]'), { value: 'Champion' });
    $(form, 'lightning-button.cancel').click();
    await flush();
    expect(events).toHaveLength(0);
    expect($(person(element, SAM.id ?? ''), '.stance').textContent.trim()).toBe('Skeptic');
  });

  it('asks before removing, and emits stakeholderremove only when confirmed', async () => {
    const element = mount();
    const events = capture(element, 'stakeholderremove');
    $(person(element, DANA.id ?? ''), 'lightning-button-icon.remove').click();
    await flush();
    expect(events).toHaveLength(0);
    expect($(person(element, DANA.id ?? ''), '.confirm-text').textContent).toBe(
      'Remove Dana Whitfield from the plan? The 2 steps they own will have no owner.'
    );
    $(element.shadowRoot, 'lightning-button.cancel-remove').click();
    await flush();
    expect(element.shadowRoot?.querySelector('.confirm-remove')).toBeNull();
    expect(events).toHaveLength(0);

    $(person(element, DANA.id ?? ''), 'lightning-button-icon.remove').click();
    await flush();
    $(element.shadowRoot, 'lightning-button.confirm-remove-button').click();
    await flush();
    expect(events).toHaveLength(1);
    expect(events[0].detail.stakeholder).toEqual(DANA);
  });

  it('shows no controls and no search to a read-only user', () => {
    const element = mount({ readOnly: true });
    expect(element.shadowRoot?.querySelector('lightning-button-icon')).toBeNull();
    expect(element.shadowRoot?.querySelector('.add-people')).toBeNull();
    expect(element.shadowRoot?.querySelector('lightning-input.search')).toBeNull();
    expect(all(element.shadowRoot, 'li.person')).toHaveLength(3);
  });
});

describe('c-plan-stakeholder-map: accessibility', () => {
  it('is accessible', async () => {
    const element = mount();
    await expect(element).toBeAccessible();
  });

  it('is accessible with the edit form and the removal question open', async () => {
    const element = mount();
    $(person(element, SAM.id ?? ''), 'lightning-button-icon.edit').click();
    $(person(element, DANA.id ?? ''), 'lightning-button-icon.remove').click();
    await flush();
    await expect(element).toBeAccessible();
  });

  it('is accessible with search results and the add form shown', async () => {
    mockSearch.mockResolvedValue(SEARCH_RESULTS);
    const element = mount();
    jest.useFakeTimers();
    await search(element, 'mor');
    jest.useRealTimers();
    $(element.shadowRoot, 'lightning-button.choose[data-id="003000000000006"]').click();
    await flush();
    expect(element.shadowRoot?.querySelector('.pending-form')).not.toBeNull();
    await expect(element).toBeAccessible();
  });
});
