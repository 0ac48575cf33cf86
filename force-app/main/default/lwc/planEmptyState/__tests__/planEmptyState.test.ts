import { createElement } from 'lwc';
import PlanEmptyState from 'c/planEmptyState';

type ButtonStub = HTMLElement & { label: string; variant?: string };

function mount(canEdit: boolean, opportunityName = 'Acme — 2027 rollout') {
  const element = createElement('c-plan-empty-state', { is: PlanEmptyState });
  element.opportunityName = opportunityName;
  element.canEdit = canEdit;
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

  it('emits startblank from "Start a blank plan"', () => {
    const element = mount(true);
    const chosen = count(element, 'choosetemplate');
    const blank = count(element, 'startblank');
    const secondary = button(element, 'lightning-button.start-blank');
    expect(secondary?.label).toBe('Start a blank plan');
    secondary?.click();
    expect(blank()).toBe(1);
    expect(chosen()).toBe(0);
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
