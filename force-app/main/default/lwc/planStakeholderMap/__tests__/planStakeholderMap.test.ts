import { createElement } from 'lwc';
import { LABELS, type PlanLabels } from 'c/planLabels';
import searchPeople from '@salesforce/apex/PlanController.searchPeople';
import PlanStakeholderMap from 'c/planStakeholderMap';
import type { StakeholderDto, StepDto } from 'c/planContract';
import { formatDate } from 'c/planFormat';
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
    narrow?: boolean;
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
  element.narrow = over.narrow ?? false;
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

/** A person's card (the article inside c-plan-stakeholder-card). */
function person(element: HTMLElement, key: string): HTMLElement {
  return $($(element.shadowRoot, `c-plan-stakeholder-card[data-id="${key}"]`).shadowRoot, 'article.person');
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The names on the cards under `root` (a cell, a group, the team), in order. */
function names(root: HTMLElement | ShadowRoot | null | undefined): string[] {
  return all(root, 'c-plan-stakeholder-card').map((card) =>
    text(card.shadowRoot?.querySelector('.person-name'))
  );
}

function cell(element: HTMLElement, influence: string, stance: string): HTMLElement {
  return $(element.shadowRoot, `tr[data-influence="${influence}"] td[data-stance="${stance}"]`);
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

describe('c-plan-stakeholder-map: the committee by influence and stance', () => {
  it('lays the committee out in a table: stance columns and influence rows in the picklists’ order', () => {
    const element = mount();
    const table = $(element.shadowRoot, 'table.committee-grid');
    expect(text(table.querySelector('caption'))).toBe(
      'The buyer’s committee by influence (rows) and stance (columns)'
    );
    const columnHeaders = all(table, 'thead th');
    expect(columnHeaders.map((th) => th.getAttribute('scope'))).toEqual(Array(7).fill('col'));
    expect(columnHeaders.map(text)).toEqual([
      'Influence',
      'Champion',
      'Supporter',
      'Neutral',
      'Skeptic',
      'Blocker',
      'Unknown'
    ]);
    const rowHeaders = all(table, 'tbody th');
    expect(rowHeaders.map((th) => th.getAttribute('scope'))).toEqual(['row', 'row', 'row']);
    expect(rowHeaders.map(text)).toEqual(['High', 'Medium', 'Low']);
    expect(all(table, 'tbody tr').map((row) => all(row, 'td').length)).toEqual([6, 6, 6]);
  });

  it('places each buyer in the cell of their influence and stance, and says the other cells are empty', () => {
    const element = mount();
    expect(names(cell(element, 'High', 'Champion'))).toEqual([DANA.name]);
    expect(names(cell(element, 'Medium', 'Skeptic'))).toEqual([SAM.name]);
    const cells = all(element.shadowRoot, 'td.cell');
    const empty = cells.filter((td) => td.querySelector('c-plan-stakeholder-card') === null);
    expect(empty).toHaveLength(16);
    expect(empty.every((td) => text(td.querySelector('.slds-assistive-text')) === 'No one')).toBe(true);
    expect(text(cell(element, 'Medium', 'Champion'))).toBe('No one');
    expect($(element.shadowRoot, 'section.committee h3').textContent).toContain('(2 people)');
  });

  it('puts a blank or unknown influence in an Unknown row, and a blank stance in the Unknown column', () => {
    const blank: StakeholderDto = {
      ...SAM,
      id: 'a0S000000000009',
      name: 'Kim Blank',
      influence: null,
      stance: null
    };
    const unsure: StakeholderDto = {
      ...SAM,
      id: 'a0S000000000010',
      name: 'Lou Unsure',
      influence: 'Low',
      stance: 'Unknown'
    };
    const element = mount({ stakeholders: [...STAKEHOLDERS, blank, unsure] });
    expect(all(element.shadowRoot, 'tbody th').map(text)).toEqual(['High', 'Medium', 'Low', 'Unknown']);
    expect(names(cell(element, 'Unknown', 'Unknown'))).toEqual(['Kim Blank']);
    expect(names(cell(element, 'Low', 'Unknown'))).toEqual(['Lou Unsure']);
    expect(text(person(element, 'a0S000000000009').querySelector('.influence'))).toBe('Influence: Unknown');
    expect(text(person(element, 'a0S000000000009').querySelector('.stance'))).toBe('Stance: Unknown');
  });

  it('marks a signer and a person who can veto, with an icon and a word each', () => {
    const element = mount();
    const dana = person(element, DANA.id ?? '');
    expect(text($(dana, '.signer'))).toBe('Signer');
    expect(($(dana, '.signer lightning-icon') as Stub & { iconName: string }).iconName).toBe(
      'utility:signature'
    );
    expect(dana.querySelector('.veto')).toBeNull();
    const sam = person(element, SAM.id ?? '');
    expect(text($(sam, '.veto'))).toBe('Can veto');
    expect(($(sam, '.veto lightning-icon') as Stub & { iconName: string }).iconName).toBe('utility:ban');
    expect(sam.querySelector('.signer')).toBeNull();
  });

  it('shows name, title and role on the card, influence and stance for a screen reader', () => {
    const element = mount();
    const dana = person(element, DANA.id ?? '');
    expect(text($(dana, '.person-name'))).toBe('Dana Whitfield');
    expect(text($(dana, '.person-title'))).toBe('CFO');
    expect(text($(dana, '.role'))).toBe('Economic Buyer');
    expect($(dana, '.influence').classList.contains('slds-assistive-text')).toBe(true);
    expect(text($(dana, '.influence'))).toBe('Influence: High');
    expect(text($(dana, '.stance'))).toBe('Stance: Champion');
    expect(dana.classList.contains('stance-champion')).toBe(true);
  });

  it('puts every card in the Tab order, named by the person', () => {
    const element = mount({ readOnly: true });
    const dana = person(element, DANA.id ?? '');
    expect(dana.getAttribute('tabindex')).toBe('0');
    const nameId = dana.getAttribute('aria-labelledby') ?? '';
    expect(text(dana.querySelector(`[id="${nameId}"]`))).toBe('Dana Whitfield');
  });
});

describe('c-plan-stakeholder-map: the seller’s team', () => {
  it('keeps the seller’s team out of the grid, in its own strip below, with no stance', () => {
    const element = mount({ stakeholders: [...STAKEHOLDERS, NEW_PERSON] });
    const table = $(element.shadowRoot, 'table.committee-grid');
    expect(names(table)).toEqual([DANA.name, SAM.name]);
    const team = $(element.shadowRoot, 'section.team');
    expect(text(team.querySelector('h3'))).toBe('Your team (2 people)');
    expect(names(team)).toEqual([ALEX.name, NEW_PERSON.name]);
    const alex = person(element, ALEX.id ?? '');
    expect(alex.querySelector('.stance')).toBeNull();
    expect(text($(alex, '.influence'))).toBe('Influence: High');
    expect($(alex, '.influence').classList.contains('slds-assistive-text')).toBe(false);
    // The strip comes after the committee.
    const sections = all(element.shadowRoot, 'section.committee, section.team');
    expect(sections.map((section) => section.dataset.side)).toEqual(['Buyer', 'Seller']);
  });

  it('says when the committee or the team has no one yet', () => {
    const element = mount({ stakeholders: [DANA] });
    expect(text($(element.shadowRoot, 'section.team .column-empty'))).toBe('No one from your team yet.');
    const none = mount({ stakeholders: [ALEX] });
    expect(none.shadowRoot?.querySelector('table')).toBeNull();
    expect(text($(none.shadowRoot, 'section.committee .column-empty'))).toBe('No one from the buyer yet.');
  });
});

describe('c-plan-stakeholder-map: the steps people own', () => {
  it('shows the count and the next open step, late in red with the days', () => {
    const element = mount();
    const dana = person(element, DANA.id ?? '');
    expect(text($(dana, '.step-summary'))).toBe('2 steps');
    expect(text($(dana, '.next-step'))).toBe(`Next: Sign order form, due ${formatDate('2027-01-15')}`);
    const sam = person(element, SAM.id ?? '');
    expect(text($(sam, '.step-summary'))).toBe('1 step · 1 overdue');
    const next = $(sam, '.next-step');
    expect(text(next)).toBe('Next: Security review, 3 days late');
    expect(next.classList.contains('slds-text-color_error')).toBe(true);
  });

  it('lists every step a person owns on demand', async () => {
    const element = mount();
    const toggle = () => $(person(element, DANA.id ?? ''), 'button.steps-toggle');
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(text(toggle())).toBe('Show steps');
    expect(toggle().getAttribute('aria-label')).toBe('Show steps: Dana Whitfield');
    expect(person(element, DANA.id ?? '').querySelector('.owned-steps')).toBeNull();
    toggle().click();
    await flush();
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(text(toggle())).toBe('Hide steps');
    expect(all(person(element, DANA.id ?? ''), '.owned-step').map(text)).toEqual([
      'Budget approved — Done',
      'Sign order form — Not Started'
    ]);
    // Only Dana's list opened.
    expect(person(element, SAM.id ?? '').querySelector('.owned-steps')).toBeNull();
    toggle().click();
    await flush();
    expect(person(element, DANA.id ?? '').querySelector('.owned-steps')).toBeNull();
  });

  it('flags overdue steps in the list only with the engine’s assessment', async () => {
    const withFacts = mount();
    $(person(withFacts, SAM.id ?? ''), 'button.steps-toggle').click();
    await flush();
    const overdue = $(person(withFacts, SAM.id ?? ''), '.owned-step .step-overdue');
    expect(overdue.textContent).toBe(' — Overdue, 3 days late');
    const without = mount({ withAssessment: false });
    const sam = person(without, SAM.id ?? '');
    expect(text($(sam, '.step-summary'))).toBe('1 step');
    expect(text($(sam, '.next-step'))).toBe(`Next: Security review, due ${formatDate('2026-12-10')}`);
  });

  it('finds the steps of an unsaved stakeholder through the owner key, and says when someone owns none', () => {
    const idle: StakeholderDto = { ...SAM, id: 'a0S000000000011', name: 'Ivy Idle', canVeto: false };
    const element = mount({ stakeholders: [...STAKEHOLDERS, NEW_PERSON, idle] });
    const jo = person(element, 'new-stakeholder-99');
    expect(text($(jo, '.step-summary'))).toBe('1 step');
    expect(text($(jo, '.next-step'))).toBe('Next: Rollout plan');
    const ivy = person(element, 'a0S000000000011');
    expect(text($(ivy, '.step-summary'))).toBe('No steps');
    expect(ivy.querySelector('.next-step')).toBeNull();
    expect(ivy.querySelector('button.steps-toggle')).toBeNull();
  });
});

describe('c-plan-stakeholder-map: a narrow region', () => {
  const LOW_CHAMPION: StakeholderDto = {
    ...DANA,
    id: 'a0S000000000012',
    name: 'Lena Low',
    influence: 'Low',
    isSigner: false,
    contactId: '003000000000012'
  };

  it('stacks the committee by stance, each stance’s people by influence, and names the empty stances', () => {
    const element = mount({ narrow: true, stakeholders: [LOW_CHAMPION, ...STAKEHOLDERS] });
    expect(element.shadowRoot?.querySelector('table')).toBeNull();
    const groups = all(element.shadowRoot, 'section.stance-group');
    expect(groups.map((group) => group.dataset.stance)).toEqual(['Champion', 'Skeptic']);
    expect(groups.map((group) => text(group.querySelector('h4')))).toEqual([
      'Champion (2 people)',
      'Skeptic (1 person)'
    ]);
    expect(names(groups[0])).toEqual([DANA.name, 'Lena Low']);
    expect(text(person(element, 'a0S000000000012').querySelector('.influence'))).toBe('Influence: Low');
    expect(person(element, 'a0S000000000012').querySelector('.influence.slds-assistive-text')).toBeNull();
    expect(text($(element.shadowRoot, '.empty-stances'))).toBe(
      'No one yet: Supporter, Neutral, Blocker, Unknown'
    );
    expect(names($(element.shadowRoot, 'section.team'))).toEqual([ALEX.name]);
  });

  it('is accessible stacked', async () => {
    const element = mount({ narrow: true });
    await expect(element).toBeAccessible();
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
  /** The elements `focus()` was called on while `act` ran. */
  async function focused(act: () => void): Promise<Element[]> {
    const spy = jest.spyOn(HTMLElement.prototype, 'focus');
    try {
      act();
      await flush();
      return spy.mock.contexts as Element[];
    } finally {
      spy.mockRestore();
    }
  }

  it('labels the edit and remove buttons with the person’s name', () => {
    const element = mount();
    const dana = person(element, DANA.id ?? '');
    expect($(dana, 'lightning-button-icon.edit').alternativeText).toBe('Edit Dana Whitfield');
    expect($(dana, 'lightning-button-icon.remove').alternativeText).toBe('Remove Dana Whitfield');
  });

  it('edits role, influence, stance, signer and veto in the panel under the grid and emits stakeholderupdate', async () => {
    const element = mount();
    const events = capture(element, 'stakeholderupdate');
    const moved = await focused(() => $(person(element, SAM.id ?? ''), 'lightning-button-icon.edit').click());
    const panel = $(element.shadowRoot, '.person-panel');
    expect(panel.dataset.key).toBe(SAM.id);
    const form = formIn(panel, '.edit-form');
    // The focus goes to the form's first field.
    expect(moved).toContain($(form, 'lightning-combobox[data-field="role"]'));
    expect($(form, 'legend').textContent).toBe('Edit Sam Okafor');
    // An edit keeps the side: no side field.
    expect(form.querySelector('lightning-combobox[data-field="side"]')).toBeNull();
    expect($(form, 'lightning-combobox[data-field="role"]').value).toBe('Security');
    await change($(form, 'lightning-combobox[data-field="role"]'), { value: 'Technical Evaluator' });
    await change($(form, 'lightning-combobox[data-field="influence"]'), { value: 'High' });
    await change($(form, 'lightning-combobox[data-field="stance"]'), { value: 'Blocker' });
    await change($(form, 'lightning-input[data-field="isSigner"]'), { checked: true });
    expect(events).toHaveLength(0);
    const back = await focused(() => $(form, 'lightning-button.submit').click());
    expect(events).toHaveLength(1);
    expect(events[0].detail.stakeholder).toEqual({
      ...SAM,
      role: 'Technical Evaluator',
      influence: 'High',
      stance: 'Blocker',
      isSigner: true
    });
    expect(element.shadowRoot?.querySelector('.person-panel')).toBeNull();
    // The focus goes back to the person's Edit button.
    expect(back).toEqual([$(person(element, SAM.id ?? ''), 'lightning-button-icon.edit')]);
  });

  it('edits a member of the seller’s team the same way, without a stance', async () => {
    const element = mount();
    const events = capture(element, 'stakeholderupdate');
    $(person(element, ALEX.id ?? ''), 'lightning-button-icon.edit').click();
    await flush();
    const form = formIn($(element.shadowRoot, '.person-panel'), '.edit-form');
    expect($(form, 'legend').textContent).toBe('Edit Alex Rivera');
    expect(form.querySelector('lightning-combobox[data-field="stance"]')).toBeNull();
    await change($(form, 'lightning-input[data-field="canVeto"]'), { checked: true });
    $(form, 'lightning-button.submit').click();
    await flush();
    expect(events[0].detail.stakeholder).toEqual({ ...ALEX, canVeto: true });
  });

  it('drops the edit on Cancel', async () => {
    const element = mount();
    const events = capture(element, 'stakeholderupdate');
    $(person(element, SAM.id ?? ''), 'lightning-button-icon.edit').click();
    await flush();
    const form = formIn(element.shadowRoot, '.edit-form');
    await change($(form, 'lightning-combobox[data-field="stance"]'), { value: 'Champion' });
    const back = await focused(() => $(form, 'lightning-button.cancel').click());
    expect(events).toHaveLength(0);
    expect(element.shadowRoot?.querySelector('.person-panel')).toBeNull();
    expect(names(cell(element, 'Medium', 'Skeptic'))).toEqual([SAM.name]);
    expect(back).toEqual([$(person(element, SAM.id ?? ''), 'lightning-button-icon.edit')]);
  });

  it('asks before removing, and emits stakeholderremove only when confirmed', async () => {
    const element = mount();
    const events = capture(element, 'stakeholderremove');
    const moved = await focused(() =>
      $(person(element, DANA.id ?? ''), 'lightning-button-icon.remove').click()
    );
    expect(events).toHaveLength(0);
    expect($(element.shadowRoot, '.person-panel .confirm-text').textContent).toBe(
      'Remove Dana Whitfield from the plan? The 2 steps they own will have no owner.'
    );
    expect(moved).toEqual([$(element.shadowRoot, 'lightning-button.cancel-remove')]);
    const back = await focused(() => $(element.shadowRoot, 'lightning-button.cancel-remove').click());
    expect(element.shadowRoot?.querySelector('.confirm-remove')).toBeNull();
    expect(events).toHaveLength(0);
    expect(back).toEqual([$(person(element, DANA.id ?? ''), 'lightning-button-icon.remove')]);

    $(person(element, DANA.id ?? ''), 'lightning-button-icon.remove').click();
    await flush();
    $(element.shadowRoot, 'lightning-button.confirm-remove-button').click();
    await flush();
    expect(events).toHaveLength(1);
    expect(events[0].detail.stakeholder).toEqual(DANA);
  });

  it('opens one panel at a time', async () => {
    const element = mount();
    $(person(element, SAM.id ?? ''), 'lightning-button-icon.edit').click();
    await flush();
    $(person(element, DANA.id ?? ''), 'lightning-button-icon.remove').click();
    await flush();
    expect(all(element.shadowRoot, '.person-panel')).toHaveLength(1);
    expect(element.shadowRoot?.querySelector('.edit-form')).toBeNull();
    expect($(element.shadowRoot, '.person-panel').dataset.key).toBe(DANA.id);
  });

  it('shows no controls and no search to a read-only user, and still every person and their steps', () => {
    const element = mount({ readOnly: true });
    const cards = all(element.shadowRoot, 'c-plan-stakeholder-card');
    expect(cards).toHaveLength(3);
    expect(cards.some((card) => card.shadowRoot?.querySelector('lightning-button-icon'))).toBe(false);
    expect(element.shadowRoot?.querySelector('.add-people')).toBeNull();
    expect(element.shadowRoot?.querySelector('lightning-input.search')).toBeNull();
    expect(person(element, DANA.id ?? '').querySelector('button.steps-toggle')).not.toBeNull();
  });
});

describe('c-plan-stakeholder-map: accessibility', () => {
  it('is accessible', async () => {
    const element = mount();
    await expect(element).toBeAccessible();
  });

  it('is accessible with a person’s steps listed and the edit form open', async () => {
    const element = mount();
    $(person(element, DANA.id ?? ''), 'button.steps-toggle').click();
    $(person(element, SAM.id ?? ''), 'lightning-button-icon.edit').click();
    await flush();
    expect(element.shadowRoot?.querySelector('.edit-form')).not.toBeNull();
    await expect(element).toBeAccessible();
  });

  it('is accessible with the removal question open', async () => {
    const element = mount();
    $(person(element, DANA.id ?? ''), 'lightning-button-icon.remove').click();
    await flush();
    expect(element.shadowRoot?.querySelector('.confirm-remove')).not.toBeNull();
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

/** Runs `check` with some of the page's Custom Labels changed (as a translation would), then puts them back. */
function withLabels(changed: Partial<PlanLabels>, check: () => void | Promise<void>): Promise<void> {
  const saved = { ...LABELS };
  Object.assign(LABELS, changed);
  return Promise.resolve()
    .then(check)
    .finally(() => Object.assign(LABELS, saved));
}

describe('c-plan-stakeholder-map words', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('it_should_read_its_words_and_its_cards_words_from_the_custom_labels', () =>
    withLabels(
      { mapAddPeople: 'Personen hinzufügen', mapEdit: '{0} bearbeiten', mapNoRole: 'Noch keine Rolle' },
      async () => {
        const element = mount({ stakeholders: [{ ...DANA, role: null }] });
        await flush();
        expect(text($(element.shadowRoot, '.add-people h3'))).toBe('Personen hinzufügen');
        const card = person(element, DANA.id ?? '');
        expect($(card, 'lightning-button-icon.edit').alternativeText).toBe('Dana Whitfield bearbeiten');
        expect(text(card.querySelector('.role'))).toBe('Noch keine Rolle');
      }
    ));

  it('it_should_keep_a_contact_role_the_org_offers_though_the_compiled_list_lacks_it', async () => {
    const element = mount();
    const candidate = CONTACT_ROLES.find((role) => role.id === '003000000000004');
    if (!candidate) throw new Error('the contact roles lack 003000000000004');
    const contact = { ...candidate, role: 'Procurement Lead' };
    element.contactRoles = [contact];
    (element as unknown as { picklists: unknown }).picklists = {
      'Plan_Stakeholder__c.Role__c': [{ value: 'Procurement Lead', label: 'Procurement Lead' }]
    };
    await flush();
    const added = capture(element, 'stakeholderadd');
    $(element.shadowRoot, `lightning-button.quick-add[data-id="${contact.id}"]`).click();
    await flush();
    expect(added.map((event) => event.detail.stakeholder.role)).toEqual(['Procurement Lead']);
  });
});
