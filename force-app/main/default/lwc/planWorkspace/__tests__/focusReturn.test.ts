import {
  FocusReturn,
  findMarked,
  focusLost,
  markFocus,
  restoreScroll,
  returnFocus,
  selectorOf,
  type FocusRoot,
  type ScrollSpot
} from '../focusReturn';

/**
 * The page as the workspace sees it: its shadow root holding a step list (a component with rows of
 * steps in its own shadow root), a header (base component buttons) and a button of its own.
 */
interface Page {
  root: ShadowRoot;
  list: ShadowRoot;
  header: ShadowRoot;
}

/** An element with attributes (and text), built without HTML strings. */
function el(tag: string, attributes: Record<string, string> = {}, text = ''): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.textContent = text;
  return element;
}

/** The one element a selector finds (the test fails when there is none). */
function query(root: ParentNode, selector: string): HTMLElement {
  const found = root.querySelector(selector);
  if (!(found instanceof HTMLElement)) throw new Error(`Nothing matches ${selector}`);
  return found;
}

function row(id: string, status = 'Not Started'): HTMLElement {
  const tr = el('tr', { 'data-step-id': id });
  const cell = (child: HTMLElement) => {
    const td = el('td');
    td.append(child);
    return td;
  };
  tr.append(
    cell(el('span', { 'data-id': 'title' }, `Step ${id}`)),
    cell(el('button', { type: 'button', 'data-action': 'date' }, 'Dec 1')),
    cell(el('button', { type: 'button', 'data-action': 'status' }, status)),
    cell(el('button', { type: 'button', 'data-action': 'menu' }, 'Actions'))
  );
  return tr;
}

/** The header's buttons: base components (tabindex makes their stand-in host focusable here). */
function headerButton(attributes: Record<string, string>): HTMLElement {
  return el('lightning-button', { tabindex: '0', ...attributes });
}

