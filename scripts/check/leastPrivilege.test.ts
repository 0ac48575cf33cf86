// The least-privilege check passes on the project and fails on each fault it exists for: every test
// copies the permission sets, injects one fault and expects a finding naming the file and the fault.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { LAST_ROLLUP_FIELD, ROLLUP_FIELDS } from '../sync/rollup/opportunityFields.ts';
import { checkLeastPrivilege, INTEGRATION_SET } from './leastPrivilege.ts';
import { SchemaModel } from './objectModel.ts';
import { formatFinding, type Finding } from './report.ts';
import { PROJECT_ROOT } from './testProject.ts';

const DEFAULT = path.join(PROJECT_ROOT, 'force-app', 'main', 'default');
const model = SchemaModel.load([path.join(DEFAULT, 'objects')]);
const copies: string[] = [];

after(() => {
  for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of the package's permission sets, with `edit` applied to one of them. */
function permissionSets(edit?: { set: string; change: (xml: string) => string }): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'map-privilege-'));
  copies.push(dir);
  fs.cpSync(path.join(DEFAULT, 'permissionsets'), dir, { recursive: true });
  if (edit) {
    const file = path.join(dir, `${edit.set}.permissionset-meta.xml`);
    const original = fs.readFileSync(file, 'utf8');
    const faulty = edit.change(original);
    assert.notEqual(faulty, original, 'the fault changed the file');
    fs.writeFileSync(file, faulty);
  }
  return fs.readdirSync(dir).map((name) => path.join(dir, name));
}

function check(files: string[]): Finding[] {
  return checkLeastPrivilege(files, model);
}

function assertFinding(findings: Finding[], file: string, pattern: RegExp): void {
  assert.ok(
    findings.some((f) => f.file.endsWith(file) && pattern.test(f.message)),
    `expected a finding on ${file} matching ${pattern}; got:\n${findings.map((f) => formatFinding(f, PROJECT_ROOT)).join('\n')}`
  );
}

/** Sets one flag (editable / readable) of a field's permission in a permission set's XML. */
function setFlag(field: string, flag: 'editable' | 'readable', value: boolean) {
  return (xml: string): string =>
    xml.replace(/<fieldPermissions>[\s\S]*?<\/fieldPermissions>/g, (block) =>
      block.includes(`<field>${field}</field>`)
        ? block.replace(new RegExp(`<${flag}>(true|false)</${flag}>`), `<${flag}>${value}</${flag}>`)
        : block
    );
}

/** Sets one flag of an object's permission in a permission set's XML. */
function setObjectFlag(object: string, flag: string, value: boolean) {
  return (xml: string): string =>
    xml.replace(/<objectPermissions>[\s\S]*?<\/objectPermissions>/g, (block) =>
      block.includes(`<object>${object}</object>`)
        ? block.replace(new RegExp(`<${flag}>(true|false)</${flag}>`), `<${flag}>${value}</${flag}>`)
        : block
    );
}

const HUMAN_SETS = ['Mutual_Action_Plans_User', 'Mutual_Action_Plans_Viewer', 'Mutual_Action_Plans_Admin'];
const INTEGRATION_FILE = `${INTEGRATION_SET}.permissionset-meta.xml`;

