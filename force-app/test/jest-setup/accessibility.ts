/**
 * `expect(element).toBeAccessible()` for the LWC Jest tests (async: `await expect(el).toBeAccessible()`).
 *
 * Runs @sa11y/jest's axe-core matcher when the project has it installed, and always a house check
 * of what axe cannot see in Jest, where sfdx-lwc-jest renders base components as empty stubs (so
 * axe never sees a lightning-combobox without its label). The house check walks every shadow root:
 * buttons, links and form fields without an accessible name, base components (lightning-input,
 * -combobox, -button-icon, …) without their label or alternative text, ARIA references to ids that
 * do not exist, duplicate ids, unknown roles, dialogs without a name, positive tabindex, images
 * without alt text. It reports every finding with the element's tag, id and class.
 */

type Props = Record<string, unknown>;

/** Base components and the property that names them (sfdx-lwc-jest renders them as empty stubs). */
const NAMING_PROPERTY: Record<string, readonly string[]> = {
  'lightning-input': ['label'],
  'lightning-combobox': ['label'],
  'lightning-textarea': ['label'],
  'lightning-checkbox-group': ['label'],
  'lightning-radio-group': ['label'],
  'lightning-dual-listbox': ['label'],
  'lightning-slider': ['label'],
  'lightning-button': ['label', 'title'],
  'lightning-button-icon': ['alternativeText'],
  'lightning-button-icon-stateful': ['alternativeText'],
  'lightning-button-menu': ['alternativeText', 'label'],
  'lightning-button-stateful': ['labelWhenOff'],
  'lightning-spinner': ['alternativeText'],
  'lightning-progress-ring': ['alternativeText'],
  'lightning-tab': ['label'],
  'lightning-menu-item': ['label']
};

const ROLES = new Set(
  (
    'alert alertdialog application article banner button cell checkbox columnheader combobox complementary ' +
    'contentinfo definition dialog directory document feed figure form grid gridcell group heading img link list ' +
    'listbox listitem log main marquee math menu menubar menuitem menuitemcheckbox menuitemradio meter navigation ' +
    'none note option presentation progressbar radio radiogroup region row rowgroup rowheader scrollbar search ' +
    'searchbox separator slider spinbutton status switch tab table tablist tabpanel term textbox timer toolbar ' +
    'tooltip tree treegrid treeitem'
  ).split(' ')
);

const ID_REFERENCES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'for'];

function describe(element: Element): string {
  const id = element.id ? `#${element.id}` : '';
  const cls = element.getAttribute('class');
  return `<${element.tagName.toLowerCase()}${id}${cls ? ` class="${cls}"` : ''}>`;
}

function textOf(element: Element): string {
  return element.textContent.replace(/\s+/g, ' ').trim();
}

/** All elements of a root, then of every shadow root inside it, each with the root it lives in. */
function* walk(root: ParentNode): Generator<[Element, ParentNode]> {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    yield [element, root];
    if (element.shadowRoot) yield* walk(element.shadowRoot);
  }
}

function byId(root: ParentNode, id: string): Element | null {
  return root.querySelector(`[id="${id.replace(/"/g, '\\"')}"]`);
}

function accessibleName(element: Element, root: ParentNode): string {
  const label = element.getAttribute('aria-label');
  if (label && label.trim() !== '') return label.trim();
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => {
        const labelElement = byId(root, id);
        return labelElement ? textOf(labelElement) : '';
      })
      .join(' ')
      .trim();
    if (text !== '') return text;
  }
  if (element.id) {
    const forLabel = root.querySelector(`label[for="${element.id}"]`);
    if (forLabel && textOf(forLabel) !== '') return textOf(forLabel);
  }
  const wrapping = element.closest('label');
  if (wrapping && textOf(wrapping) !== '') return textOf(wrapping);
  const title = element.getAttribute('title');
  if (title && title.trim() !== '') return title.trim();
  if (element.tagName === 'BUTTON' || element.tagName === 'A' || element.getAttribute('role') === 'button') {
    return textOf(element);
  }
  return '';
}

