import type { PlanView } from '../../../force-app/main/default/lwc/planContract/planContract.ts';
import { planThatCounts } from '../../planEngine.ts';
import { readSettings, type SettingsWarnings } from '../../salesforce/healthSettings.ts';
import { ApexError, MESSAGES } from './errors.ts';
import {
  HEALTH_HISTORY_FIELDS,
  PLAN_FIELDS,
  RISK_FIELDS,
  STAKEHOLDER_FIELDS,
  STEP_FIELDS,
  children,
  contactRoleToPerson,
  isId,
  soqlString,
  text,
  toOpportunityDto,
  toHealthChangeDto,
  toPlanDto,
  toRiskDto,
  toStakeholderDto,
  toStepDto,
  type Row
} from './records.ts';
import { readPicklists } from './picklists.ts';
import { readRoleMappings } from './roleMappings.ts';
import type { BridgeSession } from './session.ts';
import { readSharing } from './shares.ts';

const OPPORTUNITY_PREFIX = '006';
/** Most changes of health a view shows (PlanSelector.HEALTH_HISTORY_LIMIT). */
export const HEALTH_HISTORY_LIMIT = 10;
/** PlanSelector falls back to the default thresholds without a word when the settings record is missing. */
const NO_WARNINGS: SettingsWarnings = { warn: () => undefined };

/** An opportunity with its plans newest first and its contact roles primary first. */
async function opportunityWithPlans(session: BridgeSession, opportunityId: string): Promise<Row | null> {
  const rows = await session.client.queryAll<Row>(
    `SELECT Id, Name, AccountId, Account.Name, CloseDate, StageName, IsClosed, IsWon, OwnerId, Owner.Name,
       (SELECT Id, Status__c, CreatedDate FROM Mutual_Action_Plans__r ORDER BY CreatedDate DESC, Id DESC),
       (SELECT Id, ContactId, Contact.Name, Contact.Title, Contact.Email, Role, IsPrimary
          FROM OpportunityContactRoles ORDER BY IsPrimary DESC, Contact.Name ASC)
     FROM Opportunity WHERE Id = ${soqlString(opportunityId)}`
  );
  return rows.at(0) ?? null;
}

/** Of an opportunity's plans (rows with Id, Status__c, CreatedDate): the plan that counts (the engine's rule). */
export function chosenPlan(plans: Row[]): Row | undefined {
  const candidates = plans.map((row) => ({
    row,
    id: String(row.Id),
    status: text(row.Status__c),
    createdDate: text(row.CreatedDate)
  }));
  return planThatCounts(candidates)?.row;
}

/** The Id of chosenPlan. */
export function choosePlan(plans: Row[]): string | null {
  const plan = chosenPlan(plans);
  return plan ? String(plan.Id) : null;
}

async function planWithChildren(
  session: BridgeSession,
  planId: string
): Promise<{ plan: Row; steps: Row[]; stakeholders: Row[]; risks: Row[]; history: Row[] } | null> {
  const id = soqlString(planId);
  // Queries rather than one with subqueries: a plan's steps may pass a child page.
  const [plans, steps, stakeholders, risks, history] = await Promise.all([
    session.client.queryAll<Row>(
      `SELECT ${PLAN_FIELDS.join(', ')} FROM Mutual_Action_Plan__c WHERE Id = ${id}`
    ),
    session.client.queryAll<Row>(
      `SELECT ${STEP_FIELDS.join(', ')} FROM Plan_Step__c WHERE Plan__c = ${id}
       ORDER BY Sort_Order__c ASC NULLS LAST, Due_Date__c ASC NULLS LAST, Name ASC, Id ASC`
    ),
    session.client.queryAll<Row>(
      `SELECT ${STAKEHOLDER_FIELDS.join(', ')} FROM Plan_Stakeholder__c WHERE Plan__c = ${id} ORDER BY Name ASC, Id ASC`
    ),
    session.client.queryAll<Row>(
      `SELECT ${RISK_FIELDS.join(', ')} FROM Plan_Risk__c WHERE Plan__c = ${id} ORDER BY Name ASC, Id ASC`
    ),
    session.client.queryAll<Row>(
      `SELECT ${HEALTH_HISTORY_FIELDS.join(', ')} FROM Plan_Health_History__c WHERE Plan__c = ${id}
       ORDER BY Changed_At__c DESC NULLS LAST, Id DESC LIMIT ${HEALTH_HISTORY_LIMIT}`
    )
  ]);
  const plan = plans.at(0);
  return plan ? { plan, steps, stakeholders, risks, history } : null;
}

/**
 * PlanController.getPlan: the view of a plan record, or of the plan an opportunity shows, with
 * everything the page needs (opportunity, steps, stakeholders, contact roles, thresholds, today).
 */
export async function getPlan(session: BridgeSession, recordId: unknown): Promise<PlanView> {
  if (!isId(recordId)) throw new ApexError(MESSAGES.noRecord);
  const settings = readSettings(session.client, NO_WARNINGS);
  const today = session.today();
  const canEdit = session.canEditPlans();
  const roleMappings = readRoleMappings(session.client);
  const picklists = readPicklists(session);
  // Started early to run beside the reads; a refusal below must not leave a rejection unobserved.
  for (const pending of [settings, today, canEdit, roleMappings, picklists]) pending.catch(() => undefined);
  let opportunityId: string;
  let chosen: Awaited<ReturnType<typeof planWithChildren>> = null;
  let opportunity: Row | null;
  if (recordId.startsWith(OPPORTUNITY_PREFIX)) {
    opportunityId = recordId;
    opportunity = await opportunityWithPlans(session, opportunityId);
    const planId = opportunity ? choosePlan(children(opportunity, 'Mutual_Action_Plans__r')) : null;
    if (planId) chosen = await planWithChildren(session, planId);
  } else if (recordId.startsWith((await session.keyPrefix('Mutual_Action_Plan__c')) ?? '\0')) {
    chosen = await planWithChildren(session, recordId);
    if (!chosen) throw new ApexError(MESSAGES.planNotFound);
    opportunityId = String(chosen.plan.Opportunity__c);
    opportunity = await opportunityWithPlans(session, opportunityId);
  } else {
    throw new ApexError(MESSAGES.noRecord);
  }
  if (!opportunity) throw new ApexError(MESSAGES.opportunityNotFound);
  const sharing = await readSharing(session, chosen ? String(chosen.plan.Id) : null);
  return {
    opportunity: toOpportunityDto(opportunity),
    plan: chosen ? toPlanDto(chosen.plan) : null,
    steps: chosen ? chosen.steps.map(toStepDto) : [],
    stakeholders: chosen ? chosen.stakeholders.map(toStakeholderDto) : [],
    contactRoles: children(opportunity, 'OpportunityContactRoles').map(contactRoleToPerson),
    roleMappings: await roleMappings,
    risks: chosen ? chosen.risks.map(toRiskDto) : [],
    healthHistory: chosen ? chosen.history.map(toHealthChangeDto) : [],
    thresholds: (await settings).thresholds,
    healthWeights: (await settings).healthWeights,
    today: await today,
    canEdit: await canEdit,
    picklists: await picklists,
    ...sharing
  };
}
