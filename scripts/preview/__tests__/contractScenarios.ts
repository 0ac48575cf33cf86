/**
 * The shared contract scenarios (staticresources/PlanContractScenarios.resource) for Node: their
 * types, the data set built on a local org, requests with symbolic keys resolved, and responses
 * matched against the expected shapes. PlanContract_Tests.cls does the same in Apex.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, type LocalOrg } from '../../localorg/index.ts';

export const SCENARIOS_FILE = path.join(
  PROJECT_ROOT,
  'force-app/main/default/staticresources/PlanContractScenarios.resource'
);

export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

export interface ScenarioData {
  users: { key: string; lastName: string }[];
  accounts: { key: string; name: string }[];
  contacts: { key: string; account: string; firstName: string; lastName: string }[];
  opportunities: {
    key: string;
    account: string;
    name: string;
    contactRoles: { contact: string; role: string; isPrimary: boolean }[];
  }[];
  plans: { key: string; opportunity: string; name: string; status: string; createdDaysAgo: number }[];
  stakeholders: { key: string; plan: string; name: string; side: string; contact: string | null }[];
  steps: {
    key: string;
    plan: string;
    title: string;
    side: string;
    dueInDays: number | null;
    sortOrder: number;
    dependsOn?: string;
    owner?: string;
  }[];
  templates: {
    key: string;
    externalId: string;
    name: string;
    active: boolean;
    steps: {
      externalId: string;
      title: string;
      side: string;
      offsetDays: number;
      dependsOnKey: string | null;
      sortOrder: number;
    }[];
  }[];
}

export type ContractMethod = 'getPlan' | 'savePlan' | 'getTemplates' | 'searchPeople';

export interface Expectation {
  response?: Json;
  error?: { key: string; args: string[] };
  /** A getPlan after the call, and what it shows (what was, or was not, written). */
  after?: { recordId: string; response: Json };
}

export interface Scenario {
  name: string;
  method: ContractMethod;
  /** Plans, steps or stakeholders deleted after the request is resolved, before it is sent. */
  deleteFirst?: string[];
  request: JsonObject;
  expect: Expectation;
}

export interface ScenarioFile {
  shapes: Record<string, JsonObject>;
  data: ScenarioData;
  scenarios: Scenario[];
}

export function readScenarios(file = SCENARIOS_FILE): ScenarioFile {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ScenarioFile;
}

const DAY = 86_400_000;

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Symbolic key → record Id, and each key's object, after building the data set. */
export interface BuiltData {
  ids: Map<string, string>;
  objects: Map<string, string>;
}

/**
 * Builds the data set on a local org as its admin (the running user of the bridge), plans created
 * in createdDaysAgo order, a minute apart, so "newest" means what the data says.
 */
export function buildData(org: LocalOrg, data: ScenarioData, today: string): BuiltData {
  const ids = new Map<string, string>();
  const objects = new Map<string, string>();
  const insert = (object: string, key: string, fields: Record<string, unknown>) => {
    ids.set(key, org.store.insert(object, fields));
    objects.set(key, object);
  };
  const fail = (key: string): never => {
    throw new Error(`the scenario data names an unknown key ${key}`);
  };
  const id = (key: string | null | undefined) => (key ? (ids.get(key) ?? fail(key)) : null);
  const dayFrom = (days: number | null) =>
    days === null ? null : new Date(Date.parse(today) + days * DAY).toISOString().slice(0, 10);
  for (const user of data.users)
    insert('User', user.key, {
      FirstName: 'Plan',
      LastName: user.lastName,
      Username: `${user.lastName.toLowerCase()}@example.com`,
      Email: `${user.lastName.toLowerCase()}@example.com`,
      Alias: user.lastName.slice(0, 8).toLowerCase(),
      IsActive: true,
      UserType: 'Standard'
    });
  for (const account of data.accounts) insert('Account', account.key, { Name: account.name });
  for (const contact of data.contacts)
    insert('Contact', contact.key, {
      AccountId: id(contact.account),
      FirstName: contact.firstName,
      LastName: contact.lastName,
      Title: 'VP Operations'
    });
  for (const opportunity of data.opportunities) {
    insert('Opportunity', opportunity.key, {
      Name: opportunity.name,
      AccountId: id(opportunity.account),
      StageName: 'Prospecting',
      CloseDate: dayFrom(60),
      Amount: 50000
    });
    for (const role of opportunity.contactRoles)
      org.store.insert('OpportunityContactRole', {
        OpportunityId: id(opportunity.key),
        ContactId: id(role.contact),
        Role: role.role,
        IsPrimary: role.isPrimary
      });
  }
  for (const plan of [...data.plans].sort((a, b) => b.createdDaysAgo - a.createdDaysAgo)) {
    insert('Mutual_Action_Plan__c', plan.key, {
      Name: plan.name,
      Opportunity__c: id(plan.opportunity),
      Status__c: plan.status,
      Plan_Type__c: 'Sales'
    });
    org.clock.advance(60_000);
  }
  for (const holder of data.stakeholders)
    insert('Plan_Stakeholder__c', holder.key, {
      Plan__c: id(holder.plan),
      Name: holder.name,
      Side__c: holder.side,
      Contact__c: id(holder.contact),
      Stance__c: 'Supporter'
    });
  for (const step of data.steps)
    insert('Plan_Step__c', step.key, {
      Plan__c: id(step.plan),
      Name: step.title,
      Side__c: step.side,
      Due_Date__c: dayFrom(step.dueInDays),
      Status__c: 'Not Started',
      Sort_Order__c: step.sortOrder,
      Owner__c: id(step.owner)
    });
  for (const step of data.steps)
    if (step.dependsOn)
      org.store.update('Plan_Step__c', id(step.key) ?? '', { Depends_On__c: id(step.dependsOn) });
  for (const template of data.templates) {
    insert('Plan_Template__c', template.key, {
      Name: template.name,
      External_Id__c: template.externalId,
      Plan_Type__c: 'Sales',
      Is_Active__c: template.active
    });
    for (const step of template.steps)
      org.store.insert('Plan_Template_Step__c', {
        Template__c: id(template.key),
        Name: step.title,
        External_Id__c: step.externalId,
        Side__c: step.side,
        Offset_Days__c: step.offsetDays,
        Depends_On_Key__c: step.dependsOnKey,
        Sort_Order__c: step.sortOrder
      });
  }
  return { ids, objects };
}

