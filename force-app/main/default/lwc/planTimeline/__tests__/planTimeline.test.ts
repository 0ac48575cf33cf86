import { createElement } from 'lwc';
import PlanTimeline from 'c/planTimeline';
import { LABELS, type PlanLabelKey } from 'c/planLabels';
import { formatDate } from 'c/planFormat';
import { CLOSE_DATE, STEPS, TODAY, assess, stepDto } from './data/timelineData';
import type { StepDto } from 'c/planContract';

function mount(steps: StepDto[] = STEPS, withAssessment = true) {
  const element = createElement('c-plan-timeline', { is: PlanTimeline });
  element.steps = steps;
  element.assessment = withAssessment ? assess(steps) : null;
  element.today = TODAY;
  element.closeDate = CLOSE_DATE;
  document.body.appendChild(element);
  return element;
}

function rowOf(element: HTMLElement, stepId: string): HTMLElement {
  const row = element.shadowRoot?.querySelector<HTMLElement>(`[role="button"][data-id="${stepId}"]`);
  if (!row) throw new Error(`no row for ${stepId}`);
  return row;
}

/** Records each event of a type the element dispatches. */
function capture(element: HTMLElement, type: string): CustomEvent<{ stepId: string }>[] {
  const events: CustomEvent<{ stepId: string }>[] = [];
  element.addEventListener(type, (event) => events.push(event as CustomEvent<{ stepId: string }>));
  return events;
}

function flush(): Promise<void> {
  return Promise.resolve();
}

