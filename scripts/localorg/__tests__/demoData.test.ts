import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { PersonDto } from '../../../force-app/main/default/lwc/planContract/planContract.ts';
import { templateOwners } from '../../../force-app/main/default/lwc/planViewModel/templateOwners.ts';
import { proposeChange, scheduleTemplate, type PlanStep, type ScheduledStep } from '../../planEngine.ts';
import { loadTemplates as loadTemplateFiles, toStepSpec } from '../../sync/templates/templateFiles.ts';
import { DEMO_PRESETS, generateDemoData, type DemoOptions, type DemoPlan } from '../demoData.ts';
import { PROJECT_ROOT } from '../index.ts';
import type { Store } from '../store.ts';
import { TODAY, withOrg } from './helpers.ts';

type Row = Record<string, string | number | null>;

/** The templates straight from the sync CLI's loader, as seed-templates reads them. */
const { templates } = loadTemplateFiles(
  path.join(PROJECT_ROOT, 'templates'),
  path.join(PROJECT_ROOT, 'force-app/main/default/objects')
);
const templateOf = (externalId: string) => {
  const found = templates.find((t) => t.template.externalId === externalId);
  assert.ok(found, `template ${externalId}`);
  return found.template;
};

async function generated(
  options: DemoOptions
): Promise<{ store: Store; plans: DemoPlan[]; close: () => Promise<void> }> {
  const { org } = await withOrg();
  const plans: DemoPlan[] = [];
  generateDemoData(org.store, { ...options, onPlan: (plan) => plans.push(plan) });
  return { store: org.store, plans, close: () => org.close() };
}

function rows(store: Store, sql: string, ...params: string[]): Row[] {
  return store.db.prepare(sql).all(...params) as Row[];
}

function stepsOf(store: Store, planId: string): Row[] {
  return rows(
    store,
    `SELECT * FROM "Plan_Step__c" WHERE "Plan__c" = ? ORDER BY "Sort_Order__c", "Id"`,
    planId
  );
}

/** The template steps a plan was made from, scheduled by the engine, keyed as the stored Template_Step_Key__c. */
function scheduledFor(plan: DemoPlan): { spec: ScheduledStep; templateKey: string; dependsOn: number }[] {
  const out: { spec: ScheduledStep; templateKey: string; dependsOn: number }[] = [];
  for (const applied of plan.applied) {
    const template = templateOf(applied.externalId);
    const scheduled = scheduleTemplate(
      template.steps.map(toStepSpec),
      String(plan.plan.Go_Live_Date__c),
      TODAY
    ).steps.slice(0, applied.stepCount);
    const first = out.length;
    for (const spec of scheduled) {
      const at = spec.dependsOnKey ? scheduled.findIndex((s) => s.key === spec.dependsOnKey) : -1;
      out.push({
        spec,
        templateKey: `${template.externalId}.${spec.key}`,
        dependsOn: at >= 0 ? first + at : -1
      });
    }
  }
  return out;
}

/** Replays a plan's recorded history on its scheduled steps with the engine alone. */
function replay(plan: DemoPlan, ids: string[]): PlanStep[] {
  const scheduled = scheduledFor(plan);
  let steps: PlanStep[] = scheduled.map(({ spec, dependsOn }, i) => ({
    id: ids[i],
    planId: String(plan.plan.Id),
    title: spec.title,
    side: spec.side,
    ownerId: null,
    dueDate: spec.dueDate,
    baselineDate: null,
    status: 'Not Started',
    completedDate: null,
    isMilestone: spec.isMilestone,
    phase: spec.phase,
    dependsOnId: dependsOn >= 0 ? ids[dependsOn] : null,
    lagDays: spec.lagDays,
    durationDays: spec.durationDays,
    commitment: 'Not Asked',
    visibility: spec.visibility,
    sortOrder: null,
    lastModified: null
  }));
  for (const event of plan.history.events) {
    if (event.kind === 'activate') steps = steps.map((s) => ({ ...s, baselineDate: s.dueDate }));
    else if (event.kind === 'status')
      steps = steps.map((s) => (s.id === event.stepId ? { ...s, status: event.status } : s));
    else if (event.kind === 'change') {
      const proposal = proposeChange(steps, event.change, event.day);
      assert.deepEqual(
        proposal.problems.filter((p) => p.severity === 'error'),
        []
      );
      steps = proposal.steps;
    }
  }
  return steps;
}

