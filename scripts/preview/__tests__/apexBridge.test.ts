import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type {
  PlanChangeSet,
  PlanView,
  StakeholderDto
} from '../../../force-app/main/default/lwc/planContract/planContract.ts';
import { ApexError, MESSAGES } from '../apexBridge/index.ts';
import { findDemoLinks, type DemoLinks } from '../demoLinks.ts';
import { changeSetJson, newStep, rejectsWith } from './bridgeRequests.ts';
import { startDemoOrg, TODAY, type DemoOrg } from './demoOrg.ts';

let demo: DemoOrg;
let links: DemoLinks;

before(async () => {
  demo = await startDemoOrg();
  links = await findDemoLinks(demo.controller);
});
after(() => demo.close());

/** A change set for the opportunity of a view. */
function changeSet(view: PlanView, parts: Partial<Omit<PlanChangeSet, 'opportunityId'>>): string {
  return changeSetJson(view.opportunity.id, parts);
}

function newStakeholder(key: string, name: string): StakeholderDto {
  return {
    id: null,
    key,
    name,
    side: 'Buyer',
    role: 'Champion',
    influence: 'High',
    stance: 'Supporter',
    title: 'VP Operations',
    email: null,
    contactId: null,
    userId: null,
    isSigner: false,
    canVeto: false,
    lastModified: null
  };
}

async function count(soql: string): Promise<number> {
  return (await demo.query(soql)).length;
}