function buildPage(): Page {
  const host = el('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const headerHost = el('c-plan-header');
  const listHost = el('c-plan-step-list');
  root.append(
    el('button', { type: 'button', 'data-id': 'open-templates' }, 'Add steps'),
    headerHost,
    listHost
  );
  const list = listHost.attachShadow({ mode: 'open' });
  const table = el('table');
  const body = el('tbody');
  body.append(...['a', 'b', 'c'].map((id) => row(id)));
  table.append(body);
  list.append(el('input', { type: 'radio', name: 'grouping', value: 'phase' }), table);
  const header = headerHost.attachShadow({ mode: 'open' });
  header.append(
    headerButton({ 'data-action': 'complete' }),
    headerButton({ 'data-action': 'abandon' }),
    headerButton({ class: 'details-edit slds-m-top_x-small' })
  );
  return { root, list, header };
}

function rowControl(page: Page, stepId: string, action: string): HTMLElement {
  return query(page.list, `tr[data-step-id="${stepId}"] [data-action="${action}"]`);
}

/** Draws the step list's rows afresh (new elements), as a save or a cancelled preview does. */
function redrawRows(page: Page, ids: readonly string[], status = 'In Progress'): void {
  query(page.list, 'tbody').replaceChildren(...ids.map((id) => row(id, status)));
}

/** The element that has the focus, through the shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

afterEach(() => {
  document.body.replaceChildren();
  jest.restoreAllMocks();
});

describe('selectorOf', () => {
  it('knows a control by its data attribute alone, and a component host by its tag with it', () => {
    const select = document.createElement('select');
    select.dataset.action = 'status';
    const card = document.createElement('c-plan-stakeholder-card');
    card.dataset.id = 'a"1';
    const field = document.createElement('lightning-textarea');
    field.dataset.field = 'objective';
    expect(selectorOf(select)).toBe('[data-action="status"]');
    expect(selectorOf(card)).toBe('c-plan-stakeholder-card[data-id="a\\"1"]');
    expect(selectorOf(field)).toBe('lightning-textarea[data-field="objective"]');
  });

  it('falls back to its own class names (not SLDS ones), then to its tag', () => {
    const button = document.createElement('lightning-button');
    button.className = 'abandon-confirm slds-m-left_x-small';
    expect(selectorOf(button)).toBe('lightning-button.abandon-confirm');
    expect(selectorOf(document.createElement('c-plan-step-list'))).toBe('c-plan-step-list');
  });
});

describe('markFocus', () => {
  it('follows the focus into the plan components and records the row and its neighbours', () => {
    const page = buildPage();
    const status = rowControl(page, 'b', 'status');
    status.focus();
    const mark = markFocus(page.root);
    expect(mark?.element).toBe(status);
    expect(mark?.path).toEqual([
      { selector: 'c-plan-step-list', rows: [] },
      {
        selector: '[data-action="status"]',
        rows: ['tr[data-step-id="b"]', 'tr[data-step-id="c"]', 'tr[data-step-id="a"]']
      }
    ]);
  });

  it('stops at a base component: its host is the control', () => {
    const page = buildPage();
    query(page.header, '[data-action="abandon"]').focus();
    expect(markFocus(page.root)?.path.map((step) => step.selector)).toEqual([
      'c-plan-header',
      'lightning-button[data-action="abandon"]'
    ]);
  });

  it('is null when the focus is outside the root', () => {
    const page = buildPage();
    const outside = document.createElement('button');
    document.body.appendChild(outside);
    outside.focus();
    expect(markFocus(page.root)).toBeNull();
  });
});

describe('findMarked', () => {
  it('gives the remembered control while it is still on the page', () => {
    const page = buildPage();
    const date = rowControl(page, 'a', 'date');
    date.focus();
    const mark = markFocus(page.root);
    expect(mark && findMarked(page.root, mark)).toBe(date);
  });

  it('finds the control drawn afresh in the same row (a status field closed to its button)', () => {
    const page = buildPage();
    // The row's status field: a select with the button's data-action, removed when it closes.
    const select = document.createElement('select');
    select.dataset.action = 'status';
    rowControl(page, 'b', 'status').replaceWith(select);
    select.focus();
    const mark = markFocus(page.root);
    redrawRows(page, ['a', 'b', 'c']);
    expect(select.isConnected).toBe(false);
    expect(mark && findMarked(page.root, mark)).toBe(rowControl(page, 'b', 'status'));
  });

  it('finds the row wherever it moved, and the same control in the next row when it was deleted', () => {
    const page = buildPage();
    rowControl(page, 'a', 'menu').focus();
    const moved = markFocus(page.root);
    rowControl(page, 'b', 'menu').focus();
    const deleted = markFocus(page.root);
    redrawRows(page, ['c', 'a']);
    expect(moved && findMarked(page.root, moved)).toBe(rowControl(page, 'a', 'menu'));
    expect(deleted && findMarked(page.root, deleted)).toBe(rowControl(page, 'c', 'menu'));
  });

  it('gives the row’s first control when the row no longer has that control', () => {
    const page = buildPage();
    rowControl(page, 'a', 'status').focus();
    const mark = markFocus(page.root);
    rowControl(page, 'a', 'status').remove();
    expect(mark && findMarked(page.root, mark)).toBe(rowControl(page, 'a', 'date'));
  });

  it('gives the component’s first control when the control is gone (Complete after the plan completed)', () => {
    const page = buildPage();
    query(page.header, '[data-action="complete"]').focus();
    const mark = markFocus(page.root);
    const reopen = headerButton({ 'data-action': 'reopen' });
    page.header.replaceChildren(reopen);
    expect(mark && findMarked(page.root, mark)).toBe(reopen);
  });

  it('skips a disabled successor for an enabled control of the same component', () => {
    const page = buildPage();
    const opener = query(page.root, '[data-id="open-templates"]');
    opener.focus();
    const mark = markFocus(page.root);
    opener.remove();
    const again = el('button', { 'data-id': 'open-templates', disabled: '' });
    page.root.prepend(again);
    const other = document.createElement('button');
    page.root.append(other);
    expect(mark && findMarked(page.root, mark)).toBe(other);
    again.removeAttribute('disabled');
    expect(mark && findMarked(page.root, mark)).toBe(again);
  });
});

describe('returnFocus and restoreScroll', () => {
  it('focuses the successor without scrolling to it and puts the window’s scroll back', () => {
    const page = buildPage();
    rowControl(page, 'c', 'date').focus();
    const mark = markFocus(page.root);
    expect(mark).not.toBeNull();
    if (!mark) return;
    mark.scroll = [{ element: null, top: 840, left: 0 }];
    const scrollTo = jest.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    const focus = jest.spyOn(HTMLElement.prototype, 'focus');
    redrawRows(page, ['a', 'b', 'c']);
    const target = returnFocus(page.root, mark);
    expect(target).toBe(rowControl(page, 'c', 'date'));
    expect(deepActive()).toBe(target);
    expect(focus).toHaveBeenLastCalledWith({ preventScroll: true });
    expect(scrollTo).toHaveBeenCalledWith(0, 840);
  });

  it('puts back the scroll of the elements still on the page and leaves the window where it is', () => {
    const scrollTo = jest.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    const kept = { isConnected: true, scrollTop: 0, scrollLeft: 0 };
    const gone = { isConnected: false, scrollTop: 0, scrollLeft: 0 };
    const spots: ScrollSpot[] = [
      { element: null, top: window.scrollY, left: window.scrollX },
      { element: kept as unknown as Element, top: 120, left: 30 },
      { element: gone as unknown as Element, top: 50, left: 0 }
    ];
    restoreScroll(spots);
    expect(scrollTo).not.toHaveBeenCalled();
    expect([kept.scrollTop, kept.scrollLeft]).toEqual([120, 30]);
    expect(gone.scrollTop).toBe(0);
  });
});

describe('FocusReturn', () => {
  it('returns to the control the flow began on, after the render that ends it', () => {
    const page = buildPage();
    const focusReturn = new FocusReturn();
    rowControl(page, 'b', 'menu').focus();
    focusReturn.remember(page.root);
    // The step editor took the focus, then closed: the focus is lost.
    const editor = document.createElement('input');
    page.root.append(editor);
    editor.focus();
    focusReturn.remember(page.root);
    editor.remove();
    redrawRows(page, ['a', 'b', 'c']);
    expect(focusLost()).toBe(true);

    focusReturn.afterRender(page.root);
    expect(focusLost()).toBe(true);
    focusReturn.returnAfterRender();
    focusReturn.afterRender(page.root);
    expect(deepActive()).toBe(rowControl(page, 'b', 'menu'));
  });

  it('leaves the focus where a component already put it, and forgets the flow', () => {
    const page = buildPage();
    const focusReturn = new FocusReturn();
    rowControl(page, 'a', 'date').focus();
    focusReturn.remember(page.root);
    const opener = query(page.root, '[data-id="open-templates"]');
    opener.focus();
    focusReturn.returnAfterRender();
    focusReturn.afterRender(page.root);
    expect(deepActive()).toBe(opener);
    // The next flow remembers its own control.
    rowControl(page, 'c', 'status').focus();
    focusReturn.remember(page.root);
    rowControl(page, 'c', 'status').blur();
    focusReturn.returnAfterRender();
    focusReturn.afterRender(page.root);
    expect(deepActive()).toBe(rowControl(page, 'c', 'status'));
  });

  it('does nothing without a flow or a root', () => {
    const focusReturn = new FocusReturn();
    focusReturn.returnAfterRender();
    expect(() => focusReturn.afterRender(undefined)).not.toThrow();
    focusReturn.remember(null);
    focusReturn.afterRender({ activeElement: null } as unknown as FocusRoot);
    expect(focusLost()).toBe(true);
  });
});
