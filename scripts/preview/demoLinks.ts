import type { PlanView } from '../../force-app/main/default/lwc/planContract/planContract.ts';
import { assessView } from '../../force-app/main/default/lwc/planViewModel/engineInputs.ts';
import type { HealthStatus } from '../planEngine.ts';
import type { PlanControllerBridge } from './apexBridge/index.ts';
import { chosenPlan } from './apexBridge/readPlan.ts';
import { children, text, type Row } from './apexBridge/records.ts';

/** An open opportunity as the preview's index lists it. */
export interface DemoOpportunity {
  id: string;
  name: string;
  stageName: string | null;
  closeDate: string | null;
  planStatus: string | null;
  overdueSteps: number;
}

/** The opportunities the index points at first, and every open one. */
export interface DemoLinks {
  healthy: DemoOpportunity | null;
  overdue: DemoOpportunity | null;
  noPlan: DemoOpportunity | null;
  open: DemoOpportunity[];
}

/** How many healthy-looking plans are assessed with the engine to find one On Track. */
const HEALTH_CANDIDATES = 12;

/** The status of the plan the opportunity's page shows. */
function planStatusOf(opportunity: Row): string | null {
  return text(chosenPlan(children(opportunity, 'Mutual_Action_Plans__r'))?.Status__c);
}

/** The health the page will show for a view: the components' own reading of a view, through the same engine. */
function healthOf(view: PlanView): HealthStatus {
  return assessView(view).health.status;
}

/**
 * Finds demo opportunities in the org: one whose plan the engine calls On Track, the one with the
 * most overdue steps on an active plan, and one without a plan; and lists every open opportunity.
 */
export async function findDemoLinks(controller: PlanControllerBridge): Promise<DemoLinks> {
  const client = controller.client;
  const [opportunities, overdueSteps] = await Promise.all([
    client.queryAll<Row>(
      `SELECT Id, Name, StageName, CloseDate, (SELECT Id, Status__c, CreatedDate FROM Mutual_Action_Plans__r)
       FROM Opportunity WHERE IsClosed = false ORDER BY Name ASC, Id ASC LIMIT 2000`
    ),
    client.queryAll<Row>(
      `SELECT Id, Plan__r.Opportunity__c FROM Plan_Step__c
       WHERE Plan__r.Status__c = 'Active' AND Due_Date__c < TODAY
       AND Status__c IN ('Not Started', 'In Progress', 'Blocked')`
    )
  ]);
  const overdueBy = new Map<string, number>();
  for (const step of overdueSteps) {
    const planRow = step.Plan__r as Row | null;
    const id = text(planRow?.Opportunity__c);
    if (id) overdueBy.set(id, (overdueBy.get(id) ?? 0) + 1);
  }
  const open: DemoOpportunity[] = opportunities.map((row) => ({
    id: String(row.Id),
    name: text(row.Name) ?? '',
    stageName: text(row.StageName),
    closeDate: text(row.CloseDate),
    planStatus: planStatusOf(row),
    overdueSteps: overdueBy.get(String(row.Id)) ?? 0
  }));
  const overdue =
    open
      .filter((o) => o.planStatus === 'Active' && o.overdueSteps > 0)
      .sort((a, b) => b.overdueSteps - a.overdueSteps || a.name.localeCompare(b.name))
      .at(0) ?? null;
  const noPlan = open.find((o) => o.planStatus === null) ?? null;
  let healthy: DemoOpportunity | null = null;
  for (const candidate of open
    .filter((o) => o.planStatus === 'Active' && o.overdueSteps === 0)
    .slice(0, HEALTH_CANDIDATES)) {
    if (healthOf(await controller.getPlan({ recordId: candidate.id })) === 'On Track') {
      healthy = candidate;
      break;
    }
  }
  return { healthy, overdue, noPlan, open };
}

/**
 * A buyer room link for an opportunity's plan, made as a rep makes one (shareWithBuyers, not
 * emailed): for its first buyer stakeholder with a contact and an email. Null when the plan has
 * none, or sharing is not set up.
 */
export async function demoBuyerLink(
  controller: PlanControllerBridge,
  opportunityId: string
): Promise<{ url: string; calendarUrl: string; name: string } | null> {
  const view = await controller.getPlan({ recordId: opportunityId });
  const buyer = view.stakeholders.find((s) => s.side === 'Buyer' && s.contactId && s.email && s.id);
  if (!view.plan?.id || !buyer?.id || !view.buyerRoom.enabled) return null;
  const result = await controller.shareWithBuyers({
    requestJson: JSON.stringify({
      planId: view.plan.id,
      stakeholderIds: [buyer.id],
      expiryDays: view.buyerRoom.defaultExpiryDays,
      sendEmail: false,
      note: null
    })
  });
  const link = result.links.at(0);
  return link ? { url: link.url, calendarUrl: link.calendarUrl, name: link.name } : null;
}