test('demo plans hold the dates scheduleTemplate gives, moved only by their recorded history through proposeChange', async () => {
  const { store, plans, close } = await generated({ ...DEMO_PRESETS.small, stepsPerPlan: undefined });
  try {
    const byStatus = new Map<string, number>();
    let moves = 0;
    let pushed = 0;
    for (const plan of plans) {
      const status = String(plan.plan.Status__c);
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
      const stored = stepsOf(store, String(plan.plan.Id));
      const scheduled = scheduledFor(plan);
      assert.equal(stored.length, scheduled.length, `${String(plan.plan.Name)}: one step per template step`);
      stored.forEach((row, i) => {
        assert.equal(row.Template_Step_Key__c, scheduled[i].templateKey);
        const dependsOn = scheduled[i].dependsOn;
        assert.equal(row.Depends_On__c, dependsOn >= 0 ? stored[dependsOn].Id : null);
      });
      const expected = replay(
        plan,
        stored.map((row) => String(row.Id))
      );
      const fields = (s: PlanStep) => [s.dueDate, s.baselineDate, s.status, s.completedDate];
      assert.deepEqual(
        stored.map((row) => [row.Due_Date__c, row.Baseline_Date__c, row.Status__c, row.Completed_Date__c]),
        expected.map(fields),
        `${String(plan.plan.Name)} (${status}): stored dates are the replayed ones`
      );
      const movedIds = new Set(
        plan.history.events.flatMap((e) =>
          e.kind === 'change' && e.change.kind === 'move' ? [e.change.stepId] : []
        )
      );
      moves += movedIds.size;
      pushed += stored.filter(
        (row) =>
          !movedIds.has(String(row.Id)) &&
          row.Baseline_Date__c !== null &&
          String(row.Due_Date__c) > String(row.Baseline_Date__c)
      ).length;
      if (status === 'Draft') {
        assert.ok(
          stored.every((row) => row.Baseline_Date__c === null),
          'a Draft plan has no baselines'
        );
        assert.ok(stored.every((row) => row.Status__c === 'Not Started'));
        assert.deepEqual(plan.history.events, []);
      } else {
        assert.ok(
          stored.every((row) => row.Baseline_Date__c !== null),
          `${status} plans have baselines`
        );
      }
    }
    for (const status of ['Draft', 'Active', 'Completed', 'Abandoned'])
      assert.ok((byStatus.get(status) ?? 0) > 0, `some ${status} plans`);
    assert.ok(moves > 0, 'some due dates were moved');
    assert.ok(pushed > 0, 'some moves pushed dependents through the cascade');
    const noPlan = rows(
      store,
      `SELECT o."Id" FROM "Opportunity" o WHERE o."IsClosed" = 0 AND NOT EXISTS (SELECT 1 FROM "Mutual_Action_Plan__c" p WHERE p."Opportunity__c" = o."Id")`
    );
    assert.ok(noPlan.length > 0, 'some open opportunities have no plan');
  } finally {
    await close();
  }
});

test('demo plans of more steps than a template apply further templates, each scheduled by the engine', async () => {
  const { store, plans, close } = await generated({
    opportunities: 8,
    planShare: 1,
    stepsPerPlan: 30,
    seed: 9
  });
  try {
    for (const plan of plans) {
      const stored = stepsOf(store, String(plan.plan.Id));
      assert.equal(stored.length, 30);
      assert.ok(plan.applied.length >= 2);
      const expected = replay(
        plan,
        stored.map((row) => String(row.Id))
      );
      assert.deepEqual(
        stored.map((row) => row.Due_Date__c),
        expected.map((s) => s.dueDate)
      );
    }
  } finally {
    await close();
  }
});

