import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { MESSAGE_KEYS } from '../preview/apexBridge/errors.ts';
import { errorKeyOfConstant, errorLabelName, readLabels } from '../preview/apexBridge/labels.ts';
import {
  apexClassFields,
  BUYER_ROOM_DTO_PAIRS,
  dtoProblems,
  errorCodeProblems,
  planErrorConstants,
  typeScriptFields
} from './contractParity.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, 'force-app/main/default', file), 'utf8');
const DTOS = read('classes/PlanDtos.cls');
const CONTRACT = read('lwc/planContract/planContract.ts');
const ENGINE = read('lwc/planEngine/types.ts');
const PLAN_ERRORS = read('classes/PlanErrors.cls');

function problemsOf(dtos: string, contract: string): string[] {
  return dtoProblems(apexClassFields(dtos), {
    contract: typeScriptFields(contract),
    engine: typeScriptFields(ENGINE)
  }).map((p) => `${p.subject} ${p.message}`);
}

function codeProblemsOf(planErrors: string, bridgeKeys: readonly string[] = MESSAGE_KEYS): string[] {
  return errorCodeProblems(
    planErrorConstants(planErrors),
    new Set(readLabels().keys()),
    bridgeKeys,
    errorKeyOfConstant,
    errorLabelName
  ).map((p) => `${p.subject} ${p.message}`);
}

describe("the buyer room door's DTOs and its TypeScript contract name the same fields", () => {
  const buyerDtos = read('classes/BuyerRoomDtos.cls');
  const buyerContract = read('lwc/buyerRoomContract/buyerRoomContract.ts');
  const buyerProblems = (dtos: string) =>
    dtoProblems(
      apexClassFields(dtos),
      { contract: typeScriptFields(buyerContract) },
      BUYER_ROOM_DTO_PAIRS
    ).map((p) => `${p.subject} ${p.message}`);

  test('it_should_find_every_DTO_of_BuyerRoomDtos_cls_in_the_buyer_room_contract', () => {
    assert.ok(apexClassFields(buyerDtos).get('StepDto')?.includes('canAct'), 'the DTO fields are read');
    assert.deepEqual(buyerProblems(buyerDtos), []);
  });

  test('it_should_fail_when_the_door_answers_a_field_the_contract_does_not_list', () => {
    const leaky = buyerDtos.replace(
      'public String deliverable;',
      'public String deliverable;\n    public String notes;'
    );
    assert.notEqual(leaky, buyerDtos, 'the fixture edit applies');
    assert.ok(buyerProblems(leaky).some((p) => p.includes('StepDto.notes is not a field of BuyerStepDto')));
  });
});

describe('the Apex DTOs and the TypeScript contract name the same fields', () => {
  test('it_should_find_every_DTO_of_PlanDtos_cls_in_the_TypeScript_contract', () => {
    assert.ok(apexClassFields(DTOS).get('StepDto')?.includes('dependsOnKey'), 'the DTO fields are read');
    assert.ok(typeScriptFields(CONTRACT).get('PlanChangeSet.steps')?.includes('inserts'));
    assert.deepEqual(problemsOf(DTOS, CONTRACT), []);
  });

  test('it_should_fail_when_an_Apex_DTO_gains_a_field_the_TypeScript_type_lacks', () => {
    const dtos = DTOS.replace(
      'public String abandonReason;',
      'public String abandonReason;\n    public String rebaseReason;'
    );
    assert.notEqual(dtos, DTOS);
    assert.deepEqual(problemsOf(dtos, CONTRACT), ['PlanDtos.PlanDto.rebaseReason is not a field of PlanDto']);
  });

  test('it_should_fail_when_a_TypeScript_type_gains_a_field_the_Apex_DTO_lacks', () => {
    const contract = CONTRACT.replace('  isSigner: boolean;', '  isSigner: boolean;\n  isBlocker: boolean;');
    assert.notEqual(contract, CONTRACT);
    assert.deepEqual(problemsOf(DTOS, contract), [
      'StakeholderDto.isBlocker is not a field of PlanDtos.StakeholderDto'
    ]);
  });

  test('it_should_fail_when_a_field_is_renamed_on_one_side_or_a_list_of_a_change_set_moves', () => {
    const contract = CONTRACT.replace('  ownerKey: string | null;', '  ownerTempKey: string | null;').replace(
      'steps: { inserts: StepDto[]; updates: StepDto[]; deletes: StepDto[] };',
      'steps: { inserts: StepDto[]; updates: StepDto[]; removes: StepDto[] };'
    );
    assert.deepEqual(problemsOf(DTOS, contract).sort(), [
      'PlanChangeSet.steps.removes is not a field of PlanDtos.StepChanges',
      'PlanDtos.StepChanges.deletes is not a field of PlanChangeSet.steps',
      'PlanDtos.StepDto.ownerKey is not a field of StepDto',
      'StepDto.ownerTempKey is not a field of PlanDtos.StepDto'
    ]);
  });

  test('it_should_fail_on_a_new_Apex_DTO_without_a_TypeScript_partner_and_ignore_static_members', () => {
    const dtos = DTOS.replace(
      '  /** Opportunity fields the plan view needs. */',
      '  public class ForecastDto {\n    public String title;\n  }\n\n  /** Opportunity fields the plan view needs. */'
    ).replace('public class PlanView {', 'public class PlanView {\n    public static Integer calls = 0;');
    assert.deepEqual(problemsOf(dtos, CONTRACT), [
      'PlanDtos.ForecastDto has no TypeScript partner: add it to planContract.ts and to DTO_PAIRS'
    ]);
  });
});

describe('PlanErrors.cls and the bridge know the same error codes, each a Custom Label', () => {
  test('it_should_match_every_PlanErrors_constant_to_a_label_and_a_bridge_message_key', () => {
    assert.ok(planErrorConstants(PLAN_ERRORS).size >= 20, 'the constants are read');
    assert.deepEqual(codeProblemsOf(PLAN_ERRORS), []);
  });

  test('it_should_fail_on_a_sentence_written_in_Apex_or_a_label_that_does_not_exist', () => {
    const planErrors = PLAN_ERRORS.replace(
      'System.Label.Plan_Error_Locked;',
      "'Someone else is saving this plan right now.';"
    ).replace('System.Label.Plan_Error_No_Record;', 'System.Label.Plan_Error_No_Such_Record;');
    assert.deepEqual(codeProblemsOf(planErrors), [
      'PlanErrors.LOCKED is not read from a Custom Label',
      'PlanErrors.NO_RECORD reads System.Label.Plan_Error_No_Such_Record, which is missing'
    ]);
  });

  test('it_should_fail_on_an_error_code_one_side_has_and_the_other_lacks', () => {
    const planErrors = PLAN_ERRORS.replace(
      'public static final String LOCKED = System.Label.Plan_Error_Locked;',
      'public static final String LOCKED = System.Label.Plan_Error_Locked;\n  public static final String RISK_LIMIT = System.Label.Plan_Error_Locked;'
    );
    assert.deepEqual(
      codeProblemsOf(planErrors, [...MESSAGE_KEYS.filter((k) => k !== 'noRecord'), 'offline']),
      [
        'PlanErrors.RISK_LIMIT reads System.Label.Plan_Error_Locked; the bridge reads Plan_Error_Risk_Limit',
        'bridge message offline is not a constant of PlanErrors.cls',
        'PlanErrors riskLimit is not a message key of the bridge (errors.ts)',
        'PlanErrors noRecord is not a message key of the bridge (errors.ts)'
      ]
    );
  });
});
