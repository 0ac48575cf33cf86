import { createElement } from 'lwc';
import { LABELS, type PlanLabels } from 'c/planLabels';
import PlanEmptyState, { type StartBlankDetail } from 'c/planEmptyState';

type ButtonStub = HTMLElement & { label: string; variant?: string; disabled?: boolean; value?: string };

function mount(canEdit: boolean, opportunityName = 'Acme — 2027 rollout', over: { disabled?: boolean } = {}) {
  const element = createElement('c-plan-empty-state', { is: PlanEmptyState });
  element.opportunityName = opportunityName;
  element.canEdit = canEdit;
  element.today = '2026-12-01';
  element.closeDate = '2026-12-31';
  element.disabled = over.disabled ?? false;
  document.body.appendChild(element);
  return element;
}

function button(element: HTMLElement, selector: string): ButtonStub | null {
  return element.shadowRoot?.querySelector<ButtonStub>(selector) ?? null;
}

function count(element: HTMLElement, type: string): () => number {
  let n = 0;
  element.addEventListener(type, () => (n += 1));
  return () => n;
}

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('c-plan-empty-state', () => {
  it('explains a mutual action plan for the opportunity', () => {
    const element = mount(true);
    expect(element.shadowRoot?.querySelector('h2')?.textContent).toBe(
      'No mutual action plan for Acme — 2027 rollout yet'
    );
    expect(element.shadowRoot?.querySelector('.explanation')?.textContent).toContain(
      'named owner on either side and a due date'
    );
  });

  it('reads well without an opportunity name', () => {
    const element = mount(true, '');
    expect(element.shadowRoot?.querySelector('h2')?.textContent).toBe('No mutual action plan yet');
  });

  it('offers "Start from a template" as the primary action and emits choosetemplate', () => {
    const element = mount(true);
    const chosen = count(element, 'choosetemplate');
    const blank = count(element, 'startblank');
    const primary = button(element, 'lightning-button.choose-template');
    expect(primary?.label).toBe('Start from a template');
    expect(primary?.variant).toBe('brand');
    primary?.click();
    expect(chosen()).toBe(1);
    expect(blank()).toBe(0);
  });

  describe('a blank plan', () => {
    const flush = (): Promise<void> => Promise.resolve();

    async function openForm(element: HTMLElement): Promise<void> {
      button(element, 'lightning-button.start-blank')?.click();
      await flush();
    }

    async function type(element: HTMLElement, selector: string, value: string): Promise<void> {
      button(element, selector)?.dispatchEvent(new CustomEvent('change', { detail: { value } }));
      await flush();
    }

    function capture(element: HTMLElement): CustomEvent<StartBlankDetail>[] {
      const events: CustomEvent<StartBlankDetail>[] = [];
      element.addEventListener('startblank', (event) => events.push(event as CustomEvent<StartBlankDetail>));
      return events;
    }

    function errors(element: HTMLElement): string[] {
      return Array.from(element.shadowRoot?.querySelectorAll('[data-id="blank-errors"] li') ?? []).map(
        (li) => li.textContent
      );
    }

    it('asks for the name and go-live date first instead of creating a plan named by default', async () => {
      const element = mount(true);
      const events = capture(element);
      await openForm(element);
      expect(events).toHaveLength(0);
      expect(element.shadowRoot?.querySelector('h3')?.textContent).toBe('Start a blank plan');
      const name = button(element, 'lightning-input.blank-name');
      expect(name?.label).toBe('Plan name');
      expect(name?.value).toBe('');
      // Offered as the template picker offers it: the close date plus 30 days.
      expect(button(element, 'lightning-input.blank-go-live')?.value).toBe('2027-01-30');
      expect(errors(element)).toEqual([]);
      expect(element.shadowRoot?.querySelector('lightning-button.start-blank')).toBeNull();
    });

    it('refuses to create without a name or with a go-live date before today, and says why', async () => {
      const element = mount(true);
      const events = capture(element);
      await openForm(element);
      await type(element, 'lightning-input.blank-go-live', '2026-11-30');
      button(element, 'lightning-button.blank-create')?.click();
      await flush();
      expect(events).toHaveLength(0);
      expect(errors(element)).toEqual([
        'Enter a name for the plan.',
        'Choose a go-live date from today (Dec 1, 2026) on.'
      ]);
      await type(element, 'lightning-input.blank-go-live', '');
      expect(errors(element)).toEqual(['Enter a name for the plan.', 'Enter the buyer’s go-live date.']);
    });

    it('emits startblank with the name and go-live date the rep gave', async () => {
      const element = mount(true);
      const events = capture(element);
      await openForm(element);
      await type(element, 'lightning-input.blank-name', '  Acme pilot plan  ');
      await type(element, 'lightning-input.blank-go-live', '2027-03-15');
      button(element, 'lightning-button.blank-create')?.click();
      expect(events.map((event) => event.detail)).toEqual([
        { name: 'Acme pilot plan', goLiveDate: '2027-03-15' }
      ]);
      expect(errors(element)).toEqual([]);
    });

    it('waits while a save is under way', async () => {
      const element = mount(true, 'Acme', { disabled: true });
      const events = capture(element);
      await openForm(element);
      await type(element, 'lightning-input.blank-name', 'Acme pilot plan');
      expect(button(element, 'lightning-button.blank-create')?.disabled).toBe(true);
      button(element, 'lightning-button.blank-create')?.click();
      expect(events).toHaveLength(0);
    });

    it('goes back to the two ways to start on Cancel', async () => {
      const element = mount(true);
      await openForm(element);
      button(element, 'lightning-button.blank-cancel')?.click();
      await flush();
      expect(element.shadowRoot?.querySelector('.blank-form')).toBeNull();
      expect(button(element, 'lightning-button.start-blank')?.label).toBe('Start a blank plan');
    });

    it('is accessible with the form open and its problems shown', async () => {
      const element = mount(true);
      await openForm(element);
      button(element, 'lightning-button.blank-create')?.click();
      await flush();
      await expect(element).toBeAccessible();
    });
  });

  it('tells a read-only user there is no plan yet and who can create one, without buttons', () => {
    const element = mount(false);
    expect(element.shadowRoot?.querySelector('lightning-button')).toBeNull();
    expect(element.shadowRoot?.querySelector('.read-only')?.textContent).toContain(
      'There is no plan for this opportunity yet. The opportunity owner, or anyone who can edit this opportunity, can create one.'
    );
  });

  it.each([true, false])('is accessible (canEdit %p)', async (canEdit) => {
    const element = mount(canEdit);
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

describe('c-plan-empty-state words', () => {
  it('it_should_read_its_words_from_the_custom_labels', () =>
    withLabels(
      { emptyHeadingFor: 'Kein Plan für {0}', emptyStartBlank: 'Leeren Plan beginnen' },
      async () => {
        const element = mount(true, 'Acme');
        await Promise.resolve();
        expect(element.shadowRoot?.querySelector('h2')?.textContent).toBe('Kein Plan für Acme');
        expect(button(element, 'lightning-button.start-blank')?.label).toBe('Leeren Plan beginnen');
      }
    ));
});
