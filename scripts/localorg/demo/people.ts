import type { DemoContext, Row } from './context.ts';
import {
  BUYING_COMMITTEE,
  COMPANY_FIRST,
  COMPANY_INDUSTRY,
  COMPANY_SECOND,
  FIRST_NAMES,
  LAST_NAMES,
  SELLER_TITLES
} from './names.ts';

/** A seller (User). */
export interface DemoUser {
  id: string;
  name: string;
  title: string;
}

/** A buyer (Contact) with the role they play on the account's deals. */
export interface DemoContact {
  id: string;
  name: string;
  title: string;
  role: string;
  email: string;
}

export interface DemoAccount {
  id: string;
  name: string;
  contacts: DemoContact[];
}

/** The sellers: User rows, titles cycling through the sales team's. */
export function makeUsers(ctx: DemoContext, count: number): { users: DemoUser[]; rows: Row[] } {
  const users: DemoUser[] = [];
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const first = ctx.rnd.pick(FIRST_NAMES);
    const last = ctx.rnd.pick(LAST_NAMES);
    const id = ctx.ids('User');
    const title = SELLER_TITLES[i % SELLER_TITLES.length];
    users.push({ id, name: `${first} ${last}`, title });
    const email = `${first}.${last}.${i}@seller.example`.toLowerCase().replace(/[^a-z0-9.@]/g, '');
    rows.push({
      Id: id,
      FirstName: first,
      LastName: last,
      Name: `${first} ${last}`,
      Username: email,
      Email: email,
      Alias: `${first.slice(0, 1)}${last.slice(0, 4)}`.toLowerCase(),
      Title: title,
      IsActive: 1,
      UserType: 'Standard',
      TimeZoneSidKey: 'GMT',
      LanguageLocaleKey: 'en_US',
      LocaleSidKey: 'en_US',
      ...ctx.stamp(400)
    });
  }
  return { users, rows };
}

/** One account with its buying committee (`contactsPer` contacts, roles in BUYING_COMMITTEE order). */
export function makeAccount(
  ctx: DemoContext,
  index: number,
  total: number,
  contactsPer: number,
  users: readonly DemoUser[]
): { account: DemoAccount; accountRow: Row; contactRows: Row[] } {
  const { rnd } = ctx;
  const a = rnd.pick(COMPANY_FIRST);
  const b = rnd.pick(COMPANY_SECOND);
  const name = total > COMPANY_FIRST.length * COMPANY_SECOND.length ? `${a} ${b} ${index + 1}` : `${a} ${b}`;
  const id = ctx.ids('Account');
  const accountRow: Row = {
    Id: id,
    Name: name,
    Industry: COMPANY_INDUSTRY[b] ?? null,
    Website: `https://www.${a.toLowerCase()}${b.toLowerCase()}.example`,
    OwnerId: rnd.pick(users).id,
    ...ctx.stamp(300)
  };
  const contacts: DemoContact[] = [];
  const contactRows: Row[] = [];
  for (let c = 0; c < contactsPer; c++) {
    const first = rnd.pick(FIRST_NAMES);
    const last = rnd.pick(LAST_NAMES);
    const [title, role] = BUYING_COMMITTEE[c % BUYING_COMMITTEE.length];
    const cid = ctx.ids('Contact');
    const email = `${first}.${last}@${a}${b}.example`.toLowerCase().replace(/[^a-z0-9.@]/g, '');
    contacts.push({ id: cid, name: `${first} ${last}`, title, role, email });
    contactRows.push({
      Id: cid,
      FirstName: first,
      LastName: last,
      Name: `${first} ${last}`,
      Title: title,
      Email: email,
      AccountId: id,
      OwnerId: rnd.pick(users).id,
      ...ctx.stamp(250)
    });
  }
  return { account: { id, name, contacts }, accountRow, contactRows };
}
