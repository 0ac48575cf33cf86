import { createElement } from 'lwc';
import PlanReview from 'c/planReview';
import type { ReviewView } from 'c/planViewModel';

type ReviewElement = HTMLElement & { review: ReviewView | null; disabled: boolean };

const OVERDUE: ReviewView = {
  cadence: 'Every Two Weeks',
  lastReviewLabel: 'Nov 10, 2026',
  note: 'Legal on track',
  nextReviewLabel: 'Nov 24, 2026',
  isOverdue: true,
  overdueDays: 7,
  canMark: true
};

function mount(review: ReviewView): ReviewElement {
  const element = createElement('c-plan-review', { is: PlanReview }) as ReviewElement;
  element.review = review;
  document.body.appendChild(element);
  return element;
}

function root(element: HTMLElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}

function one<T extends Element>(scope: ParentNode, selector: string): T {
  const found = scope.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

function events(element: HTMLElement, name: string): unknown[] {
  const seen: unknown[] = [];
  element.addEventListener(name, (event) => seen.push((event as CustomEvent<unknown>).detail));
  return seen;
}

const rendered = (): Promise<void> => Promise.resolve();

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('c-plan-review', () => {
  it('it_should_show_the_cadence_the_last_and_next_review_and_flag_an_overdue_one', async () => {
    const element = mount(OVERDUE);
    await rendered();
    expect(one<HTMLSelectElement>(root(element), '[data-id="review-cadence"]').value).toBe('Every Two Weeks');
    expect(one(root(element), '[data-id="review-last"]').textContent).toBe('Nov 10, 2026');
    expect(one(root(element), '[data-id="review-overdue"]').textContent).toBe('Overdue by 7 days');
    expect(one(root(element), '[data-id="review-note-shown"]').textContent).toBe('Note: Legal on track');
    await expect(element).toBeAccessible();
  });

  it('it_should_mark_the_plan_reviewed_with_a_note_and_refuse_a_note_too_long', async () => {
    const element = mount(OVERDUE);
    const reviews = events(element, 'planreview');
    await rendered();
    one<HTMLButtonElement>(root(element), '[data-id="mark-reviewed"]').click();
    await rendered();
    const note = one<HTMLTextAreaElement>(root(element), '[data-id="review-note"]');
    note.value = 'x'.repeat(256);
    note.dispatchEvent(new CustomEvent('input'));
    one(root(element), '[data-id="review-form"]').dispatchEvent(
      new CustomEvent('submit', { cancelable: true })
    );
    await rendered();
    expect(one(root(element), '[data-id="review-note-error"]').textContent).toBe(
      'Keep the note to 255 characters or fewer.'
    );
    expect(reviews).toEqual([]);
    note.value = '  Pricing agreed  ';
    note.dispatchEvent(new CustomEvent('input'));
    one(root(element), '[data-id="review-form"]').dispatchEvent(
      new CustomEvent('submit', { cancelable: true })
    );
    expect(reviews).toEqual([{ note: 'Pricing agreed' }]);
    await expect(element).toBeAccessible();
  });

  it('it_should_send_a_new_cadence_and_none_when_cleared', async () => {
    const element = mount(OVERDUE);
    const cadences = events(element, 'plancadence');
    await rendered();
    const select = one<HTMLSelectElement>(root(element), '[data-id="review-cadence"]');
    select.value = 'Monthly';
    select.dispatchEvent(new CustomEvent('change'));
    select.value = '';
    select.dispatchEvent(new CustomEvent('change'));
    expect(cadences).toEqual([{ cadence: 'Monthly' }, { cadence: null }]);
  });

  it('it_should_offer_the_cadences_the_review_carries_with_their_labels', async () => {
    const element = mount({
      ...OVERDUE,
      cadence: 'Monthly',
      cadences: [
        { value: 'Weekly', label: 'Wöchentlich' },
        { value: 'Monthly', label: 'Monatlich' }
      ]
    });
    await rendered();
    const options = [
      ...root(element).querySelectorAll<HTMLOptionElement>('[data-id="review-cadence"] option')
    ];
    expect(options.map((o) => [o.value, o.textContent.trim()])).toEqual([
      ['', 'No rhythm'],
      ['Weekly', 'Wöchentlich'],
      ['Monthly', 'Monatlich']
    ]);
    expect(one<HTMLSelectElement>(root(element), '[data-id="review-cadence"]').value).toBe('Monthly');
  });

  it('it_should_offer_no_review_to_a_rep_who_cannot_edit', async () => {
    const element = mount({
      ...OVERDUE,
      canMark: false,
      cadence: '',
      lastReviewLabel: '',
      nextReviewLabel: '',
      isOverdue: false
    });
    await rendered();
    expect(root(element).querySelector('[data-id="mark-reviewed"]')).toBeNull();
    expect(one(root(element), '[data-id="review-cadence-text"]').textContent).toBe('No rhythm');
    expect(one(root(element), '[data-id="review-last"]').textContent).toBe('Not reviewed yet');
    expect(one(root(element), '[data-id="review-next"]').textContent.trim()).toBe('Not scheduled');
  });
});
