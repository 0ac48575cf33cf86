import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { prng } from './faults.ts';
import { OPPORTUNITY_STAGES, STAGE_PROBABILITY } from './standardObjects.ts';
import type { Store } from './store.ts';
import type { SqlValue } from './values.ts';

/** A plan template as the project's templates/*.json hold it (the fields the generator uses). */
export interface DemoTemplateStep {
  key: string;
  title: string;
  side: 'Buyer' | 'Seller' | 'Joint';
  ownerRole?: string;
  phase?: string;
  offsetDays: number;
  durationDays?: number;
  lagDays?: number;
  dependsOn?: string | null;
  milestone?: boolean;
  visibility?: 'Shared' | 'Internal';
  deliverable?: string;
  description?: string;
}

export interface DemoTemplate {
  externalId: string;
  name: string;
  planType: 'Sales' | 'Onboarding' | 'Renewal';
  description?: string;
  active?: boolean;
  steps: DemoTemplateStep[];
}

export interface DemoOptions {
  /** Same seed, same data (default 42). */
  seed?: number;
  opportunities: number;
  /** Default: opportunities / 2 (at least 1). */
  accounts?: number;
  /** Sellers; default: max(5, opportunities / 250). */
  users?: number;
  contactsPerAccount?: number;
  /** Share of opportunities with a plan (default 0.85). */
  planShare?: number;
  /** Steps per plan; default: the chosen template's length. Templates are cycled to reach it. */
  stepsPerPlan?: number;
  /** Plan templates (default: templates/*.json when present, else the built-in set). */
  templates?: DemoTemplate[];
  /** Also create Plan_Template__c / Plan_Template_Step__c records (default true). */
  insertTemplates?: boolean;
  /** 'YYYY-MM-DD' (default: the org clock's today). */
  today?: string;
  /** Opportunities per transaction (default 1,000). */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface DemoSummary {
  counts: Record<string, number>;
  ms: number;
}

/** Presets: `small` for the preview and tests, `large` for scale tests (100,000 opportunities, 2,000,000 steps). */
export const DEMO_PRESETS: Record<'small' | 'large', DemoOptions> = {
  small: { opportunities: 60, planShare: 0.85 },
  large: { opportunities: 100_000, planShare: 1, stepsPerPlan: 20, users: 400, contactsPerAccount: 3 }
};

/** Built-in step titles, used when no template JSON is available. */
export const BUILTIN_TEMPLATES: DemoTemplate[] = [
  {
    externalId: 'builtin-sales',
    name: 'Standard Sales Plan',
    planType: 'Sales',
    steps: [
      {
        key: 'discovery',
        title: 'Discovery call with the champion',
        side: 'Joint',
        ownerRole: 'Account Executive',
        phase: 'Discovery',
        offsetDays: -75
      },
      {
        key: 'pain',
        title: 'Confirm business pain and success criteria',
        side: 'Buyer',
        ownerRole: 'Champion',
        phase: 'Discovery',
        offsetDays: 5,
        dependsOn: 'discovery'
      },
      {
        key: 'demo',
        title: 'Tailored demo for the evaluation team',
        side: 'Seller',
        ownerRole: 'Sales Engineer',
        phase: 'Evaluation',
        offsetDays: 7,
        dependsOn: 'pain'
      },
      {
        key: 'poc',
        title: 'Technical validation (proof of concept)',
        side: 'Joint',
        ownerRole: 'Technical Evaluator',
        phase: 'Technical Validation',
        offsetDays: 14,
        dependsOn: 'demo',
        milestone: true
      },
      {
        key: 'business-case',
        title: 'Business case reviewed with the economic buyer',
        side: 'Buyer',
        ownerRole: 'Economic Buyer',
        phase: 'Business Case',
        offsetDays: 7,
        dependsOn: 'poc'
      },
      {
        key: 'security',
        title: 'Security questionnaire returned',
        side: 'Seller',
        ownerRole: 'Sales Engineer',
        phase: 'Security and Legal',
        offsetDays: 5,
        dependsOn: 'business-case'
      },
      {
        key: 'legal',
        title: 'Contract redlines agreed',
        side: 'Buyer',
        ownerRole: 'Legal',
        phase: 'Security and Legal',
        offsetDays: 10,
        dependsOn: 'security'
      },
      {
        key: 'procurement',
        title: 'Vendor set up in procurement',
        side: 'Buyer',
        ownerRole: 'Procurement',
        phase: 'Procurement',
        offsetDays: 5,
        dependsOn: 'legal'
      },
      {
        key: 'signature',
        title: 'Order form signed',
        side: 'Buyer',
        ownerRole: 'Decision Maker',
        phase: 'Signature',
        offsetDays: 3,
        dependsOn: 'procurement',
        milestone: true
      },
      {
        key: 'kickoff',
        title: 'Implementation kick-off',
        side: 'Joint',
        ownerRole: 'Implementation Lead',
        phase: 'Onboarding',
        offsetDays: 7,
        dependsOn: 'signature'
      }
    ]
  }
];

/** Reads templates/*.json (the project's plan templates); [] when the folder is absent. */
export function loadTemplates(dir: string): DemoTemplate[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.includes('schema'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as DemoTemplate | null)
    .filter(
      (t): t is DemoTemplate =>
        t !== null && typeof t.externalId === 'string' && Array.isArray(t.steps) && t.steps.length > 0
    );
}

const FIRST = [
  'Ava',
  'Liam',
  'Maya',
  'Noah',
  'Zoe',
  'Ethan',
  'Priya',
  'Lucas',
  'Chloe',
  'Omar',
  'Hana',
  'Mateo',
  'Ines',
  'Kenji',
  'Sara',
  'Jonas',
  'Leila',
  'Diego',
  'Nora',
  'Felix',
  'Amara',
  'Tomas',
  'Elena',
  'Ravi'
];
const LAST = [
  'Chen',
  'Garcia',
  'Okafor',
  'Smith',
  'Novak',
  'Müller',
  'Rossi',
  'Tanaka',
  'Haddad',
  'Johansson',
  'Silva',
  'Kowalski',
  'Dubois',
  'Patel',
  'Nguyen',
  'Brown',
  'Costa',
  'Murphy',
  'Ivanova',
  'Larsen'
];
const CO_A = [
  'Northwind',
  'Bluepeak',
  'Granite',
  'Silverline',
  'Harbor',
  'Evergreen',
  'Lumen',
  'Cobalt',
  'Summit',
  'Redwood',
  'Brightwater',
  'Ironbridge',
  'Skylark',
  'Meridian',
  'Oakridge',
  'Polaris'
];
const CO_B = [
  'Logistics',
  'Health',
  'Financial',
  'Manufacturing',
  'Retail',
  'Energy',
  'Software',
  'Foods',
  'Insurance',
  'Telecom',
  'Biotech',
  'Media'
];
const INDUSTRY: Record<string, string> = {
  Logistics: 'Transportation',
  Health: 'Healthcare',
  Financial: 'Finance',
  Manufacturing: 'Manufacturing',
  Retail: 'Retail',
  Energy: 'Energy',
  Software: 'Technology',
  Foods: 'Food & Beverage',
  Insurance: 'Insurance',
  Telecom: 'Communications',
  Biotech: 'Biotechnology',
  Media: 'Media'
};
const BUYER_TITLES: [string, string][] = [
  ['VP Operations', 'Economic Buyer'],
  ['Director of IT', 'Technical Evaluator'],
  ['Operations Manager', 'Champion'],
  ['General Counsel', 'Legal'],
  ['Procurement Lead', 'Procurement'],
  ['CFO', 'Decision Maker'],
  ['Security Architect', 'Security']
];
const SELLER_TITLES = [
  'Account Executive',
  'Senior Account Executive',
  'Sales Engineer',
  'Customer Success Manager'
];
const OPEN_STAGES = OPPORTUNITY_STAGES.slice(0, 8);
const DAY = 86400000;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

interface ScheduledDemoStep {
  step: DemoTemplateStep;
  /** 0 for the template's own steps, 1 for its first repeat, … */
  round: number;
  key: string;
  depKey: string | null;
  dueDate: string;
}

/** Each step's due date, from the go-live date back through the dependencies; repeats past the template's length. */
function scheduleSteps(template: DemoTemplate, goLive: string, count: number): ScheduledDemoStep[] {
  const due = new Map<string, string>();
  const out: ScheduledDemoStep[] = [];
  for (let k = 0; k < count; k++) {
    const s = template.steps[k % template.steps.length];
    const round = Math.floor(k / template.steps.length);
    const key = round ? `${s.key}-${round + 1}` : s.key;
    const depKey = s.dependsOn ? (round ? `${s.dependsOn}-${round + 1}` : s.dependsOn) : null;
    const anchor = (depKey ? due.get(depKey) : undefined) ?? goLive;
    const dueDate = addDays(anchor, s.offsetDays + (s.lagDays ?? 0) + round * 3);
    due.set(key, dueDate);
    out.push({ step: s, round, key, depKey, dueDate });
  }
  return out;
}

const signatureLeads = new WeakMap<DemoTemplate, number>();

/** Days from the template's last Signature-phase step to its go-live date (0 without one). */
function signatureLead(template: DemoTemplate): number {
  let lead = signatureLeads.get(template);
  if (lead === undefined) {
    const origin = '2000-01-01';
    const scheduled = scheduleSteps(template, origin, template.steps.length);
    const signed = scheduled
      .filter(({ step }) => step.phase === 'Signature')
      .map(({ dueDate }) => dueDate)
      .sort();
    const last = signed.at(-1);
    lead = last ? Math.round((Date.parse(origin) - Date.parse(last)) / DAY) : 0;
    signatureLeads.set(template, lead);
  }
  return lead;
}

/**
 * Fills the org with realistic, deterministic data: users, accounts, contacts, opportunities
 * across stages (open and recently closed), contact roles, plan templates, plans with
 * stakeholders and steps (done, late and upcoming) scheduled from the templates.
 * Loads in SQL transactions with prepared statements; memory stays bounded at any size.
 */
export function generateDemoData(store: Store, options: DemoOptions): DemoSummary {
  const started = Date.now();
  const rnd = prng(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const today = options.today ?? store.clock.today();
  const nowIso = store.clock.now().toISOString();
  const oppTotal = options.opportunities;
  const accountTotal = options.accounts ?? Math.max(1, Math.ceil(oppTotal / 2));
  const userTotal = options.users ?? Math.max(5, Math.ceil(oppTotal / 250));
  const contactsPer = options.contactsPerAccount ?? 4;
  const planShare = options.planShare ?? 0.85;
  const templates = options.templates?.length ? options.templates : BUILTIN_TEMPLATES;
  const counts: Record<string, number> = {};
  const bump = (k: string, n: number) => (counts[k] = (counts[k] ?? 0) + n);
  const stamp = (daysAgo: number, modifiedDaysAgo = daysAgo) => {
    const created = new Date(Date.parse(nowIso) - daysAgo * DAY).toISOString();
    const modified = new Date(Date.parse(nowIso) - Math.min(daysAgo, modifiedDaysAgo) * DAY).toISOString();
    return { CreatedDate: created, LastModifiedDate: modified, SystemModstamp: modified };
  };

  // Users (sellers).
  const users: { id: string; name: string; title: string }[] = [];
  const userRows: Record<string, SqlValue>[] = [];
  for (let i = 0; i < userTotal; i++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    const id = store.nextId('User', false);
    const title = SELLER_TITLES[i % SELLER_TITLES.length];
    users.push({ id, name: `${first} ${last}`, title });
    const email = `${first}.${last}.${i}@seller.example`.toLowerCase().replace(/[^a-z0-9.@]/g, '');
    userRows.push({
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
      ...stamp(400)
    });
  }
  store.insertRaw('User', userRows);
  bump('User', userRows.length);

  // Templates.
  const templateIds = new Map<string, string>();
  if (options.insertTemplates ?? true) {
    const tRows: Record<string, SqlValue>[] = [];
    const sRows: Record<string, SqlValue>[] = [];
    for (const t of templates) {
      if (
        store
          .prepare('SELECT 1 FROM "Plan_Template__c" WHERE "External_Id__c" = ? AND "IsDeleted" = 0')
          .get(t.externalId)
      )
        continue;
      const id = store.nextId('Plan_Template__c', false);
      templateIds.set(t.externalId, id);
      tRows.push({
        Id: id,
        Name: t.name,
        External_Id__c: t.externalId,
        Plan_Type__c: t.planType,
        Description__c: t.description ?? null,
        Is_Active__c: t.active === false ? 0 : 1,
        OwnerId: store.adminUserId,
        ...stamp(200)
      });
      t.steps.forEach((s, i) =>
        sRows.push({
          Name: s.title.slice(0, 80),
          Template__c: id,
          External_Id__c: `${t.externalId}.${s.key}`,
          Side__c: s.side,
          Phase__c: s.phase ?? null,
          Visibility__c: s.visibility ?? 'Shared',
          Is_Milestone__c: s.milestone ? 1 : 0,
          Deliverable__c: s.deliverable ?? null,
          Owner_Role__c: s.ownerRole ?? null,
          Offset_Days__c: s.offsetDays,
          Duration_Days__c: s.durationDays ?? 1,
          Lag_Days__c: s.lagDays ?? 0,
          Depends_On_Key__c: s.dependsOn ? `${t.externalId}.${s.dependsOn}` : null,
          Description__c: s.description ?? null,
          Sort_Order__c: (i + 1) * 10,
          ...stamp(200)
        })
      );
    }
    store.insertRaw('Plan_Template__c', tRows);
    store.insertRaw('Plan_Template_Step__c', sRows);
    bump('Plan_Template__c', tRows.length);
    bump('Plan_Template_Step__c', sRows.length);
  }

  // Accounts and contacts.
  const accountContacts: { id: string; name: string; title: string; role: string; email: string }[][] = [];
  const accountIds: string[] = [];
  const accountNames: string[] = [];
  const aRows: Record<string, SqlValue>[] = [];
  const cRows: Record<string, SqlValue>[] = [];
  for (let i = 0; i < accountTotal; i++) {
    const a = pick(CO_A);
    const b = pick(CO_B);
    const name = accountTotal > CO_A.length * CO_B.length ? `${a} ${b} ${i + 1}` : `${a} ${b}`;
    const id = store.nextId('Account', false);
    accountIds.push(id);
    accountNames.push(name);
    aRows.push({
      Id: id,
      Name: name,
      Industry: INDUSTRY[b] ?? null,
      Website: `https://www.${a.toLowerCase()}${b.toLowerCase()}.example`,
      OwnerId: pick(users).id,
      ...stamp(300)
    });
    const contacts: { id: string; name: string; title: string; role: string; email: string }[] = [];
    for (let c = 0; c < contactsPer; c++) {
      const first = pick(FIRST);
      const last = pick(LAST);
      const [title, role] = BUYER_TITLES[c % BUYER_TITLES.length];
      const cid = store.nextId('Contact', false);
      const email = `${first}.${last}@${a}${b}.example`.toLowerCase().replace(/[^a-z0-9.@]/g, '');
      contacts.push({ id: cid, name: `${first} ${last}`, title, role, email });
      cRows.push({
        Id: cid,
        FirstName: first,
        LastName: last,
        Name: `${first} ${last}`,
        Title: title,
        Email: email,
        AccountId: id,
        OwnerId: pick(users).id,
        ...stamp(250)
      });
    }
    accountContacts.push(contacts);
  }
  store.insertRaw('Account', aRows);
  store.insertRaw('Contact', cRows);
  bump('Account', aRows.length);
  bump('Contact', cRows.length);

  // Opportunities with plans, in batches.
  const batch = options.batchSize ?? 1000;
  for (let start = 0; start < oppTotal; start += batch) {
    const opps: Record<string, SqlValue>[] = [];
    const ocrs: Record<string, SqlValue>[] = [];
    const plans: Record<string, SqlValue>[] = [];
    const holders: Record<string, SqlValue>[] = [];
    const steps: Record<string, SqlValue>[] = [];
    for (let i = start; i < Math.min(oppTotal, start + batch); i++) {
      const accountIndex = i % accountTotal;
      const accountId = accountIds[accountIndex];
      const contacts = accountContacts[accountIndex];
      const owner = pick(users);
      const r = rnd();
      const stage = r < 0.2 ? 'Closed Won' : r < 0.32 ? 'Closed Lost' : pick(OPEN_STAGES);
      const closed = stage === 'Closed Won' || stage === 'Closed Lost';
      const closeDate = closed ? addDays(today, -int(0, 60)) : addDays(today, int(-10, 150));
      const amount = Math.round((5000 + rnd() * rnd() * 400000) / 100) * 100;
      const oppId = store.nextId('Opportunity', false);
      const created = closed ? int(70, 240) : int(10, 180);
      opps.push({
        Id: oppId,
        Name: `${accountNames[accountIndex]} — ${pick(['Platform', 'Expansion', 'Pilot', 'Renewal', 'Enterprise rollout', 'Add-on'])} ${2026 + (i % 2)}`.slice(
          0,
          120
        ),
        AccountId: accountId,
        OwnerId: owner.id,
        StageName: stage,
        CloseDate: closeDate,
        Amount: amount,
        Probability: STAGE_PROBABILITY[stage] ?? null,
        NextStep: closed
          ? null
          : pick([
              'Send proposal',
              'Schedule security review',
              'Confirm budget',
              'Exec alignment call',
              null
            ]),
        ...stamp(created)
      });
      contacts.slice(0, Math.min(2, contacts.length)).forEach((c, k) =>
        ocrs.push({
          OpportunityId: oppId,
          ContactId: c.id,
          Role: k === 0 ? 'Economic Buyer' : 'Technical Buyer',
          IsPrimary: k === 0 ? 1 : 0,
          ...stamp(created)
        })
      );
      if (rnd() >= planShare) continue;
      const template =
        stage === 'Closed Won' && rnd() < 0.3
          ? (templates.find((t) => t.planType === 'Onboarding') ?? templates[0])
          : amount > 150000
            ? (templates.find((t) => t.steps.length >= 15) ?? templates[0])
            : pick(
                templates.filter((t) => t.planType === 'Sales').length
                  ? templates.filter((t) => t.planType === 'Sales')
                  : templates
              );
      const status =
        stage === 'Closed Lost'
          ? 'Abandoned'
          : stage === 'Closed Won'
            ? rnd() < 0.6
              ? 'Completed'
              : 'Active'
            : rnd() < 0.85
              ? 'Active'
              : 'Draft';
      // How the team keeps the plan, as a real pipeline has it: most plans are worked every week,
      // some slip by a few days, a few are stalled (see docs/local-org.md, "Demo data").
      const roll = rnd();
      const keeping: 'kept' | 'slipping' | 'stalled' =
        roll < 0.55 ? 'kept' : roll < 0.85 ? 'slipping' : 'stalled';
      // A kept plan signs by the close date; a slipping or stalled one may sign up to two weeks late.
      const signatureSlip = keeping === 'kept' ? -int(0, 5) : int(-3, 14);
      const goLive =
        template.planType === 'Onboarding'
          ? addDays(closeDate, 60)
          : addDays(closeDate, signatureLead(template) + signatureSlip);
      const touched = keeping === 'kept' ? int(0, 6) : keeping === 'slipping' ? int(2, 12) : int(25, 60);
      const planId = store.nextId('Mutual_Action_Plan__c', false);
      plans.push({
        Id: planId,
        Name: `${accountNames[accountIndex]} — ${template.name}`.slice(0, 80),
        Opportunity__c: oppId,
        Status__c: status,
        Plan_Type__c: template.planType,
        Objective__c: `Go live by ${goLive} with measurable time savings for the operations team.`,
        Success_Criteria__c: 'Adoption above 80% of licensed users within 90 days; cycle time down 20%.',
        Go_Live_Date__c: goLive,
        Template__c: templateIds.get(template.externalId) ?? null,
        ...stamp(Math.max(1, created - 5), touched)
      });
      // Stakeholders: buyer contacts and the seller team.
      const byRole = new Map<string, string>();
      const buyerIds: string[] = [];
      const sellerIds: string[] = [];
      for (const c of contacts.slice(0, Math.min(contacts.length, int(2, 4)))) {
        const id = store.nextId('Plan_Stakeholder__c', false);
        byRole.set(c.role, id);
        buyerIds.push(id);
        holders.push({
          Id: id,
          Name: c.name,
          Plan__c: planId,
          Side__c: 'Buyer',
          Contact__c: c.id,
          Role__c: c.role,
          Influence__c: pick(['High', 'Medium', 'Low']),
          Stance__c: pick(['Champion', 'Supporter', 'Neutral', 'Skeptic', 'Unknown']),
          Title__c: c.title,
          Email__c: c.email,
          Is_Signer__c: c.role === 'Decision Maker' || c.role === 'Economic Buyer' ? 1 : 0,
          Can_Veto__c: c.role === 'Legal' || c.role === 'Economic Buyer' ? 1 : 0,
          ...stamp(created)
        });
      }
      for (const [u, role] of [
        [owner, 'Account Executive'],
        [pick(users), 'Sales Engineer']
      ] as const) {
        const id = store.nextId('Plan_Stakeholder__c', false);
        byRole.set(role, id);
        sellerIds.push(id);
        holders.push({
          Id: id,
          Name: u.name,
          Plan__c: planId,
          Side__c: 'Seller',
          User__c: u.id,
          Role__c: role,
          Influence__c: 'Medium',
          Stance__c: 'Champion',
          Title__c: u.title,
          Is_Signer__c: 0,
          Can_Veto__c: 0,
          ...stamp(created)
        });
      }
      // Steps, scheduled from the go-live date through their dependencies.
      const count = options.stepsPerPlan ?? template.steps.length;
      const schedule = scheduleSteps(template, goLive, count);
      const idsByKey = new Map<string, string>();
      for (const [k, { step: s, round, key, depKey, dueDate }] of schedule.entries()) {
        const id = store.nextId('Plan_Step__c', false);
        idsByKey.set(key, id);
        const past = dueDate < today;
        let st: string;
        let completed: string | null = null;
        if (status === 'Completed') st = rnd() < 0.9 ? 'Done' : 'Skipped';
        else if (status === 'Draft') st = 'Not Started';
        else if (past && keeping === 'kept') st = 'Done';
        else if (past && keeping === 'slipping')
          st = dueDate < addDays(today, -6) || rnd() < 0.5 ? 'Done' : 'In Progress';
        else if (past) st = rnd() < 0.78 ? 'Done' : pick(['Not Started', 'In Progress', 'Blocked']);
        else st = rnd() < 0.15 ? 'In Progress' : rnd() < 0.05 ? 'Done' : 'Not Started';
        if (st === 'Done') {
          const c = addDays(dueDate, int(-3, 2));
          completed = c > today ? today : c;
        }
        const slip = rnd() < 0.2 ? int(1, 14) : 0;
        const ownerId =
          byRole.get(s.ownerRole ?? '') ??
          (s.side === 'Buyer' ? buyerIds.at(k % buyerIds.length) : sellerIds.at(k % sellerIds.length)) ??
          null;
        steps.push({
          Id: id,
          Name: (round ? `${s.title} (${round + 1})` : s.title).slice(0, 80),
          Plan__c: planId,
          Side__c: s.side,
          Owner__c: ownerId,
          Due_Date__c: dueDate,
          Baseline_Date__c: addDays(dueDate, -slip),
          Status__c: st,
          Completed_Date__c: completed,
          Is_Milestone__c: s.milestone ? 1 : 0,
          Phase__c: s.phase ?? null,
          Deliverable__c: s.deliverable ?? null,
          Depends_On__c: depKey ? (idsByKey.get(depKey) ?? null) : null,
          Lag_Days__c: s.lagDays ?? 0,
          Duration_Days__c: s.durationDays ?? 1,
          Buyer_Committed__c: s.side !== 'Seller' && rnd() < (keeping === 'kept' ? 0.9 : 0.6) ? 1 : 0,
          Visibility__c: s.visibility ?? 'Shared',
          Sort_Order__c: (k + 1) * 10,
          Template_Step_Key__c: `${template.externalId}.${s.key}`,
          ...stamp(Math.max(0, created - 6), touched)
        });
      }
    }
    store.atomic(() => {
      store.insertRaw('Opportunity', opps);
      store.insertRaw('OpportunityContactRole', ocrs);
      store.insertRaw('Mutual_Action_Plan__c', plans);
      store.insertRaw('Plan_Stakeholder__c', holders);
      store.insertRaw('Plan_Step__c', steps);
    });
    bump('Opportunity', opps.length);
    bump('OpportunityContactRole', ocrs.length);
    bump('Mutual_Action_Plan__c', plans.length);
    bump('Plan_Stakeholder__c', holders.length);
    bump('Plan_Step__c', steps.length);
    options.onProgress?.(Math.min(oppTotal, start + batch), oppTotal);
  }
  store.persistCounters();
  return { counts, ms: Date.now() - started };
}
