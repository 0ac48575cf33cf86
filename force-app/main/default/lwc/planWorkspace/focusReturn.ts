/**
 * Keeping the rep's place: the control the rep used when one of the workspace's flows began (an
 * inline save, a cascade preview, the step editor, the template picker, a move, a lifecycle move),
 * focused again when the flow ends, and the page's scroll put back where it was.
 *
 * A flow ends with a render that often removes the control or replaces it (a row drawn afresh, a
 * button that was disabled while the save ran, a form closed), so the control is remembered twice:
 * as the element, and as a path that finds its successor, one step per shadow root from the
 * workspace's (a component host, then a control in it, by the attributes the components give their
 * controls: data-action, data-id, data-field, data-value, else its own class names). A control in a
 * row of the step list (data-step-id) is looked for in its row, then in the rows after and before it
 * (the row itself was deleted); a row without it gives its first control. When nothing of the path
 * is left in a component, its first control takes the focus (the status actions after Complete took
 * the Complete button away).
 *
 * The focus is put back only when it was lost (on the page's body: the control disabled or removed):
 * a component that already moved it somewhere sensible (the stakeholder map back to a person's Edit
 * button) keeps it. The scroll is put back with it, for the window and every scrolled element around
 * the control: a preview above the plan takes the focus and the page scrolls up to it.
 */

/** One step of the path to the control: what finds it in its shadow root, and its row there. */
export interface FocusStep {
  /** A selector for the element within its root (a component host: its tag and key attribute). */
  selector: string;
  /** Its row and the rows after and before it, as selectors; empty when it is not in a row. */
  rows: string[];
}

/** A scroll position to put back: an element's, or (element null) the window's. */
export interface ScrollSpot {
  element: Element | null;
  top: number;
  left: number;
}

/** The control the rep used, how to find it again, and where the page was scrolled. */
export interface FocusMark {
  element: HTMLElement;
  path: FocusStep[];
  scroll: ScrollSpot[];
  /**
   * Where the component holding the control (the path's first element: the step list, the header…)
   * was in the window (its top, px): the page is scrolled so that it is there again.
   */
  top: number;
}

/** A root to search: the workspace's shadow root (or, in tests, any node that can be queried). */
export type FocusRoot = Pick<ShadowRoot, 'querySelector' | 'querySelectorAll'> & {
  activeElement: Element | null;
};

/** The attributes the components give their controls, in the order a control is known by them. */
const KEY_ATTRIBUTES = ['data-action', 'data-id', 'data-field', 'data-value'] as const;
/** A row of a list (a step of the step list) carries its record's id in this attribute. */
const ROW_ATTRIBUTE = 'data-step-id';
/** What can take the focus: controls, and base components (their host's focus() reaches the control). */
const FOCUSABLE = [
  'button',
  'a[href]',
  'input',
  'select',
  'textarea',
  '[tabindex]:not([tabindex="-1"])',
  'lightning-button',
  'lightning-button-icon',
  'lightning-button-menu',
  'lightning-input',
  'lightning-combobox',
  'lightning-textarea'
].join(', ');

/** An attribute value inside a selector's double quotes. */
function quoted(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

function isComponentHost(element: Element): boolean {
  return element.tagName.includes('-');
}

/** The plan's own components (c-…): the path goes into their shadow roots, not into base components'. */
function isOwnComponent(element: Element): boolean {
  return element.tagName.toLowerCase().startsWith('c-');
}

/** A selector for an element within its shadow root. */
export function selectorOf(element: Element): string {
  const tag = element.tagName.toLowerCase();
  for (const name of KEY_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value) {
      // A native control is known by its attribute alone: a field and the button that opens it
      // share it (the status select, then the status button).
      const attribute = `[${name}=${quoted(value)}]`;
      return isComponentHost(element) ? `${tag}${attribute}` : attribute;
    }
  }
  const own = Array.from(element.classList).filter(
    (name) => !name.startsWith('slds-') && /^[\w-]+$/.test(name)
  );
  return own.length > 0 ? `${tag}.${own.join('.')}` : tag;
}

function rowSelector(row: Element): string {
  return `${row.tagName.toLowerCase()}[${ROW_ATTRIBUTE}=${quoted(row.getAttribute(ROW_ATTRIBUTE) ?? '')}]`;
}

/** The element's row (not itself) and the rows after and before it, as selectors. */
function rowsOf(element: Element): string[] {
  const row = element.parentElement?.closest(`[${ROW_ATTRIBUTE}]`);
  if (!row) return [];
  const isRow = (sibling: Element | null): sibling is Element =>
    sibling?.hasAttribute(ROW_ATTRIBUTE) === true;
  return [row, row.nextElementSibling, row.previousElementSibling].filter(isRow).map(rowSelector);
}

/** The element's parent, crossing out of a shadow root to its host. */
function parentAcross(node: Node): Node | null {
  if (node.parentNode instanceof ShadowRoot) return node.parentNode.host;
  return node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
}

/** The window's scroll and every scrolled element from the control out to the document. */
function scrollAround(element: Element): ScrollSpot[] {
  const spots: ScrollSpot[] = [{ element: null, top: window.scrollY, left: window.scrollX }];
  for (let node = parentAcross(element); node; node = parentAcross(node)) {
    if (node instanceof Element && (node.scrollTop !== 0 || node.scrollLeft !== 0)) {
      spots.push({ element: node, top: node.scrollTop, left: node.scrollLeft });
    }
  }
  return spots;
}

