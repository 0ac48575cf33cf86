import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { BuyerRoomView } from '../../../force-app/main/default/lwc/buyerRoomContract/buyerRoomContract.ts';
import { PROJECT_ROOT, startLocalOrg, type LocalOrg } from '../../localorg/index.ts';
import { addDays } from '../../planEngine.ts';
import { calendarKey, hashToken } from '../apexBridge/buyerTokens.ts';
import { createPlanController, type PlanControllerBridge } from '../apexBridge/index.ts';
import { readLabels } from '../apexBridge/labels.ts';

/**
 * The shared scenarios of the buyer room's door (staticresources/BuyerRoomScenarios.resource), run
 * against the preview's bridge on a fresh local org each; BuyerRoomScenarios_Tests.cls runs the same
 * file against BuyerRoomController in Apex. The notation is in the file's description.
 */
const FILE = path.join(PROJECT_ROOT, 'force-app/main/default/staticresources/BuyerRoomScenarios.resource');
const TODAY = '2026-11-24';
const NOW = `${TODAY}T12:00:00Z`;
const UID_SUFFIX = '@buyer-room.mutual-action-plans';

type Keyed = { key: string } & Record<string, unknown>;
interface ScenarioFile {
  data: Record<string, Keyed[]>;
  scenarios: {
    name: string;
    method: 'getRoom' | 'act' | 'calendar';
    token: string;
    sendTokenAsIs?: boolean;
    action?: {
      type: string;
      step: string | null;
      message: string | null;
      proposedDate: string | null;
      title: string | null;
    };
    expect: {
      error?: string;
      status?: number;
      stepTitles?: string[];
      absent?: string[];
      step?: { key: string; status?: string; commitment?: string; dueInDays?: number };
      actionRecorded?: { type: string; resolution: string } | null;
    };
  }[];
}

const file = JSON.parse(fs.readFileSync(FILE, 'utf8')) as ScenarioFile;
const labels = readLabels();

/** The data set, inserted straight into the org's store; symbolic keys → Ids. */
function build(org: LocalOrg, data: ScenarioFile['data']): Map<string, string> {
  const ids = new Map<string, string>();
  const id = (key: unknown) => (typeof key === 'string' ? (ids.get(key) ?? null) : null);
  const insert = (
    object: string,
    rows: Keyed[] | undefined,
    fields: (row: Keyed) => Record<string, unknown>
  ) => {
    for (const row of rows ?? []) ids.set(row.key, org.store.insert(object, fields(row)));
  };
  const now = org.clock.now().getTime();
  insert('Account', data.accounts, (r) => ({ Name: r.name }));
  insert('Contact', data.contacts, (r) => ({
    FirstName: r.firstName,
    LastName: r.lastName,
    Email: r.email ?? null,
    AccountId: id(r.account)
  }));
  insert('Opportunity', data.opportunities, (r) => ({
    Name: r.name,
    AccountId: id(r.account),
    StageName: 'Prospecting',
    CloseDate: addDays(TODAY, 60)
  }));
  insert('Mutual_Action_Plan__c', data.plans, (r) => ({
    Name: r.name,
    Opportunity__c: id(r.opportunity),
    Status__c: r.status
  }));
  insert('Plan_Stakeholder__c', data.stakeholders, (r) => ({
    Name: r.name,
    Plan__c: id(r.plan),
    Side__c: r.side,
    Role__c: r.role ?? null,
    Title__c: r.title ?? null,
    Email__c: r.email ?? null,
    Contact__c: id(r.contact)
  }));
  insert('Plan_Step__c', data.steps, (r) => ({
    Name: r.title,
    Plan__c: id(r.plan),
    Side__c: r.side,
    Owner__c: id(r.owner),
    Due_Date__c:
      r.dueInDays === null || r.dueInDays === undefined ? null : addDays(TODAY, Number(r.dueInDays)),
    Status__c: r.status,
    Completed_Date__c: r.status === 'Done' ? TODAY : null,
    Visibility__c: r.visibility,
    Notes__c: r.notes ?? null,
    Sort_Order__c: r.sortOrder,
    Commitment__c: 'Not Asked'
  }));
  for (const r of data.steps)
    if (r.dependsOn)
      org.store.update('Plan_Step__c', String(ids.get(r.key)), { Depends_On__c: id(r.dependsOn) });
  insert('Plan_Share__c', data.shares, (r) => ({
    Plan__c: id(r.plan),
    Stakeholder__c: id(r.stakeholder),
    Token_Hash__c: hashToken(String(r.token)),
    Calendar_Key_Hash__c: hashToken(calendarKey(String(r.token))),
    Expires_At__c: new Date(now + Number(r.expiresInDays) * 86_400_000).toISOString(),
    Revoked_At__c: r.revoked ? new Date(now - 3_600_000).toISOString() : null,
    Open_Count__c: 0
  }));
  return ids;
}

