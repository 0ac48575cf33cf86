import { fromDay, type PlanStatus } from '../../planEngine.ts';
import type { DemoContext, Row } from './context.ts';
import type { DemoOpportunity } from './opportunities.ts';
import { signatureLead, templateSpecs, type DemoTemplate } from './templates.ts';

/** How the team keeps the plan: most are worked every week, some slip, a few stall. */
export type Keeping = 'kept' | 'slipping' | 'stalled';

/** A plan before its steps: what it was made from, where it ends up, and how it is kept. */
export interface PlanSetup {
  id: string;
  name: string;
  /** The templates applied at creation, in order (the first one names the plan). */
  templates: DemoTemplate[];
  /** How many steps to keep (the last template's extra steps are removed). */
  stepCount: number;
  status: PlanStatus;
  keeping: Keeping;
  goLiveDay: number;
  createdDay: number;
}

function byType(templates: readonly DemoTemplate[], type: string): DemoTemplate[] {
  return templates.filter((t) => t.planType === type);
}

/** The template a rep would pick for the deal. */
function templateFor(
  ctx: DemoContext,
  opportunity: DemoOpportunity,
  templates: readonly DemoTemplate[]
): DemoTemplate {
  const { rnd } = ctx;
  const onboarding = byType(templates, 'Onboarding');
  const renewal = byType(templates, 'Renewal');
  const sales = byType(templates, 'Sales');
  if (opportunity.isWon && onboarding.length > 0 && rnd.chance(0.3)) return rnd.pick(onboarding);
  if (opportunity.kind === 'Renewal' && renewal.length > 0) return rnd.pick(renewal);
  const pool = sales.length > 0 ? sales : templates;
  if (opportunity.amount > 150000) {
    const longest = pool.reduce((a, b) => (b.steps.length > a.steps.length ? b : a));
    return longest;
  }
  return rnd.pick(pool);
}

/** The templates applied to reach `count` steps: the chosen one, then the others in file order, repeated as needed. */
function templatesFor(
  first: DemoTemplate,
  templates: readonly DemoTemplate[],
  count: number
): DemoTemplate[] {
  const rest = templates.filter((t) => t !== first);
  const chain = [first];
  let steps = first.steps.length;
  for (let k = 0; steps < count; k++) {
    const next = rest.length > 0 ? rest[k % rest.length] : first;
    chain.push(next);
    steps += next.steps.length;
  }
  return chain;
}

/**
 * Whether the opportunity has a plan (`planShare` of them do), and if so its setup: closed-lost
 * deals' plans are Abandoned, most closed-won ones Completed, most open ones Active, some Draft.
 */
export function choosePlan(
  ctx: DemoContext,
  opportunity: DemoOpportunity,
  templates: readonly DemoTemplate[],
  planShare: number,
  stepsPerPlan: number | undefined
): PlanSetup | null {
  const { rnd, todayDay } = ctx;
  if (rnd.next() >= planShare) return null;
  const template = templateFor(ctx, opportunity, templates);
  const status: PlanStatus =
    opportunity.stageName === 'Closed Lost'
      ? 'Abandoned'
      : opportunity.isWon
        ? rnd.chance(0.6)
          ? 'Completed'
          : 'Active'
        : rnd.chance(0.85)
          ? 'Active'
          : 'Draft';
  const roll = rnd.next();
  const keeping: Keeping = roll < 0.55 ? 'kept' : roll < 0.85 ? 'slipping' : 'stalled';
  // A kept plan signs by the close date; a slipping or stalled one up to two weeks after it.
  const signatureSlip = keeping === 'kept' ? -rnd.int(0, 5) : rnd.int(-3, 14);
  const goLiveDay =
    template.planType === 'Onboarding'
      ? opportunity.closeDay + 60
      : opportunity.closeDay + signatureLead(template) + signatureSlip;
  const stepCount = stepsPerPlan ?? templateSpecs(template).length;
  return {
    id: ctx.ids('Mutual_Action_Plan__c'),
    name: `${opportunity.accountName} — ${template.name}`.slice(0, 80),
    templates: templatesFor(template, templates, stepCount),
    stepCount,
    status,
    keeping,
    goLiveDay,
    createdDay: todayDay - Math.max(1, opportunity.createdDaysAgo - 5)
  };
}

const ABANDON_REASONS = [
  'The buyer chose another vendor.',
  'Budget was cut for this fiscal year.',
  'The project was put on hold by the buyer.'
];

/** The Mutual_Action_Plan__c row, last modified on `lastTouchDay`. */
export function planRow(
  ctx: DemoContext,
  setup: PlanSetup,
  opportunity: DemoOpportunity,
  templateIds: ReadonlyMap<string, string>,
  lastTouchDay: number
): Row {
  const goLive = fromDay(setup.goLiveDay);
  return {
    Id: setup.id,
    Name: setup.name,
    Opportunity__c: opportunity.id,
    Status__c: setup.status,
    Plan_Type__c: setup.templates[0].planType,
    Objective__c: `Go live by ${goLive} with measurable time savings for the operations team.`,
    Success_Criteria__c: 'Adoption above 80% of licensed users within 90 days; cycle time down 20%.',
    Go_Live_Date__c: goLive,
    Template__c: templateIds.get(setup.templates[0].externalId) ?? null,
    Abandon_Reason__c: setup.status === 'Abandoned' ? ctx.rnd.pick(ABANDON_REASONS) : null,
    ...ctx.stamp(ctx.todayDay - setup.createdDay, ctx.todayDay - lastTouchDay)
  };
}
