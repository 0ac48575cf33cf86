import type {
  PersonDto,
  StakeholderDto
} from '../../../force-app/main/default/lwc/planContract/planContract.ts';
import { templateOwners } from '../../../force-app/main/default/lwc/planViewModel/templateOwners.ts';
import { fromDay, scheduleTemplate, type PlanStep } from '../../planEngine.ts';
import type { DemoContext, Row } from './context.ts';
import type { DemoOpportunity } from './opportunities.ts';
import type { PlanSetup } from './plans.ts';
import { templateSpecs } from './templates.ts';

/** What a step keeps beside the engine's fields (index-aligned with the steps). */
export interface StepExtras {
  templateStepKey: string;
  ownerRole: string | null;
  deliverable: string | null;
  notes: string | null;
}

/** One template applied at the plan's creation: which, and how many of its steps were kept. */
export interface AppliedTemplate {
  externalId: string;
  stepCount: number;
}

export interface TemplatePlan {
  steps: PlanStep[];
  extras: StepExtras[];
  stakeholders: StakeholderDto[];
  applied: AppliedTemplate[];
}

/** The opportunity as the record page's view gives it to templateOwners. */
function ownerView(
  opportunity: DemoOpportunity,
  contactRoles: PersonDto[],
  stakeholders: StakeholderDto[]
): Parameters<typeof templateOwners>[0] {
  return {
    opportunity: {
      id: opportunity.id,
      name: opportunity.name,
      accountId: opportunity.accountId,
      accountName: opportunity.accountName,
      closeDate: fromDay(opportunity.closeDay),
      stageName: opportunity.stageName,
      isClosed: opportunity.isClosed,
      isWon: opportunity.isWon,
      ownerId: opportunity.owner.id,
      ownerName: opportunity.owner.name
    },
    stakeholders,
    contactRoles
  };
}

/**
 * The plan as the record page makes it from its templates on the day it is created: each template
 * scheduled back from the go-live date by the engine's scheduleTemplate, its steps' owners chosen by
 * templateOwners (Account Executive steps to the opportunity owner, buyer roles to the contact roles
 * of that name, new stakeholders added with the steps), dependencies linked within the template,
 * sort orders after the steps already there. Steps past `setup.stepCount` are left out (the rep
 * removed the last template's surplus; its dependencies all point to earlier steps).
 */
export function templatePlan(
  ctx: DemoContext,
  setup: PlanSetup,
  opportunity: DemoOpportunity,
  contactRoles: PersonDto[]
): TemplatePlan {
  const plan: TemplatePlan = { steps: [], extras: [], stakeholders: [], applied: [] };
  const goLive = fromDay(setup.goLiveDay);
  const createdOn = fromDay(setup.createdDay);
  for (const template of setup.templates) {
    const remaining = setup.stepCount - plan.steps.length;
    if (remaining <= 0) break;
    const scheduled = scheduleTemplate(templateSpecs(template), goLive, createdOn).steps.slice(0, remaining);
    const owners = templateOwners(ownerView(opportunity, contactRoles, plan.stakeholders), scheduled);
    const idOfKey = new Map<string, string>();
    for (const insert of owners.inserts) {
      const id = ctx.ids('Plan_Stakeholder__c');
      if (insert.key) idOfKey.set(insert.key, id);
      plan.stakeholders.push({ ...insert, id, key: null });
    }
    const base = plan.steps.reduce((max, s) => Math.max(max, s.sortOrder ?? 0), 0);
    const stepIdOfKey = new Map<string, string>();
    scheduled.forEach((spec, i) => {
      const id = ctx.ids('Plan_Step__c');
      stepIdOfKey.set(spec.key, id);
      const owner = owners.owners[i];
      plan.steps.push({
        id,
        planId: setup.id,
        title: spec.title,
        side: spec.side,
        ownerId: owner ? (owner.id ?? (owner.key ? (idOfKey.get(owner.key) ?? null) : null)) : null,
        dueDate: spec.dueDate,
        baselineDate: null,
        status: 'Not Started',
        completedDate: null,
        isMilestone: spec.isMilestone,
        phase: spec.phase,
        dependsOnId: spec.dependsOnKey ? (stepIdOfKey.get(spec.dependsOnKey) ?? null) : null,
        lagDays: spec.lagDays,
        durationDays: spec.durationDays,
        commitment: 'Not Asked',
        visibility: spec.visibility,
        sortOrder: base + (spec.sortOrder ?? (i + 1) * 10),
        lastModified: null
      });
      plan.extras.push({
        templateStepKey: spec.key,
        ownerRole: spec.ownerRole,
        deliverable: spec.deliverable,
        notes: spec.description
      });
    });
    plan.applied.push({ externalId: template.externalId, stepCount: scheduled.length });
  }
  return plan;
}

/** The Plan_Step__c row: the engine's fields, the template's, and when it was created and last changed. */
export function stepRow(
  ctx: DemoContext,
  step: PlanStep,
  extras: StepExtras,
  createdDay: number,
  touchedDay: number
): Row {
  return {
    Id: step.id,
    Name: step.title.slice(0, 80),
    Plan__c: step.planId,
    Side__c: step.side,
    Owner__c: step.ownerId,
    Due_Date__c: step.dueDate,
    Baseline_Date__c: step.baselineDate,
    Status__c: step.status,
    Completed_Date__c: step.completedDate,
    Is_Milestone__c: step.isMilestone ? 1 : 0,
    Phase__c: step.phase,
    Deliverable__c: extras.deliverable,
    Notes__c: extras.notes,
    Depends_On__c: step.dependsOnId,
    Lag_Days__c: step.lagDays,
    Duration_Days__c: step.durationDays,
    Commitment__c: step.commitment,
    Visibility__c: step.visibility,
    Sort_Order__c: step.sortOrder,
    Template_Step_Key__c: extras.templateStepKey,
    ...ctx.stamp(ctx.todayDay - createdDay, ctx.todayDay - touchedDay)
  };
}
