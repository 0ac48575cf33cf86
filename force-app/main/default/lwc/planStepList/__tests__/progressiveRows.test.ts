import { createElement } from 'lwc';
import PlanStepList from 'c/planStepList';
import { assessView, buildStepList, type StepListView } from 'c/planViewModel';
import type { PlanView, StepDto } from 'c/planContract';
import planViewJson from '../../planContract/__tests__/data/planView.json';

// A long plan draws a screenful of rows in its first frame and the rest in slices, one task each
// after a frame (planStepList: FIRST_ROWS, ROWS_PER_SLICE).

type StepListElement = HTMLElement & { list?: StepListView };

/** The fixture's plan with its steps copied until it holds `count` steps (no dependencies). */
function longView(count: number): PlanView {
  const view = JSON.parse(JSON.stringify(planViewJson)) as PlanView;
  const base = view.steps;
  const steps: StepDto[] = [];
  for (let i = 0; i < count; i++) {
    const from = base[i % base.length];
    steps.push({
      ...from,
      id: `a0S${String(i).padStart(12, '0')}`,
      title: `Step ${i + 1}`,
      dependsOnId: null,
      dependsOnKey: null,
      sortOrder: i + 1
    });
  }
  return { ...view, steps };
}

function rowCount(element: HTMLElement): number {
  return element.shadowRoot?.querySelectorAll('tr[data-step-id]').length ?? 0;
}

/** One frame, then the slice's task, then the render it causes. */
async function nextSlice(): Promise<void> {
  jest.advanceTimersByTime(20);
  jest.runOnlyPendingTimers();
  await Promise.resolve();
}

describe('c-plan-step-list with many steps', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });

  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.useRealTimers();
  });

  it('it_should_draw_the_first_rows_at_once_and_every_row_after_a_few_slices', async () => {
    const view = longView(100);
    const element = createElement('c-plan-step-list', { is: PlanStepList }) as StepListElement;
    element.list = buildStepList(view, assessView(view));
    document.body.appendChild(element);
    await Promise.resolve();

    const first = rowCount(element);
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(100);
    // The count in the header speaks of the whole plan from the first frame.
    expect(element.shadowRoot?.textContent).toContain('100 steps');

    const seen = [first];
    for (let i = 0; i < 10 && rowCount(element) < 100; i++) {
      // eslint-disable-next-line no-await-in-loop -- the slices come one after another, as in the page
      await nextSlice();
      seen.push(rowCount(element));
    }
    expect(rowCount(element)).toBe(100);
    // Each slice added rows, none was drawn twice, and the rows keep the plan's order.
    expect(seen.every((n, i) => i === 0 || n > (seen[i - 1] ?? 0))).toBe(true);
    const ids = Array.from(element.shadowRoot?.querySelectorAll<HTMLElement>('tr[data-step-id]') ?? []).map(
      (tr) => tr.dataset.stepId
    );
    expect(new Set(ids).size).toBe(100);
  });

  it('it_should_draw_a_short_plan_whole_in_the_first_frame', async () => {
    const view = longView(12);
    const element = createElement('c-plan-step-list', { is: PlanStepList }) as StepListElement;
    element.list = buildStepList(view, assessView(view));
    document.body.appendChild(element);
    await Promise.resolve();
    expect(rowCount(element)).toBe(12);
  });

  it('it_should_stop_drawing_slices_once_removed', async () => {
    const view = longView(100);
    const element = createElement('c-plan-step-list', { is: PlanStepList }) as StepListElement;
    element.list = buildStepList(view, assessView(view));
    document.body.appendChild(element);
    await Promise.resolve();
    document.body.removeChild(element);
    expect(jest.getTimerCount()).toBe(0);
  });
});