/** The focused control under `root`, through the plan's components' shadow roots; null when none. */
export function markFocus(root: FocusRoot): FocusMark | null {
  const active = root.activeElement;
  if (!(active instanceof HTMLElement)) return null;
  let element: HTMLElement = active;
  const path: FocusStep[] = [];
  for (;;) {
    path.push({ selector: selectorOf(element), rows: rowsOf(element) });
    const inner: Element | null | undefined = isOwnComponent(element)
      ? element.shadowRoot?.activeElement
      : null;
    if (!(inner instanceof HTMLElement)) break;
    element = inner;
  }
  return { element, path, scroll: scrollAround(element), top: active.getBoundingClientRect().top };
}

function canFocus(element: Element | null): element is HTMLElement {
  return (
    element instanceof HTMLElement &&
    element.isConnected &&
    !element.hasAttribute('disabled') &&
    element.getAttribute('aria-disabled') !== 'true'
  );
}

/** The first control in a scope that can take the focus. */
function firstControl(scope: FocusRoot | Element): HTMLElement | null {
  return Array.from(scope.querySelectorAll(FOCUSABLE)).find(canFocus) ?? null;
}

/** One step of the path in one root: the element, else its row's first control, else null. */
function findStep(root: FocusRoot, step: FocusStep): { element: HTMLElement | null; exact: boolean } {
  if (step.rows.length === 0) {
    const element = root.querySelector(step.selector);
    return { element: element instanceof HTMLElement ? element : null, exact: true };
  }
  for (const selector of step.rows) {
    const row = root.querySelector(selector);
    if (!row) continue;
    const element = row.querySelector(step.selector);
    if (element instanceof HTMLElement) return { element, exact: true };
    return { element: firstControl(row), exact: false };
  }
  return { element: null, exact: false };
}

/**
 * Where the focus goes back to: the remembered control if it is still there and enabled, else its
 * successor along the path, else the nearest control the path still reaches. Null when nothing of
 * the path is left at all.
 */
export function findMarked(root: FocusRoot, mark: FocusMark): HTMLElement | null {
  if (canFocus(mark.element)) return mark.element;
  let scope: FocusRoot = root;
  let fallback: HTMLElement | null = null;
  for (const [i, step] of mark.path.entries()) {
    const { element, exact } = findStep(scope, step);
    const last = i === mark.path.length - 1;
    if (!element || !exact) return canFocus(element) ? element : (firstControl(scope) ?? fallback);
    if (last) return canFocus(element) ? element : (firstControl(scope) ?? fallback);
    const inner = element.shadowRoot;
    if (!inner) return canFocus(element) ? element : fallback;
    fallback = firstControl(scope) ?? fallback;
    scope = inner;
  }
  return fallback;
}

/** The focus is nowhere (on the page's body): the control that had it was disabled or removed. */
export function focusLost(doc: Document = document): boolean {
  const active = doc.activeElement;
  return active === null || active === doc.body || active === doc.documentElement;
}

/** Puts the window's and the elements' scroll back where the mark found them. */
export function restoreScroll(spots: readonly ScrollSpot[]): void {
  for (const spot of spots) {
    if (spot.element === null) {
      if (window.scrollY !== spot.top || window.scrollX !== spot.left) window.scrollTo(spot.left, spot.top);
    } else if (spot.element.isConnected) {
      spot.element.scrollTop = spot.top;
      spot.element.scrollLeft = spot.left;
    }
  }
}

/** Frames the browser draws before the component's place is checked (rows drawn afresh take their height). */
const SETTLE_FRAMES = 2;

/**
 * Once the page is drawn again, scrolls the window by as much as the component holding the control
 * moved from where it was: what is above it changed height (the health summary after a save, a
 * preview gone). Rows drawn afresh (a preview cancelled) are first laid out at an estimated height
 * (content-visibility), so the place is measured two frames later, when they have their height.
 * Within the component nothing is moved back: a step moved down is one row lower.
 */
export function keepInPlace(root: FocusRoot, mark: FocusMark, frames = SETTLE_FRAMES): void {
  if (typeof requestAnimationFrame !== 'function') return;
  // eslint-disable-next-line @lwc/lwc/no-async-operation -- the place is known only once the browser has drawn the rows
  requestAnimationFrame(() => {
    if (frames > 1) {
      keepInPlace(root, mark, frames - 1);
      return;
    }
    const first = mark.path.at(0);
    const holder = first ? findStep(root, first).element : null;
    if (!holder?.isConnected) return;
    const shift = holder.getBoundingClientRect().top - mark.top;
    if (Math.abs(shift) >= 1) window.scrollBy(0, shift);
  });
}

/** Focuses the marked control (or what stands for it) without scrolling to it, and puts the scroll back. */
export function returnFocus(root: FocusRoot, mark: FocusMark): HTMLElement | null {
  const target = findMarked(root, mark);
  if (!target) return null;
  target.focus({ preventScroll: true });
  // A base component's focus() takes no options and may scroll: the scroll goes back after it.
  restoreScroll(mark.scroll);
  keepInPlace(root, mark);
  return target;
}

/**
 * The workspace's memory of one flow: `remember` when a flow begins (a flow already running keeps
 * its first mark: the editor's Save is not the control the rep used), `returnAfterRender` when it
 * ends, `afterRender` from renderedCallback, when the ended flow's render is on the page.
 */
export class FocusReturn {
  private mark: FocusMark | null = null;
  private returning = false;

  remember(root: FocusRoot | null | undefined): void {
    if (this.mark === null && root) this.mark = markFocus(root);
  }

  returnAfterRender(): void {
    if (this.mark !== null) this.returning = true;
  }

  /** After a render: puts the focus and scroll back when the flow ended and the focus was lost. */
  afterRender(root: FocusRoot | null | undefined): void {
    if (!this.returning || !root) return;
    const mark = this.mark;
    this.mark = null;
    this.returning = false;
    if (mark && focusLost(mark.element.ownerDocument)) returnFocus(root, mark);
  }
}
