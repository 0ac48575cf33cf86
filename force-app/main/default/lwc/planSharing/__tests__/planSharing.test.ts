import { createElement } from 'lwc';
import PlanSharing from 'c/planSharing';
import { LABELS, type PlanLabelKey } from 'c/planLabels';
import type { PlanView, ShareLinkDto, ShareRequest, StakeholderDto } from 'c/planContract';
import { buildShareLinks, buildSharing, type ShareLinkView, type SharingView } from 'c/planViewModel';
import planViewJson from '../../planContract/__tests__/data/planView.json';

type SharingElement = HTMLElement & {
  sharing: SharingView | undefined;
  links: ShareLinkView[];
  disabled: boolean;
};
type InputStub = HTMLElement & {
  label: string;
  type?: string;
  checked?: boolean;
  disabled?: boolean;
  value?: string;
  max?: number;
};
type ButtonStub = HTMLElement & { label: string; variant?: string; disabled?: boolean };

const LIVE = 'a05000000000001AAA';
const URL = 'https://acme.example.site/plan?t=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde';

function loadView(): PlanView {
  return JSON.parse(JSON.stringify(planViewJson)) as PlanView;
}

/** The fixture with a second and a third buyer: one ready for a link, one without an email. */
function viewWithBuyers(): PlanView {
  const view = loadView();
  const base = view.stakeholders[0];
  const more: StakeholderDto[] = [
    {
      ...base,
      id: 'sh-kim',
      name: 'Kim Finance',
      email: 'kim@acme.example',
      contactId: '003000000000003AAA'
    },
    { ...base, id: 'sh-pat', name: 'Pat Procurement', email: null, contactId: '003000000000004AAA' }
  ];
  view.stakeholders = [...view.stakeholders, ...more];
  return view;
}

function sharingOf(view: PlanView = viewWithBuyers()): SharingView {
  return buildSharing(view, { locale: 'en-US', timeZone: 'UTC' });
}

function linksOf(emailed = true): ShareLinkView[] {
  const link: ShareLinkDto = {
    shareId: 'a05000000000003AAA',
    stakeholderId: 'sh-kim',
    name: 'Kim Finance',
    email: 'kim@acme.example',
    url: URL,
    calendarUrl: 'https://acme.example.site/services/apexrest/buyer-room/calendar?k=x',
    emailed,
    notEmailedReason: emailed ? null : 'Kim Finance does not accept email'
  };
  return buildShareLinks([link], true);
}

function mount(sharing: SharingView = sharingOf(), disabled = false): SharingElement {
  const element = createElement('c-plan-sharing', { is: PlanSharing }) as SharingElement;
  element.sharing = sharing;
  element.disabled = disabled;
  document.body.appendChild(element);
  return element;
}

function root(element: HTMLElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}

function button(scope: ParentNode, label: string): ButtonStub {
  const found = Array.from(scope.querySelectorAll<ButtonStub>('lightning-button')).find(
    (b) => b.label === label
  );
  if (!found) throw new Error(`no ${label} button`);
  return found;
}

function candidates(element: HTMLElement): InputStub[] {
  return Array.from(root(element).querySelectorAll<InputStub>('[data-stakeholder]'));
}

function field(element: HTMLElement, id: string): InputStub {
  const found = root(element).querySelector<InputStub>(`[data-id="${id}"]`);
  if (!found) throw new Error(`no ${id} field`);
  return found;
}

function check(input: HTMLElement, checked: boolean): void {
  input.dispatchEvent(new CustomEvent('change', { detail: { checked } }));
}

function type(input: HTMLElement, value: string): void {
  input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

function events(element: HTMLElement, name: string): unknown[] {
  const seen: unknown[] = [];
  element.addEventListener(name, (event) => seen.push((event as CustomEvent<unknown>).detail));
  return seen;
}

const rendered = (): Promise<void> => Promise.resolve();
// eslint-disable-next-line @lwc/lwc/no-async-operation -- a test waits a macrotask for the clipboard promise
const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function setClipboard(writeText: ((text: string) => Promise<void>) | undefined): void {
  Object.defineProperty(navigator, 'clipboard', {
    value: writeText ? { writeText } : undefined,
    configurable: true
  });
}

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  setClipboard(undefined);
});