function dateOf(offset: string | null): string | null {
  return offset === null ? null : addDays(TODAY, Number(offset));
}

async function call(
  controller: PlanControllerBridge,
  scenario: ScenarioFile['scenarios'][number],
  ids: Map<string, string>
): Promise<{ raw: string; view?: BuyerRoomView; status?: number; error?: string }> {
  if (scenario.method === 'calendar') {
    // The feed takes the link's calendar key, derived from the token (or the token itself, to see it refused).
    const feed = await controller.buyerRoom.calendar(
      scenario.sendTokenAsIs ? scenario.token : calendarKey(scenario.token)
    );
    return { raw: feed.body, status: feed.status, ...(feed.status === 200 ? {} : { error: feed.body }) };
  }
  try {
    const view =
      scenario.method === 'getRoom'
        ? await controller.buyerRoom.getRoom({ token: scenario.token })
        : await controller.buyerRoom.act({
            token: scenario.token,
            actionJson: JSON.stringify({
              type: scenario.action?.type,
              stepId: scenario.action?.step ? (ids.get(scenario.action.step) ?? null) : null,
              message: scenario.action?.message ?? null,
              proposedDate: dateOf(scenario.action?.proposedDate ?? null),
              title: scenario.action?.title ?? null
            })
          });
    return { raw: JSON.stringify(view), view };
  } catch (error) {
    return { raw: '', error: (error as Error).message };
  }
}

for (const scenario of file.scenarios) {
  test(scenario.name, async () => {
    const org = await startLocalOrg({ clock: NOW });
    try {
      const ids = build(org, file.data);
      const controller = createPlanController({
        instanceUrl: org.url,
        accessToken: org.token,
        now: () => org.clock.now(),
        buyerRoomSiteUrl: () => 'https://buyers.example.test'
      });
      const result = await call(controller, scenario, ids);
      const expect = scenario.expect;
      if (expect.error) assert.equal(result.error, labels.get(expect.error), 'the refusal');
      else assert.equal(result.error, undefined, 'succeeds');
      if (expect.status !== undefined) assert.equal(result.status, expect.status);
      if (expect.stepTitles) {
        const titles =
          scenario.method === 'calendar'
            ? [...result.raw.matchAll(new RegExp(`UID:(\\w+)${UID_SUFFIX.replace(/\./g, '\\.')}`, 'g'))]
                .map((m) => [...ids].find(([, v]) => v === m[1])?.[0])
                .map((key) => file.data.steps.find((s) => s.key === key)?.title)
            : (result.view?.steps ?? []).map((s) => s.title);
        assert.deepEqual(titles, expect.stepTitles);
      }
      for (const text of expect.absent ?? [])
        assert.ok(!result.raw.includes(text), `"${text}" is not in the answer`);
      if (expect.step) {
        const [row] = await controller.client.queryAll<Record<string, unknown>>(
          `SELECT Status__c, Commitment__c, Due_Date__c FROM Plan_Step__c WHERE Id = '${ids.get(expect.step.key)}'`
        );
        if (expect.step.status) assert.equal(row.Status__c, expect.step.status);
        if (expect.step.commitment) assert.equal(row.Commitment__c, expect.step.commitment);
        if (expect.step.dueInDays !== undefined)
          assert.equal(row.Due_Date__c, addDays(TODAY, expect.step.dueInDays));
      }
      if (expect.actionRecorded !== undefined) {
        const rows = await controller.client.queryAll<Record<string, unknown>>(
          'SELECT Type__c, Resolution__c FROM Plan_Buyer_Action__c ORDER BY CreatedDate DESC, Id DESC LIMIT 1'
        );
        if (expect.actionRecorded === null) assert.equal(rows.length, 0, 'no buyer update recorded');
        else
          assert.deepEqual(
            { type: rows[0]?.Type__c, resolution: rows[0]?.Resolution__c },
            expect.actionRecorded
          );
      }
    } finally {
      await org.close();
    }
  });
}