describe('least privilege around the roll-up', () => {
  test('it_should_pass_on_the_package_permission_sets', () => {
    assert.deepEqual(
      check(permissionSets()).map((f) => formatFinding(f, PROJECT_ROOT)),
      []
    );
  });

  for (const set of HUMAN_SETS) {
    test(`it_should_fail_when_${set}_edits_a_roll_up_field`, () => {
      const field = `Opportunity.${ROLLUP_FIELDS[0]}`;
      const findings = check(permissionSets({ set, change: setFlag(field, 'editable', true) }));
      assertFinding(
        findings,
        `${set}.permissionset-meta.xml`,
        new RegExp(`is for people, yet edits ${field}`)
      );
    });
  }

  test('it_should_fail_when_a_gate_bypass_style_set_without_field_entries_gains_edit_on_a_roll_up_field', () => {
    const field = `Opportunity.${LAST_ROLLUP_FIELD}`;
    const findings = check(
      permissionSets({
        set: 'Mutual_Action_Plans_Gate_Bypass',
        change: (xml) =>
          xml.replace(
            '<hasActivationRequired>',
            `<fieldPermissions><editable>true</editable><field>${field}</field><readable>true</readable></fieldPermissions>\n  <hasActivationRequired>`
          )
      })
    );
    assertFinding(
      findings,
      'Mutual_Action_Plans_Gate_Bypass.permissionset-meta.xml',
      /is for people, yet edits/
    );
  });

  test('it_should_fail_for_every_roll_up_field_the_integration_set_cannot_edit', () => {
    for (const name of [...ROLLUP_FIELDS, LAST_ROLLUP_FIELD]) {
      const field = `Opportunity.${name}`;
      const findings = check(
        permissionSets({ set: INTEGRATION_SET, change: setFlag(field, 'editable', false) })
      );
      assertFinding(findings, INTEGRATION_FILE, new RegExp(`must edit ${field}:`));
    }
  });

  test('it_should_fail_when_the_integration_set_cannot_read_a_step_field_the_roll_up_reads', () => {
    const findings = check(
      permissionSets({ set: INTEGRATION_SET, change: setFlag('Plan_Step__c.Due_Date__c', 'readable', false) })
    );
    assertFinding(findings, INTEGRATION_FILE, /must read Plan_Step__c\.Due_Date__c/);
  });

  // remind's digests read the buyer owner's contact: its email and Email Opt Out, and the object.
  for (const field of ['Contact.Email', 'Contact.HasOptedOutOfEmail'])
    test(`it_should_fail_when_the_integration_set_cannot_read_${field}`, () => {
      const findings = check(
        permissionSets({ set: INTEGRATION_SET, change: setFlag(field, 'readable', false) })
      );
      assertFinding(findings, INTEGRATION_FILE, new RegExp(`must read ${field.replace('.', '\\.')}`));
    });

  test('it_should_fail_when_the_integration_set_cannot_read_contacts', () => {
    const findings = check(
      permissionSets({ set: INTEGRATION_SET, change: setObjectFlag('Contact', 'allowRead', false) })
    );
    assertFinding(findings, INTEGRATION_FILE, /needs allowRead on Contact/);
  });

  for (const [object, flag] of [
    ['Plan_Template_Step__c', 'allowDelete'],
    ['Opportunity', 'viewAllRecords'],
    ['Mutual_Action_Plan__c', 'modifyAllRecords'],
    // remind edits a step's status (a completed Task completes it), never a buyer update.
    ['Plan_Buyer_Action__c', 'allowEdit']
  ] as const) {
    test(`it_should_fail_when_the_integration_set_has_${flag}_on_${object}`, () => {
      const findings = check(
        permissionSets({ set: INTEGRATION_SET, change: setObjectFlag(object, flag, true) })
      );
      assertFinding(findings, INTEGRATION_FILE, new RegExp(`must not have ${flag} on ${object}`));
    });
  }

  test('it_should_fail_when_the_integration_set_edits_a_field_the_sync_cli_never_writes', () => {
    const findings = check(
      permissionSets({ set: INTEGRATION_SET, change: setFlag('Plan_Step__c.Due_Date__c', 'editable', true) })
    );
    assertFinding(
      findings,
      INTEGRATION_FILE,
      /edits Plan_Step__c\.Due_Date__c, which the sync CLI never writes/
    );
  });

  test('it_should_fail_when_the_integration_set_has_view_all_data', () => {
    const findings = check(
      permissionSets({
        set: INTEGRATION_SET,
        change: (xml) => xml.replace('<name>ApiEnabled</name>', '<name>ViewAllData</name>')
      })
    );
    assertFinding(findings, INTEGRATION_FILE, /must not have the user permission ViewAllData/);
  });

  test('it_should_fail_when_there_is_no_integration_set', () => {
    const files = permissionSets().filter((file) => !file.endsWith(INTEGRATION_FILE));
    assertFinding(
      check(files),
      '.permissionset-meta.xml',
      new RegExp(`no permission set ${INTEGRATION_SET}`)
    );
  });
});
