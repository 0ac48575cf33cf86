import { fromDay, toDay } from '../../planEngine.ts';
import { stamper, type DemoContext, type IdSource, type Row } from './context.ts';
import { makeContactRoles } from './contactRoles.ts';
import { advancePlan, type PlanHistory } from './history.ts';
import { makeOpportunity, type DemoOpportunity } from './opportunities.ts';
import type { DemoOptions } from './options.ts';
import { BUYING_COMMITTEE } from './names.ts';
import { makeAccount, makeUsers, type DemoAccount, type DemoUser } from './people.ts';
import { choosePlan, planRow, type PlanSetup } from './plans.ts';
import { DemoRandom } from './random.ts';
import { mapStakeholders, stakeholderRow, staffRoles } from './stakeholders.ts';
import { stepRow, templatePlan, type AppliedTemplate } from './steps.ts';
import { loadTemplates, templateRows, type DemoTemplate } from './templates.ts';

/** One plan with everything that shaped it (what a test replays) and its rows. */
export interface DemoPlan {
  setup: PlanSetup;
  opportunity: DemoOpportunity;
  applied: AppliedTemplate[];
  history: PlanHistory;
  plan: Row;
  stakeholders: Row[];
  steps: Row[];
}

/** The records of `batchSize` opportunities. */
export interface DemoBatch {
  opportunities: Row[];
  contactRoles: Row[];
  plans: DemoPlan[];
  done: number;
}

/** The records made once: sellers, templates, accounts and their contacts. */
export interface DemoBase {
  users: Row[];
  templates: Row[];
  templateSteps: Row[];
  accounts: Row[];
  contacts: Row[];
}

export interface DemoRun {
  base: DemoBase;
  /** The opportunities with their plans, batch by batch (memory stays bounded at any size). */
  batches: Generator<DemoBatch>;
}

export interface DemoSource {
  ids: IdSource;
  /** The org clock's now (audit stamps count back from it). */
  nowIso: string;
  /** The Id of a template already in the org with this External_Id__c (not inserted again). */
  existingTemplate?: (externalId: string) => string | undefined;
}

function* planBatches(
  ctx: DemoContext,
  options: DemoOptions,
  templates: readonly DemoTemplate[],
  templateIds: ReadonlyMap<string, string>,
  accounts: readonly DemoAccount[],
  users: readonly DemoUser[]
): Generator<DemoBatch> {
  const total = options.opportunities;
  const size = options.batchSize ?? 1000;
  const planShare = options.planShare ?? 0.85;
  const usersByTitle = new Map<string, DemoUser[]>();
  for (const user of users) usersByTitle.set(user.title, [...(usersByTitle.get(user.title) ?? []), user]);
  for (let start = 0; start < total; start += size) {
    const batch: DemoBatch = {
      opportunities: [],
      contactRoles: [],
      plans: [],
      done: Math.min(total, start + size)
    };
    for (let i = start; i < batch.done; i++) {
      const account = accounts[i % accounts.length];
      const { opportunity, row } = makeOpportunity(ctx, i, account, users);
      batch.opportunities.push(row);
      const roles = makeContactRoles(ctx, opportunity, account.contacts);
      batch.contactRoles.push(...roles.rows);
      const setup = choosePlan(ctx, opportunity, templates, planShare, options.stepsPerPlan);
      if (!setup) continue;
      const made = templatePlan(ctx, setup, opportunity, roles.people);
      const history = advancePlan(ctx, setup, made.steps, opportunity.closeDay);
      let stakeholders = made.stakeholders;
      let steps = history.steps;
      if (setup.status !== 'Draft') {
        const ownerRoles = made.extras.map((e) => e.ownerRole);
        const staffed = staffRoles(
          ctx,
          steps,
          ownerRoles,
          stakeholders,
          account.contacts,
          users,
          usersByTitle,
          opportunity
        );
        stakeholders = mapStakeholders(ctx, [...stakeholders, ...staffed.added]);
        const committed = setup.keeping === 'kept' ? 0.9 : 0.6;
        steps = steps.map((s, k) => ({
          ...s,
          ownerId: staffed.owners.get(k) ?? s.ownerId,
          commitment: s.side !== 'Seller' && ctx.rnd.chance(committed) ? 'Committed' : 'Asked'
        }));
      }
      const createdAgo = ctx.todayDay - setup.createdDay;
      batch.plans.push({
        setup,
        opportunity,
        applied: made.applied,
        history,
        plan: planRow(ctx, setup, opportunity, templateIds, history.lastTouchDay),
        stakeholders: stakeholders.map((s) => stakeholderRow(ctx, s, setup.id, createdAgo)),
        steps: steps.map((s, k) => stepRow(ctx, s, made.extras[k], setup.createdDay, history.touched[k]))
      });
    }
    yield batch;
  }
}

/**
 * The demo data as records, deterministic for a seed: sellers, the templates (as seed-templates
 * writes them), accounts with their buying committees, then opportunities across the stages with
 * their contact roles and plans made from the templates and moved forward to today.
 */
export function demoRecords(options: DemoOptions, source: DemoSource, defaultToday: string): DemoRun {
  const today = options.today ?? defaultToday;
  const ctx: DemoContext = {
    rnd: new DemoRandom(options.seed ?? 42),
    ids: source.ids,
    todayDay: toDay(today),
    stamp: stamper(source.nowIso)
  };
  if (fromDay(ctx.todayDay) !== today)
    throw new Error(`Demo data: today ${today} is not a date (YYYY-MM-DD).`);
  const templates = options.templates?.length ? options.templates : loadTemplates();
  const total = options.opportunities;
  const { users, rows: userRows } = makeUsers(ctx, options.users ?? Math.max(5, Math.ceil(total / 250)));
  const base: DemoBase = { users: userRows, templates: [], templateSteps: [], accounts: [], contacts: [] };
  const templateIds = new Map<string, string>();
  for (const template of templates) {
    const existing = source.existingTemplate?.(template.externalId);
    if (existing) {
      templateIds.set(template.externalId, existing);
      continue;
    }
    if (options.insertTemplates === false) continue;
    const rows = templateRows(template, ctx.ids('Plan_Template__c'));
    templateIds.set(template.externalId, String(rows.template.Id));
    base.templates.push({ ...rows.template, ...ctx.stamp(200) });
    base.templateSteps.push(...rows.steps.map((row) => ({ ...row, ...ctx.stamp(200) })));
  }
  const accountTotal = options.accounts ?? Math.max(1, Math.ceil(total / 2));
  const contactsPer = options.contactsPerAccount ?? BUYING_COMMITTEE.length;
  const accounts: DemoAccount[] = [];
  for (let i = 0; i < accountTotal; i++) {
    const made = makeAccount(ctx, i, accountTotal, contactsPer, users);
    accounts.push(made.account);
    base.accounts.push(made.accountRow);
    base.contacts.push(...made.contactRows);
  }
  return { base, batches: planBatches(ctx, options, templates, templateIds, accounts, users) };
}