function widthOf(el: Element | null): number {
  const match = /width: (\d+(?:\.\d+)?)px/.exec(el?.getAttribute('style') ?? '');
  return match ? Number(match[1]) : NaN;
}

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('c-plan-timeline', () => {
  it('renders one labelled row per step, in order, inside a list', () => {
    const element = mount();
    const list = element.shadowRoot?.querySelector('ol[aria-label="Plan steps on a timeline"]');
    expect(list).not.toBeNull();
    const rows = Array.from(element.shadowRoot?.querySelectorAll('li [role="button"]') ?? []);
    expect(rows.map((row) => row.getAttribute('data-id'))).toEqual(['a01', 'a02', 'a03', 'a04', 'a05']);
    expect(rows.every((row) => row.getAttribute('tabindex') === '0')).toBe(true);
  });

  it('labels an overdue step with its side, due date and days late, in text as well as colour', () => {
    const element = mount();
    const row = rowOf(element, 'a02');
    expect(row.getAttribute('aria-label')).toBe(
      `Security review, Buyer, due ${formatDate('2026-12-10')}, 3 days late`
    );
    expect(formatDate('2026-12-10')).toMatch(/10/);
    expect(row.classList.contains('timeline-row_overdue')).toBe(true);
    expect(row.querySelector('.step-status')?.textContent).toContain('3 days late');
    const icon = row.querySelector<HTMLElement & { iconName: string }>('lightning-icon');
    expect(icon?.iconName).toBe('utility:warning');
    const slip = row.querySelector('.slip_late');
    expect(slip).not.toBeNull();
    // From the end of the due day (10 Dec) to today (13 Dec): 3 days of 18 px in the Weeks scale.
    expect(widthOf(slip)).toBe(54);
  });

  it('draws a bar from due date minus duration to the due date', () => {
    const element = mount();
    expect(widthOf(rowOf(element, 'a02').querySelector('.bar'))).toBe(5 * 18);
  });

  it('shows the projected date of a step pushed by its late predecessor', () => {
    const element = mount();
    const row = rowOf(element, 'a03');
    const projected = formatDate('2026-12-16');
    expect(row.getAttribute('aria-label')).toBe(
      `Legal redlines, Joint, due ${formatDate('2026-12-14')}, projected ${projected}, 2 days after its due date`
    );
    expect(row.classList.contains('timeline-row_overdue')).toBe(false);
    expect(widthOf(row.querySelector('.slip_pushed'))).toBe(2 * 18);
  });

  it('mutes a done step and says so', () => {
    const element = mount();
    const row = rowOf(element, 'a01');
    expect(row.classList.contains('timeline-row_done')).toBe(true);
    expect(row.querySelector('.step-status')?.textContent).toContain('Done');
    expect(row.getAttribute('aria-label')).toBe(
      `Discovery call, Seller, due ${formatDate('2026-11-20')}, done`
    );
    expect(row.querySelector('.slip')).toBeNull();
  });

  it('draws a milestone as a diamond instead of a bar', () => {
    const element = mount();
    const row = rowOf(element, 'a04');
    expect(row.querySelector('.milestone')).not.toBeNull();
    expect(row.querySelector('.bar')).toBeNull();
    expect(row.getAttribute('aria-label')).toContain('milestone');
  });

  it('keeps an undated step in the list without a bar', () => {
    const element = mount();
    const row = rowOf(element, 'a05');
    expect(row.getAttribute('aria-label')).toBe('Kick-off, Seller, no due date');
    expect(row.querySelector('.step-meta')?.textContent).toBe('Seller · No due date');
    expect(row.querySelector('.bar')).toBeNull();
    expect(row.querySelector('.milestone')).toBeNull();
  });

  it('shows the today and close date lines, and names both dates in the legend', () => {
    const element = mount();
    const legend = element.shadowRoot?.querySelector('.legend')?.textContent ?? '';
    expect(legend).toContain(`Today: ${formatDate(TODAY)}`);
    expect(legend).toContain(`Close date: ${formatDate(CLOSE_DATE)}`);
    const axis = element.shadowRoot?.querySelector('.axis');
    const today = axis?.querySelector('.line_today')?.getAttribute('style') ?? '';
    const close = axis?.querySelector('.line_close')?.getAttribute('style') ?? '';
    const left = (style: string): number => Number(/left: (\d+(?:\.\d+)?)px/.exec(style)?.[1]);
    // 13 Dec to 15 Jan is 33 days of 18 px.
    expect(left(close) - left(today)).toBe(33 * 18);
    expect(rowOf(element, 'a02').querySelector('.line_today')).not.toBeNull();
  });

  it('explains every colour a bar can have in the legend', () => {
    const element = mount();
    const legend = element.shadowRoot?.querySelector('.legend');
    const items = Array.from(legend?.querySelectorAll<HTMLElement>('[data-legend]') ?? []);
    expect(items.map((item) => [item.dataset.legend, item.textContent.trim()])).toEqual([
      ['buyer', 'Buyer step'],
      ['seller', 'Seller step'],
      ['joint', 'Joint step'],
      ['late', 'Late'],
      ['pushed', 'Pushed by a late step']
    ]);
    // Every side drawn on a bar has its swatch.
    const sides = new Set(
      Array.from(element.shadowRoot?.querySelectorAll('.bar') ?? []).flatMap((bar) =>
        Array.from(bar.classList).filter((c) => c.startsWith('side_') && c !== 'side_none')
      )
    );
    expect(sides.size).toBeGreaterThan(0);
    for (const side of sides)
      expect(legend?.querySelector(`.swatch_${side.slice('side_'.length)}`)).not.toBeNull();
  });

  it('says so when there is no close date', async () => {
    const element = mount();
    element.closeDate = null;
    await flush();
    expect(element.shadowRoot?.querySelector('.legend-close')?.textContent).toContain('No close date');
    expect(element.shadowRoot?.querySelector('.line_close')).toBeNull();
  });

  it('switches between a Weeks and a Months scale', async () => {
    const element = mount();
    const ticks = (): string[] =>
      Array.from(element.shadowRoot?.querySelectorAll('.tick') ?? []).map((tick) => tick.textContent);
    // Weeks: a tick each Monday (7 Dec 2026 is one).
    expect(ticks()).toContain(formatDate('2026-12-07', 'short'));
    const radio = element.shadowRoot?.querySelector<HTMLElement & { value: string }>('lightning-radio-group');
    expect(radio?.value).toBe('weeks');
    radio?.dispatchEvent(new CustomEvent('change', { detail: { value: 'months' } }));
    await flush();
    expect(ticks()).toEqual([
      formatDate('2026-11-01', 'month'),
      formatDate('2026-12-01', 'month'),
      formatDate('2027-01-01', 'month')
    ]);
    expect(widthOf(rowOf(element, 'a02').querySelector('.bar'))).toBe(5 * 2);
  });

  it('gives each timeline its own scale radio group', () => {
    const names = [mount(), mount()].map(
      (element) =>
        element.shadowRoot?.querySelector<HTMLElement & { name: string }>('lightning-radio-group')?.name
    );
    expect(names[0]).toMatch(/^plan-timeline-scale-\d+$/);
    expect(names[0]).not.toBe(names[1]);
  });

  it('scrolls so that today is in view, again after a scale change', async () => {
    const element = mount();
    const scroller = element.shadowRoot?.querySelector<HTMLElement>('.scroller');
    // jsdom has no layout (widths 0): today lands at the left edge. The Weeks range starts on
    // Monday 9 Nov 2026 (the first bar starts on 19 Nov; 7 days' margin; back to a Monday),
    // 34 days before today.
    expect(scroller?.scrollLeft).toBe(34 * 18);
    element.shadowRoot
      ?.querySelector('lightning-radio-group')
      ?.dispatchEvent(new CustomEvent('change', { detail: { value: 'months' } }));
    await flush();
    // Months: the range starts on 1 Nov 2026, 42 days before today.
    expect(scroller?.scrollLeft).toBe(42 * 2);
  });

  it('emits stepselect with the step id on click', () => {
    const element = mount();
    const events = capture(element, 'stepselect');
    rowOf(element, 'a03').click();
    expect(events).toHaveLength(1);
    expect(events[0].detail).toEqual({ stepId: 'a03' });
  });

  it.each(['Enter', ' '])('emits stepselect on the %p key, and not on other keys', (key) => {
    const element = mount();
    const events = capture(element, 'stepselect');
    const row = rowOf(element, 'a02');
    row.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    row.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(events).toHaveLength(0);
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    row.dispatchEvent(event);
    expect(events).toHaveLength(1);
    expect(events[0].detail).toEqual({ stepId: 'a02' });
    expect(event.defaultPrevented).toBe(true);
  });

  it('selects an unsaved step by its temporary key', () => {
    const steps = [stepDto({ id: null, key: 'new-1', title: 'Pilot', dueDate: '2026-12-20' })];
    const element = mount(steps);
    const events = capture(element, 'stepselect');
    rowOf(element, 'new-1').click();
    expect(events[0].detail).toEqual({ stepId: 'new-1' });
  });

  it('draws the steps without flags before the assessment arrives', () => {
    const element = mount(STEPS, false);
    expect(element.shadowRoot?.querySelectorAll('li [role="button"]')).toHaveLength(5);
    expect(element.shadowRoot?.querySelector('.timeline-row_overdue')).toBeNull();
  });

  it('shows an empty message when there are no steps', () => {
    const element = mount([]);
    expect(element.shadowRoot?.querySelector('.empty')?.textContent).toBe(
      'No steps to show on the timeline yet.'
    );
    expect(element.shadowRoot?.querySelector('ol')).toBeNull();
  });

  it('is accessible', async () => {
    const element = mount();
    await expect(element).toBeAccessible();
  });

  it('reads its words from custom labels and a status as the org labels it', async () => {
    const labels = LABELS as Record<PlanLabelKey, string>;
    const saved = { ...labels };
    labels.timelineBuyerStep = 'Schritt des Käufers';
    labels.wordsDueOn = 'fällig am {0}';
    try {
      const element = mount() as HTMLElement & { picklists: unknown };
      element.picklists = {
        'Plan_Step__c.Status__c': [{ value: 'Done', label: 'Erledigt' }],
        'Plan_Step__c.Side__c': [{ value: 'Seller', label: 'Verkäufer' }]
      };
      await flush();
      const legend = element.shadowRoot?.querySelector('[data-legend="buyer"]')?.textContent.trim();
      expect(legend).toBe('Schritt des Käufers');
      const row = rowOf(element, 'a01');
      expect(row.querySelector('.step-status')?.textContent).toContain('Erledigt');
      expect(row.getAttribute('aria-label')).toBe(
        `Discovery call, Verkäufer, fällig am ${formatDate('2026-11-20')}, erledigt`
      );
    } finally {
      Object.assign(labels, saved);
    }
  });
});