describe('getPlan', () => {
  test('it_should_show_the_active_plan_of_an_opportunity_with_everything_the_page_needs', async () => {
    assert.ok(links.overdue, 'the demo data has an opportunity with overdue steps');
    const view = await demo.controller.getPlan({ recordId: links.overdue.id });
    assert.equal(view.opportunity.id, links.overdue.id);
    assert.equal(view.plan?.status, 'Active');
    assert.ok(view.steps.length >= 5);
    assert.ok(view.stakeholders.length >= 2);
    assert.equal(view.today, TODAY);
    assert.equal(view.canEdit, true);
    assert.deepEqual(view.thresholds, {
      atRiskDaysOverdue: 1,
      offTrackDaysOverdue: 7,
      commitmentWindowDays: 14,
      stalePlanDays: 21,
      slipAtRiskDays: 1,
      slipOffTrackDays: 14
    });
    assert.equal(view.contactRoles.at(0)?.isPrimary, true);
    const orders = view.steps.map((s) => s.sortOrder ?? Infinity);
    assert.deepEqual(
      orders,
      [...orders].sort((a, b) => a - b)
    );
    assert.match(view.steps.at(0)?.lastModified ?? '', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const owned = view.steps.find((s) => s.ownerId);
    assert.equal(owned?.ownerName, view.stakeholders.find((h) => h.id === owned?.ownerId)?.name);
  });

  test('it_should_choose_active_then_newest_draft_then_newest_completed_and_never_abandoned', async () => {
    const opportunityId = links.noPlan?.id;
    assert.ok(opportunityId);
    const insert = (name: string, status: string) => {
      const id = demo.org.store.insert('Mutual_Action_Plan__c', {
        Name: name,
        Opportunity__c: opportunityId,
        Status__c: status
      });
      demo.org.clock.advance(60_000);
      return id;
    };
    const abandoned = insert('Abandoned plan', 'Abandoned');
    assert.equal((await demo.controller.getPlan({ recordId: opportunityId })).plan, null);
    const completed = insert('Completed plan', 'Completed');
    assert.equal((await demo.controller.getPlan({ recordId: opportunityId })).plan?.id, completed);
    const olderDraft = insert('Older draft', 'Draft');
    const newerDraft = insert('Newer draft', 'Draft');
    assert.equal((await demo.controller.getPlan({ recordId: opportunityId })).plan?.id, newerDraft);
    const active = insert('Active plan', 'Active');
    insert('Newest draft', 'Draft');
    const view = await demo.controller.getPlan({ recordId: opportunityId });
    assert.equal(view.plan?.id, active);
    // A plan record Id shows that plan, even an abandoned one.
    assert.equal((await demo.controller.getPlan({ recordId: olderDraft })).plan?.id, olderDraft);
    assert.equal((await demo.controller.getPlan({ recordId: abandoned })).plan?.id, abandoned);
    for (const id of [abandoned, completed, olderDraft, newerDraft, active])
      demo.org.store.delete('Mutual_Action_Plan__c', id);
    demo.org.store.delete(
      'Mutual_Action_Plan__c',
      String(
        (
          await demo.query(`SELECT Id FROM Mutual_Action_Plan__c WHERE Opportunity__c = '${opportunityId}'`)
        ).at(0)?.Id
      )
    );
  });

  test('it_should_return_no_plan_and_empty_lists_for_an_opportunity_without_one', async () => {
    assert.ok(links.noPlan);
    const view = await demo.controller.getPlan({ recordId: links.noPlan.id });
    assert.equal(view.plan, null);
    assert.deepEqual([view.steps, view.stakeholders], [[], []]);
    assert.equal(view.opportunity.name, links.noPlan.name);
  });

  test('it_should_refuse_records_that_are_not_an_opportunity_or_a_plan', async () => {
    await rejectsWith(demo.controller.getPlan({ recordId: 'not an id' }), MESSAGES.noRecord);
    await rejectsWith(demo.controller.getPlan({ recordId: '001000000000000AAA' }), MESSAGES.noRecord);
    await rejectsWith(
      demo.controller.getPlan({ recordId: '006000000000000AAA' }),
      MESSAGES.opportunityNotFound
    );
  });

  test('it_should_read_thresholds_from_the_custom_metadata_through_the_sync_cli_mapping', async () => {
    demo.org.store.db.prepare('UPDATE "Plan_Health_Setting__mdt" SET "At_Risk_Days_Overdue__c" = 3').run();
    try {
      assert.ok(links.overdue);
      const view = await demo.controller.getPlan({ recordId: links.overdue.id });
      assert.equal(view.thresholds.atRiskDaysOverdue, 3);
    } finally {
      demo.org.store.db.prepare('UPDATE "Plan_Health_Setting__mdt" SET "At_Risk_Days_Overdue__c" = 1').run();
    }
  });
});

describe('savePlan', () => {
  test('it_should_create_a_plan_with_new_stakeholders_and_steps_linked_by_temporary_keys_in_one_composite_request', async () => {
    assert.ok(links.noPlan);
    const view = await demo.controller.getPlan({ recordId: links.noPlan.id });
    const composites = demo.org.meter.snapshot().calls['POST /composite'] ?? 0;
    const saved = await demo.controller.savePlan({
      changeSetJson: changeSet(view, {
        plan: {
          id: null,
          name: 'Pilot plan',
          status: 'Active',
          abandonReason: null,
          planType: 'Sales',
          goLiveDate: '2027-01-15',
          objective: null,
          successCriteria: null,
          valueSummary: null,
          templateId: null,
          reviewCadence: null,
          nextReviewDate: null,
          lastReviewDate: null,
          lastReviewNote: null,
          lastModified: null
        },
        stakeholders: { inserts: [newStakeholder('sh-1', 'Dana Whitfield')], updates: [], deletes: [] },
        steps: {
          inserts: [
            newStep('new-1', 'Kick-off', { ownerKey: 'sh-1', status: 'Done', sortOrder: 10 }),
            newStep('new-2', 'Security review', { dependsOnKey: 'new-1', ownerKey: 'sh-1', sortOrder: 20 })
          ],
          updates: [],
          deletes: []
        }
      })
    });
    assert.equal((demo.org.meter.snapshot().calls['POST /composite'] ?? 0) - composites, 1);
    assert.equal(saved.plan?.name, 'Pilot plan');
    const rows = await demo.query(
      `SELECT Id, Name, Owner__r.Name, Depends_On__r.Name, Status__c, Completed_Date__c FROM Plan_Step__c
       WHERE Plan__r.Opportunity__c = '${links.noPlan.id}' ORDER BY Sort_Order__c`
    );
    assert.deepEqual(
      rows.map((r) => [
        r.Name,
        (r.Owner__r as { Name: string } | null)?.Name,
        (r.Depends_On__r as { Name: string } | null)?.Name ?? null
      ]),
      [
        ['Kick-off', 'Dana Whitfield', null],
        ['Security review', 'Dana Whitfield', 'Kick-off']
      ]
    );
    // Done without a completed date: today.
    assert.equal(rows.at(0)?.Completed_Date__c, TODAY);
    assert.deepEqual(
      saved.steps.map((s) => s.title),
      ['Kick-off', 'Security review']
    );
    demo.org.store.delete('Mutual_Action_Plan__c', String(saved.plan.id));
  });

  test('it_should_update_a_step_and_refuse_a_stale_version_without_writing_anything', async () => {
    assert.ok(links.overdue);
    const view = await demo.controller.getPlan({ recordId: links.overdue.id });
    const step = view.steps.find((s) => s.status !== 'Done');
    assert.ok(step);
    demo.org.clock.advance(60_000);
    const moved = await demo.controller.savePlan({
      changeSetJson: changeSet(view, {
        steps: { inserts: [], updates: [{ ...step, dueDate: '2027-02-01' }], deletes: [] }
      })
    });
    assert.equal(moved.steps.find((s) => s.id === step.id)?.dueDate, '2027-02-01');
    // The same change again, from the stale view the user still holds.
    await rejectsWith(
      demo.controller.savePlan({
        changeSetJson: changeSet(view, {
          steps: {
            inserts: [newStep('x-1', 'Should not be saved')],
            updates: [{ ...step, dueDate: '2027-03-01' }],
            deletes: []
          }
        })
      }),
      MESSAGES.changedByOthers
    );
    const rows = await demo.query(`SELECT Due_Date__c FROM Plan_Step__c WHERE Id = '${String(step.id)}'`);
    assert.equal(rows.at(0)?.Due_Date__c, '2027-02-01');
    assert.equal(await count(`SELECT Id FROM Plan_Step__c WHERE Name = 'Should not be saved'`), 0);
  });

  test('it_should_run_two_saves_of_one_opportunity_one_after_the_other_so_neither_update_is_lost', async () => {
    assert.ok(links.healthy);
    const view = await demo.controller.getPlan({ recordId: links.healthy.id });
    const step = view.steps.find((s) => s.status !== 'Done');
    assert.ok(step);
    demo.org.clock.advance(60_000);
    // Two reps save the same step from the same view at the same moment (as the Apex lock orders them).
    const save = (dueDate: string) =>
      demo.controller.savePlan({
        changeSetJson: changeSet(view, {
          steps: { inserts: [], updates: [{ ...step, dueDate }], deletes: [] }
        })
      });
    const outcomes = await Promise.allSettled([save('2027-04-01'), save('2027-05-01')]);
    const saved = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    assert.equal(saved.length, 1, 'one save wins');
    assert.equal(refused.length, 1, 'the other is refused, not silently overwritten');
    assert.equal((refused[0].reason as Error).message, MESSAGES.changedByOthers);
    const winner = outcomes[0].status === 'fulfilled' ? '2027-04-01' : '2027-05-01';
    const rows = await demo.query(`SELECT Due_Date__c FROM Plan_Step__c WHERE Id = '${String(step.id)}'`);
    assert.equal(rows.at(0)?.Due_Date__c, winner);
  });

  test('it_should_roll_back_every_part_when_one_record_fails', async () => {
    assert.ok(links.healthy);
    const view = await demo.controller.getPlan({ recordId: links.healthy.id });
    const first = view.steps.at(0);
    const second = view.steps.at(1);
    assert.ok(first && second);
    const stepsBefore = await count(`SELECT Id FROM Plan_Step__c WHERE Plan__c = '${String(view.plan?.id)}'`);
    await assert.rejects(
      demo.controller.savePlan({
        changeSetJson: changeSet(view, {
          steps: {
            inserts: [newStep('n-1', 'Rolled back insert')],
            updates: [
              { ...first, title: 'Rolled back update' },
              { ...second, phase: 'Not a phase' }
            ],
            deletes: []
          }
        })
      }),
      (error: unknown) => error instanceof ApexError && /Phase/i.test(error.message)
    );
    assert.equal(
      await count(`SELECT Id FROM Plan_Step__c WHERE Plan__c = '${String(view.plan?.id)}'`),
      stepsBefore
    );
    assert.equal(await count(`SELECT Id FROM Plan_Step__c WHERE Name = 'Rolled back update'`), 0);
  });

  test('it_should_say_someone_else_is_saving_when_a_row_is_locked', async () => {
    assert.ok(links.healthy);
    const view = await demo.controller.getPlan({ recordId: links.healthy.id });
    const step = view.steps.at(0);
    assert.ok(step?.id);
    demo.org.faults.lockRecords([step.id]);
    try {
      await rejectsWith(
        demo.controller.savePlan({
          changeSetJson: changeSet(view, {
            steps: { inserts: [], updates: [{ ...step, notes: 'x' }], deletes: [] }
          })
        }),
        MESSAGES.locked
      );
    } finally {
      demo.org.faults.unlockRecords();
    }
  });

  test('it_should_clear_dependents_and_owned_steps_when_a_step_and_a_stakeholder_are_deleted', async () => {
    assert.ok(links.overdue);
    const view = await demo.controller.getPlan({ recordId: links.overdue.id });
    const predecessor = view.steps.find((s) => view.steps.some((d) => d.dependsOnId === s.id));
    assert.ok(predecessor);
    const dependents = view.steps.filter((d) => d.dependsOnId === predecessor.id).map((d) => String(d.id));
    const owner = view.stakeholders.find((h) =>
      view.steps.some((s) => s.ownerId === h.id && s.id !== predecessor.id)
    );
    assert.ok(owner);
    const saved = await demo.controller.savePlan({
      changeSetJson: changeSet(view, {
        steps: { inserts: [], updates: [], deletes: [predecessor] },
        stakeholders: { inserts: [], updates: [], deletes: [owner] }
      })
    });
    assert.equal(
      saved.steps.some((s) => s.id === predecessor.id),
      false
    );
    for (const id of dependents) assert.equal(saved.steps.find((s) => s.id === id)?.dependsOnId, null);
    assert.equal(
      saved.steps.some((s) => s.ownerId === owner.id),
      false
    );
    // Deleting it again: someone else already did.
    await rejectsWith(
      demo.controller.savePlan({
        changeSetJson: changeSet(view, { steps: { inserts: [], updates: [predecessor], deletes: [] } })
      }),
      MESSAGES.stepDeleted
    );
  });

  test('it_should_apply_a_change_to_the_plan_on_screen_and_refuse_a_plan_of_another_opportunity', async () => {
    assert.ok(links.overdue && links.healthy);
    const view = await demo.controller.getPlan({ recordId: links.overdue.id });
    const draftId = demo.org.store.insert('Mutual_Action_Plan__c', {
      Name: 'Next year draft',
      Opportunity__c: links.overdue.id,
      Status__c: 'Draft'
    });
    const draft = await demo.controller.getPlan({ recordId: draftId });
    const saved = await demo.controller.savePlan({
      changeSetJson: JSON.stringify({
        ...JSON.parse(
          changeSet(draft, {
            steps: { inserts: [newStep('d-1', 'Draft only step')], updates: [], deletes: [] }
          })
        ),
        planId: draftId
      })
    });
    assert.equal(saved.plan?.id, draftId);
    assert.deepEqual(
      saved.steps.map((s) => s.title),
      ['Draft only step']
    );
    const active = await demo.controller.getPlan({ recordId: links.overdue.id });
    assert.equal(active.plan?.id, view.plan?.id);
    assert.equal(
      active.steps.some((s) => s.title === 'Draft only step'),
      false
    );
    const other = await demo.controller.getPlan({ recordId: links.healthy.id });
    await rejectsWith(
      demo.controller.savePlan({
        changeSetJson: JSON.stringify({
          ...JSON.parse(
            changeSet(view, { steps: { inserts: [newStep('x', 'X')], updates: [], deletes: [] } })
          ),
          planId: other.plan?.id
        })
      }),
      MESSAGES.planDeleted
    );
    demo.org.store.delete('Mutual_Action_Plan__c', draftId);
  });

  test('it_should_refuse_unknown_and_duplicate_keys_and_inserts_without_a_plan', async () => {
    assert.ok(links.overdue && links.noPlan);
    const view = await demo.controller.getPlan({ recordId: links.overdue.id });
    await rejectsWith(
      demo.controller.savePlan({
        changeSetJson: changeSet(view, {
          steps: { inserts: [newStep('a', 'A', { dependsOnKey: 'missing' })], updates: [], deletes: [] }
        })
      }),
      MESSAGES.unknownKey
    );
    await rejectsWith(
      demo.controller.savePlan({
        changeSetJson: changeSet(view, {
          steps: { inserts: [newStep('a', 'A'), newStep('a', 'B')], updates: [], deletes: [] }
        })
      }),
      MESSAGES.duplicateKey
    );
    const empty = await demo.controller.getPlan({ recordId: links.noPlan.id });
    await rejectsWith(
      demo.controller.savePlan({
        changeSetJson: changeSet(empty, { steps: { inserts: [newStep('a', 'A')], updates: [], deletes: [] } })
      }),
      MESSAGES.noPlanYet
    );
    await rejectsWith(demo.controller.savePlan({ changeSetJson: '{not json' }), MESSAGES.unreadableChange);
    await rejectsWith(demo.controller.savePlan({ changeSetJson: '{}' }), MESSAGES.noOpportunity);
  });
});

describe('getTemplates and searchPeople', () => {
  test('it_should_list_active_templates_by_name_with_their_steps_in_order', async () => {
    const templates = await demo.controller.getTemplates();
    const names = templates.map((t) => t.name);
    assert.ok(names.length >= 3);
    assert.deepEqual(
      names,
      [...names].sort((a, b) => a.localeCompare(b))
    );
    const enterprise = templates.find((t) => t.externalId === 'enterprise-sales');
    assert.ok(enterprise && enterprise.steps.length >= 15);
    assert.ok(enterprise.steps.some((s) => s.dependsOnKey?.startsWith('enterprise-sales.')));
  });

  test('it_should_find_the_account_contacts_first_then_others_then_users_at_most_20', async () => {
    assert.ok(links.overdue);
    const view = await demo.controller.getPlan({ recordId: links.overdue.id });
    const primary = view.contactRoles[0];
    assert.ok(primary);
    const term = primary.name.split(' ')[1] ?? primary.name;
    const people = await demo.controller.searchPeople({
      opportunityId: view.opportunity.id,
      searchTerm: term
    });
    assert.ok(people.length > 0 && people.length <= 20);
    assert.equal(people.at(0)?.kind, 'Contact');
    assert.ok(people.some((p) => p.id === primary.id));
    const kinds = people.map((p) => p.kind);
    assert.deepEqual(
      kinds,
      [...kinds].sort((a, b) => (a === b ? 0 : a === 'Contact' ? -1 : 1))
    );
    assert.deepEqual(
      await demo.controller.searchPeople({ opportunityId: view.opportunity.id, searchTerm: 'a' }),
      []
    );
    assert.equal(
      (await demo.controller.searchPeople({ opportunityId: view.opportunity.id, searchTerm: 'an' })).length,
      20
    );
  });

  test('it_should_offer_active_standard_users_but_not_integration_users', async () => {
    assert.ok(links.overdue);
    const view = await demo.controller.getPlan({ recordId: links.overdue.id });
    await demo.controller.client.requestJson('POST', '/sobjects/User', {
      FirstName: 'Quill',
      LastName: 'Zebrowski',
      Username: 'quill@seller.example',
      Email: 'quill@seller.example'
    });
    await demo.controller.client.requestJson('POST', '/sobjects/User', {
      FirstName: 'Quill',
      LastName: 'Zintegration',
      Username: 'quill.bot@seller.example',
      Email: 'quill.bot@seller.example',
      UserType: 'AutomatedProcess'
    });
    const people = await demo.controller.searchPeople({
      opportunityId: view.opportunity.id,
      searchTerm: 'Quill'
    });
    assert.deepEqual(
      people.map((p) => [p.kind, p.name]),
      [['User', 'Quill Zebrowski']]
    );
  });
});