/** What resolving a request needs from the side under test. */
export interface Resolver {
  ids: Map<string, string>;
  shapes: Record<string, JsonObject>;
  today: string;
  /** The DTO of a plan, step or stakeholder as getPlan shows it. */
  view(key: string): Promise<JsonObject>;
}

/**
 * A request with its notation resolved: "@key" → Id; {"$new": shape, …} → the shape with the fields
 * given; {"$view": key, …} → the row as getPlan shows it with the fields given; "dueInDays" → dueDate
 * that many days from today; an array element {"$repeat": n, "of": x} → n copies of x.
 */
export async function resolve(value: Json, resolver: Resolver): Promise<Json> {
  if (typeof value === 'string' && value.startsWith('@')) {
    const id = resolver.ids.get(value.slice(1));
    if (!id) throw new Error(`unknown key ${value}`);
    return id;
  }
  if (Array.isArray(value)) {
    const out: Json[] = [];
    for (const item of value) {
      if (isObject(item) && typeof item.$repeat === 'number') {
        const one = await resolve(item.of ?? null, resolver);
        for (let i = 0; i < item.$repeat; i++) out.push(one);
      } else out.push(await resolve(item, resolver));
    }
    return out;
  }
  if (!isObject(value)) return value;
  let base: JsonObject = {};
  if (typeof value.$new === 'string') base = { ...resolver.shapes[value.$new] };
  if (typeof value.$view === 'string') base = { ...(await resolver.view(value.$view)) };
  const out: JsonObject = base;
  for (const [name, field] of Object.entries(value)) {
    if (name === '$new' || name === '$view') continue;
    if (name === 'dueInDays') {
      out.dueDate =
        typeof field === 'number'
          ? new Date(Date.parse(resolver.today) + field * DAY).toISOString().slice(0, 10)
          : null;
      continue;
    }
    out[name] = await resolve(field, resolver);
  }
  return out;
}

/**
 * Where an actual response differs from the expected shape, as readable lines (none: it matches).
 * Objects match on the fields named; arrays element by element, same length; "@key" is that Id;
 * {"$count": n} an array of n; {"$present": true} any non-null value; {"$sameAs": field} the value
 * of a sibling field; {"$stepTitled"|"$stakeholderNamed": text} the Id of that row of the response.
 */
export function mismatches(expected: Json, actual: Json | undefined, ids: Map<string, string>): string[] {
  const root = actual;
  const problems: string[] = [];
  const rowId = (list: string, field: string, text: Json): Json => {
    const rows = isObject(root) && Array.isArray(root[list]) ? root[list] : [];
    const row = rows.find((r) => isObject(r) && r[field] === text);
    return isObject(row) ? (row.id ?? null) : `(no ${list} row with ${field} ${JSON.stringify(text)})`;
  };
  const walk = (want: Json, got: Json | undefined, parent: JsonObject | null, where: string): void => {
    const value = got ?? null;
    if (typeof want === 'string' && want.startsWith('@')) {
      const id = ids.get(want.slice(1));
      if (value !== id) problems.push(`${where}: expected ${want} (${id}), got ${JSON.stringify(value)}`);
      return;
    }
    if (Array.isArray(want)) {
      if (!Array.isArray(value)) {
        problems.push(`${where}: expected a list, got ${JSON.stringify(value)}`);
        return;
      }
      if (value.length !== want.length)
        problems.push(`${where}: expected ${want.length} rows, got ${value.length}`);
      want.forEach((item, i) => walk(item, value[i], null, `${where}[${i}]`));
      return;
    }
    if (isObject(want)) {
      if ('$count' in want) {
        const size = Array.isArray(value) ? value.length : null;
        if (size !== want.$count)
          problems.push(`${where}: expected ${JSON.stringify(want.$count)} rows, got ${size}`);
        return;
      }
      if ('$present' in want) {
        if (value === null) problems.push(`${where}: expected a value, got null`);
        return;
      }
      if ('$sameAs' in want) {
        const other = parent && typeof want.$sameAs === 'string' ? (parent[want.$sameAs] ?? null) : null;
        if (value !== other)
          problems.push(`${where}: expected ${JSON.stringify(other)}, got ${JSON.stringify(value)}`);
        return;
      }
      if ('$stepTitled' in want || '$stakeholderNamed' in want) {
        const id =
          '$stepTitled' in want
            ? rowId('steps', 'title', want.$stepTitled ?? null)
            : rowId('stakeholders', 'name', want.$stakeholderNamed ?? null);
        if (value !== id)
          problems.push(`${where}: expected ${JSON.stringify(id)}, got ${JSON.stringify(value)}`);
        return;
      }
      if (!isObject(value)) {
        problems.push(`${where}: expected an object, got ${JSON.stringify(value)}`);
        return;
      }
      for (const [name, field] of Object.entries(want)) walk(field, value[name], value, `${where}.${name}`);
      return;
    }
    if (value !== want)
      problems.push(`${where}: expected ${JSON.stringify(want)}, got ${JSON.stringify(value)}`);
  };
  walk(expected, actual, null, 'response');
  return problems;
}