test('step owners are the ones templateOwners chooses; roles it leaves open go to a stakeholder of that role or no one', async () => {
  const { store, plans, close } = await generated(DEMO_PRESETS.small);
  try {
    let owned = 0;
    for (const plan of plans) {
      const opportunityId = String(plan.plan.Opportunity__c);
      const [opp] = rows(
        store,
        `SELECT o."Id", o."Name", o."OwnerId", u."Name" AS "OwnerName" FROM "Opportunity" o JOIN "User" u ON u."Id" = o."OwnerId" WHERE o."Id" = ?`,
        opportunityId
      );
      const contactRoles: PersonDto[] = rows(
        store,
        `SELECT r."ContactId", r."Role", r."IsPrimary", c."Name", c."Title", c."Email" FROM "OpportunityContactRole" r
         JOIN "Contact" c ON c."Id" = r."ContactId" WHERE r."OpportunityId" = ? ORDER BY r."IsPrimary" DESC, r."Id"`,
        opportunityId
      ).map((r) => ({
        kind: 'ContactRole',
        id: String(r.ContactId),
        name: String(r.Name),
        title: r.Title === null ? null : String(r.Title),
        email: r.Email === null ? null : String(r.Email),
        role: r.Role === null ? null : String(r.Role),
        isPrimary: r.IsPrimary === 1
      }));
      const holders = new Map(
        rows(store, `SELECT * FROM "Plan_Stakeholder__c" WHERE "Plan__c" = ?`, String(plan.plan.Id)).map(
          (s) => [String(s.Id), s]
        )
      );
      const scheduled = scheduledFor(plan).map((s) => s.spec);
      const expected = templateOwners(
        {
          opportunity: {
            id: opportunityId,
            name: String(opp.Name),
            accountId: null,
            accountName: null,
            closeDate: null,
            stageName: null,
            isClosed: false,
            isWon: false,
            ownerId: String(opp.OwnerId),
            ownerName: String(opp.OwnerName)
          },
          stakeholders: [],
          contactRoles
        },
        scheduled
      );
      const stored = stepsOf(store, String(plan.plan.Id));
      stored.forEach((row, i) => {
        const chosen = expected.owners[i];
        const holder = row.Owner__c === null ? undefined : holders.get(String(row.Owner__c));
        if (chosen) {
          const person = [...expected.inserts].find((s) => s.key === chosen.key);
          assert.ok(holder && person, `${String(row.Name)}: owned as templateOwners says`);
          assert.deepEqual([holder.User__c, holder.Contact__c], [person.userId, person.contactId]);
          if (scheduled[i].ownerRole === 'Account Executive') assert.equal(holder.User__c, opp.OwnerId);
          owned++;
        } else if (holder) {
          assert.notEqual(plan.plan.Status__c, 'Draft', 'a Draft plan is as the template left it');
          assert.equal(holder.Role__c, scheduled[i].ownerRole, `${String(row.Name)}: staffed by its role`);
        }
      });
    }
    assert.ok(owned > 0);
  } finally {
    await close();
  }
});

test('the same seed gives the same data; another seed other data', async () => {
  const dump = async (seed: number) => {
    const { store, close } = await generated({ opportunities: 25, planShare: 0.9, seed });
    try {
      return [
        'Opportunity',
        'OpportunityContactRole',
        'Mutual_Action_Plan__c',
        'Plan_Stakeholder__c',
        'Plan_Step__c'
      ].map((name) => rows(store, `SELECT * FROM "${name}" ORDER BY "Id"`));
    } finally {
      await close();
    }
  };
  const first = await dump(7);
  assert.ok(first[4].length > 0);
  assert.deepEqual(await dump(7), first);
  assert.notDeepEqual(await dump(8), first);
});
