import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { startLocalOrg } from '../../localorg/index.ts';
import { ApexError, MESSAGES, fillMessage } from '../apexBridge/errors.ts';
import { createPlanController, type PlanControllerBridge } from '../apexBridge/index.ts';
import {
  buildData,
  mismatches,
  readScenarios,
  resolve,
  type Json,
  type Scenario,
  type ScenarioFile
} from './contractScenarios.ts';

/**
 * The shared contract scenarios run against the preview's Apex bridge on a local org, each on a
 * fresh org with the scenarios' data set: PlanContract_Tests.cls runs the same file against
 * PlanController, so the bridge and the controller answer every scenario alike.
 */
const TODAY = '2026-11-24';
const file: ScenarioFile = readScenarios();
const OBJECT_OF_VIEW: Record<string, 'plans' | 'steps' | 'stakeholders'> = {};
for (const plan of file.data.plans) OBJECT_OF_VIEW[plan.key] = 'plans';
for (const step of file.data.steps) OBJECT_OF_VIEW[step.key] = 'steps';
for (const holder of file.data.stakeholders) OBJECT_OF_VIEW[holder.key] = 'stakeholders';

function planOf(key: string): string {
  const owner =
    file.data.steps.find((s) => s.key === key) ?? file.data.stakeholders.find((h) => h.key === key);
  return owner?.plan ?? key;
}

function asJson(value: unknown): Json {
  return JSON.parse(JSON.stringify(value)) as Json;
}

async function call(controller: PlanControllerBridge, scenario: Scenario, request: Json): Promise<unknown> {
  const params = request !== null && typeof request === 'object' && !Array.isArray(request) ? request : {};
  switch (scenario.method) {
    case 'getPlan':
      return controller.getPlan({ recordId: params.recordId });
    case 'savePlan':
      return controller.savePlan({
        changeSetJson: 'changeSetJson' in params ? params.changeSetJson : JSON.stringify(params.changeSet)
      });
    case 'getTemplates':
      return controller.getTemplates();
    case 'searchPeople':
      return controller.searchPeople({ opportunityId: params.opportunityId, searchTerm: params.searchTerm });
  }
}

async function run(scenario: Scenario): Promise<void> {
  const org = await startLocalOrg({ clock: `${TODAY}T12:00:00Z` });
  try {
    const { ids, objects } = buildData(org, file.data, TODAY);
    const controller = createPlanController({
      instanceUrl: org.url,
      accessToken: org.token,
      now: () => org.clock.now()
    });
    const view = async (key: string) => {
      const shown = asJson(await controller.getPlan({ recordId: ids.get(planOf(key)) }));
      const kind = OBJECT_OF_VIEW[key];
      const found =
        shown && typeof shown === 'object' && !Array.isArray(shown)
          ? kind === 'plans'
            ? shown.plan
            : (shown[kind] as Json[]).find((row) => (row as Record<string, Json>).id === ids.get(key))
          : null;
      if (!found || typeof found !== 'object' || Array.isArray(found)) throw new Error(`no view of ${key}`);
      return found;
    };
    const request = await resolve(scenario.request, { ids, shapes: file.shapes, today: TODAY, view });
    for (const key of scenario.deleteFirst ?? [])
      org.store.delete(objects.get(key) ?? '', ids.get(key) ?? '');
    const outcome = await call(controller, scenario, request).then(
      (response) => ({ response: asJson(response) }),
      (error: unknown) => ({ error })
    );
    const { error: expectedError, response: expectedResponse, after } = scenario.expect;
    if (expectedError) {
      assert.ok('error' in outcome, `expected the refusal ${expectedError.key}, the call succeeded`);
      assert.ok(outcome.error instanceof ApexError, `expected an ApexError, got ${String(outcome.error)}`);
      const template = MESSAGES[expectedError.key as keyof typeof MESSAGES];
      assert.ok(template, `the error key ${expectedError.key} is one of PlanErrors' messages`);
      assert.equal(outcome.error.message, fillMessage(template, expectedError.args));
    } else {
      if ('error' in outcome) throw outcome.error;
      assert.deepEqual(mismatches(expectedResponse ?? null, outcome.response, ids), []);
    }
    if (after) {
      const shown = asJson(
        await controller.getPlan({
          recordId: await resolve(after.recordId, { ids, shapes: file.shapes, today: TODAY, view })
        })
      );
      assert.deepEqual(mismatches(after.response, shown, ids), [], 'the getPlan after the call');
    }
  } finally {
    await org.close();
  }
}

describe('the shared contract scenarios, against the preview bridge', () => {
  test('it_should_read_scenarios_of_every_controller_method', () => {
    assert.ok(file.scenarios.length >= 20);
    const methods = new Set(file.scenarios.map((s) => s.method));
    assert.deepEqual([...methods].sort(), ['getPlan', 'getTemplates', 'savePlan', 'searchPeople']);
    assert.equal(new Set(file.scenarios.map((s) => s.name)).size, file.scenarios.length, 'unique names');
  });

  for (const scenario of file.scenarios) test(scenario.name, () => run(scenario));
});