describe('c-plan-sharing', () => {
  it('it_should_list_the_links_with_their_dates_opens_and_status', () => {
    const element = mount();
    const rows = Array.from(root(element).querySelectorAll<HTMLElement>('li[data-share]'));
    const text = (r: HTMLElement, id: string): string | undefined =>
      r.querySelector(`[data-id="${id}"]`)?.textContent.trim();
    expect(rows.map((r) => [text(r, 'name'), text(r, 'email'), text(r, 'status')])).toEqual([
      ['Dana Buyer', 'dana@acme.example', 'Live'],
      ['Lee Former', 'lee@acme.example', 'Revoked']
    ]);
    expect(text(rows[0], 'dates')).toBe('Created Nov 20, 2026 by Sam Seller · Expires Feb 18, 2027');
    expect(text(rows[0], 'activity')).toBe('Last opened Nov 28, 2026, 3:30 PM · 3 opens');
    expect(text(rows[1], 'dates')).toBe('Created Nov 2, 2026 by Sam Seller · Revoked Nov 15, 2026');
    expect(text(rows[1], 'activity')).toBe('Never opened');
    expect(rows[0].querySelector('lightning-button')).not.toBeNull();
    expect(rows[1].querySelector('lightning-button')).toBeNull();
    expect(root(element).querySelector('[data-id="rows-summary"]')?.textContent.trim()).toBe(
      '2 links, 1 live'
    );
  });

  it('it_should_ask_before_revoking_and_send_the_share_id', async () => {
    const element = mount();
    const revoked = events(element, 'revoke');
    const live = (): HTMLElement => {
      const found = root(element).querySelector<HTMLElement>(`li[data-share="${LIVE}"]`);
      if (!found) throw new Error('no live row');
      return found;
    };
    button(live(), 'Revoke').click();
    await rendered();
    expect(live().querySelector('[data-id="revoke-confirm"] p')?.textContent).toBe(
      'Revoke Dana Buyer’s link? It stops opening the plan at once, for good.'
    );
    expect(revoked).toEqual([]);
    button(live(), 'Keep the link').click();
    await rendered();
    expect(live().querySelector('[data-id="revoke-confirm"]')).toBeNull();
    button(live(), 'Revoke').click();
    await rendered();
    button(live(), 'Revoke link').click();
    expect(revoked).toEqual([{ shareId: LIVE }]);
  });

  it('it_should_offer_buyers_with_a_contact_and_an_email_and_say_why_not_for_the_others', () => {
    const element = mount();
    expect(candidates(element).map((c) => [c.label, c.disabled])).toEqual([
      ['Dana Buyer (dana@acme.example)', false],
      ['Kim Finance (kim@acme.example)', false],
      ['Pat Procurement: no email', true]
    ]);
    expect(root(element).querySelector('.candidate__hint')?.textContent).toBe(
      'Has a live link until Feb 18, 2027'
    );
    const expiry = field(element, 'expiry');
    expect(expiry.value).toBe('90');
    expect(expiry.max).toBe(365);
    expect(field(element, 'send-email').checked).toBe(true);
  });

  it('it_should_send_the_share_request_the_rep_filled_in', async () => {
    const element = mount();
    const shared = events(element, 'share');
    const [dana, kim] = candidates(element);
    check(dana, true);
    check(kim, true);
    check(dana, false);
    type(field(element, 'expiry'), '30');
    type(field(element, 'note'), '  Here is the plan we discussed.  ');
    await rendered();
    const share = button(root(element), 'Create 1 link');
    share.click();
    const request: ShareRequest = {
      planId: 'a00000000000001AAA',
      stakeholderIds: ['sh-kim'],
      expiryDays: 30,
      sendEmail: true,
      note: 'Here is the plan we discussed.'
    };
    expect(shared).toEqual([{ request }]);
  });

  it('it_should_say_what_to_fix_instead_of_sending', async () => {
    const element = mount();
    const shared = events(element, 'share');
    type(field(element, 'expiry'), '400');
    await rendered();
    button(root(element), 'Create links').click();
    await rendered();
    const errors = root(element).querySelector('[data-id="share-errors"]');
    expect(errors?.getAttribute('role')).toBe('alert');
    expect(Array.from(errors?.querySelectorAll('li') ?? []).map((li) => li.textContent)).toEqual([
      'Choose at least one buyer to share the plan with.',
      'The link must expire after 1 to 365 days.'
    ]);
    expect(shared).toEqual([]);
  });

  it('it_should_drop_the_note_when_the_link_is_not_emailed', async () => {
    const element = mount();
    const shared = events(element, 'share');
    check(candidates(element)[0], true);
    type(field(element, 'note'), 'Hello');
    check(field(element, 'send-email'), false);
    await rendered();
    expect(root(element).querySelector('[data-id="note"]')).toBeNull();
    button(root(element), 'Create 1 link').click();
    expect(shared).toEqual([
      {
        request: {
          planId: 'a00000000000001AAA',
          stakeholderIds: ['sh-dana'],
          expiryDays: 90,
          sendEmail: false,
          note: null
        }
      }
    ]);
  });

  it('it_should_show_new_links_once_with_copy_and_whether_each_was_emailed', async () => {
    const element = mount();
    check(candidates(element)[1], true);
    await rendered();
    const writeText = jest.fn<Promise<void>, [string]>(() => Promise.resolve());
    setClipboard(writeText);
    element.links = linksOf(false);
    await rendered();
    const box = root(element).querySelector<HTMLElement>('[data-id="new-links"]');
    expect(box?.querySelector('[data-id="links-warning"]')?.textContent).toContain(
      'this is the only time they are shown'
    );
    expect(root(element).activeElement).toBe(box);
    const input = box?.querySelector('input');
    expect(input?.value).toBe(URL);
    expect(input?.readOnly).toBe(true);
    expect(input?.getAttribute('aria-label')).toBe('Kim Finance’s link');
    expect(box?.querySelector('[data-id="email-status"]')?.textContent).toBe(
      'Not emailed: Kim Finance does not accept email. Send the link yourself.'
    );
    // The share went through: the form starts afresh.
    expect(candidates(element).map((c) => c.checked)).toEqual([false, false, false]);

    if (!box) throw new Error('no links');
    button(box, 'Copy link').click();
    await flush();
    expect(writeText).toHaveBeenCalledWith(URL);
    expect(button(box, 'Copied')).toBeTruthy();
    expect(root(element).querySelector('[data-id="copy-status"]')?.textContent.trim()).toBe(
      'Kim Finance’s link is copied.'
    );
  });

  it('it_should_select_the_link_for_the_keyboard_when_the_clipboard_is_refused', async () => {
    const element = mount();
    setClipboard(() => Promise.reject(new Error('denied')));
    element.links = linksOf();
    await rendered();
    const box = root(element).querySelector<HTMLElement>('[data-id="new-links"]');
    if (!box) throw new Error('no links');
    const input = box.querySelector('input');
    if (!input) throw new Error('no link field');
    const select = jest.spyOn(input, 'select');
    button(box, 'Copy link').click();
    await flush();
    expect(select).toHaveBeenCalled();
    expect(root(element).activeElement).toBe(input);
    expect(root(element).querySelector('[data-id="copy-status"]')?.textContent.trim()).toBe(
      'Kim Finance’s link is selected: press Ctrl+C (⌘C on a Mac) to copy it.'
    );
    expect(box.querySelector('[data-id="email-status"]')?.textContent).toBe('Emailed to kim@acme.example');
  });

  it('it_should_tell_the_container_when_the_rep_is_done_with_the_links', async () => {
    const element = mount();
    const done = events(element, 'linksdone');
    element.links = linksOf();
    await rendered();
    button(root(element), 'Done').click();
    expect(done).toHaveLength(1);
  });

  it('it_should_say_sharing_needs_the_site_address_and_offer_no_form', () => {
    const view = viewWithBuyers();
    view.buyerRoom = { enabled: false, defaultExpiryDays: 90, maxExpiryDays: 365 };
    const element = mount(sharingOf(view));
    expect(root(element).querySelector('[data-id="share-form"]')).toBeNull();
    expect(root(element).querySelector('[data-id="notice"]')?.textContent).toContain(
      'your Salesforce admin sets the buyer room site’s address'
    );
    // The links are still listed.
    expect(root(element).querySelectorAll('li[data-share]')).toHaveLength(2);
  });

  it('it_should_offer_neither_form_nor_revoke_to_a_rep_who_cannot_edit', () => {
    const view = viewWithBuyers();
    view.canEdit = false;
    const element = mount(sharingOf(view));
    expect(root(element).querySelector('[data-id="share-form"]')).toBeNull();
    expect(root(element).querySelector('li[data-share] lightning-button')).toBeNull();
    expect(root(element).querySelector('[data-id="notice"]')?.textContent).toContain('not share it');
  });

  it('it_should_be_accessible_with_the_form_and_new_links', async () => {
    const element = mount();
    element.links = linksOf();
    await rendered();
    button(root(element), 'Revoke').click();
    await rendered();
    await expect(element).toBeAccessible();
  });

  it('it_should_read_its_words_and_its_view_models_words_from_custom_labels', () => {
    const labels = LABELS as Record<PlanLabelKey, string>;
    const saved = { ...labels };
    labels.sharingHeading = 'Mit Käufern teilen';
    labels.sharingStatusLive = 'Aktiv';
    labels.sharingCreateNone = 'Links erstellen';
    try {
      const element = mount();
      expect(root(element).querySelector('h3')?.textContent).toBe('Mit Käufern teilen');
      expect(root(element).querySelector('li[data-share] [data-id="status"]')?.textContent).toBe('Aktiv');
      expect(button(root(element), 'Links erstellen')).toBeTruthy();
    } finally {
      Object.assign(labels, saved);
    }
  });
});