export function accessibilityFindings(container: Element): string[] {
  const findings: string[] = [];
  const roots: ParentNode[] = [container.shadowRoot ?? container];
  const idsByRoot = new Map<ParentNode, Map<string, number>>();
  for (const start of roots) {
    const all: [Element, ParentNode][] = [[container, start], ...walk(start)];
    for (const [element, root] of all) {
      const tag = element.tagName.toLowerCase();
      if (element.id) {
        const ids = idsByRoot.get(root) ?? new Map<string, number>();
        ids.set(element.id, (ids.get(element.id) ?? 0) + 1);
        idsByRoot.set(root, ids);
      }
      const naming = NAMING_PROPERTY[tag] as readonly string[] | undefined;
      if (naming) {
        const props = element as unknown as Props;
        const named = naming.some((prop) => {
          const value = props[prop];
          return typeof value === 'string' && value.trim() !== '';
        });
        if (!named) findings.push(`${describe(element)} has no ${naming.join(' or ')}`);
      }
      const role = element.getAttribute('role');
      if (role !== null && !role.split(/\s+/).some((r) => ROLES.has(r))) {
        findings.push(`${describe(element)} has an unknown role "${role}"`);
      }
      for (const attribute of ID_REFERENCES) {
        const value = element.getAttribute(attribute);
        if (!value || (attribute === 'for' && tag !== 'label')) continue;
        for (const id of value.split(/\s+/).filter((part) => part !== '')) {
          if (!byId(root, id))
            findings.push(`${describe(element)} ${attribute} points at a missing id "${id}"`);
        }
      }
      const tabindex = element.getAttribute('tabindex');
      if (tabindex !== null && Number(tabindex) > 0)
        findings.push(`${describe(element)} has tabindex ${tabindex}`);
      const isField =
        (tag === 'input' && element.getAttribute('type') !== 'hidden') ||
        tag === 'select' ||
        tag === 'textarea';
      if (
        (tag === 'button' || role === 'button' || (tag === 'a' && element.hasAttribute('href')) || isField) &&
        accessibleName(element, root) === ''
      ) {
        findings.push(`${describe(element)} has no accessible name`);
      }
      if ((role === 'dialog' || role === 'alertdialog') && accessibleName(element, root) === '') {
        findings.push(`${describe(element)} is a dialog without a name (aria-labelledby or aria-label)`);
      }
      if (tag === 'img' && !element.hasAttribute('alt'))
        findings.push(`${describe(element)} has no alt text`);
      if (/^h[1-6]$/.test(tag) && textOf(element) === '')
        findings.push(`${describe(element)} is an empty heading`);
    }
  }
  for (const ids of idsByRoot.values()) {
    for (const [id, count] of ids) if (count > 1) findings.push(`id "${id}" is used ${count} times`);
  }
  return findings;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Jest's matcher typing is a global namespace
  namespace jest {
    interface Matchers<R> {
      /** The element and everything in its shadow tree pass the accessibility checks. */
      toBeAccessible(): Promise<R>;
    }
  }
}

interface MatcherResult {
  pass: boolean;
  message: () => string;
}

/** @sa11y/jest's matcher (axe-core, Salesforce's rule set), when the project installs it. */
type AxeMatcher = (received: Element) => Promise<MatcherResult>;

function loadAxeMatcher(): AxeMatcher | null {
  try {
    // Optional: resolved only when the project installs it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('@sa11y/jest') as { toBeAccessible: AxeMatcher }).toBeAccessible;
  } catch {
    return null;
  }
}

const axe = loadAxeMatcher();

expect.extend({
  /** axe (when installed) and the house check must both pass. */
  async toBeAccessible(received: unknown): Promise<MatcherResult> {
    if (!(received instanceof Element)) {
      return { pass: false, message: () => 'toBeAccessible expects a DOM element' };
    }
    const axeResult = axe ? await axe(received) : null;
    const findings = accessibilityFindings(received);
    const messages = [
      ...(axeResult && !axeResult.pass ? [axeResult.message()] : []),
      ...(findings.length > 0
        ? [`Accessibility findings in ${describe(received)}:\n  ${findings.join('\n  ')}`]
        : [])
    ];
    return {
      pass: messages.length === 0,
      message: () =>
        messages.length === 0
          ? `${describe(received)} has no accessibility findings${axe ? ' (axe and the house check)' : ''}`
          : messages.join('\n\n')
    };
  }
});
