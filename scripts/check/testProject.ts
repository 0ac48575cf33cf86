// Test support for the check suites: a temporary copy of the project's deployable sources plus a
// small, self-contained fixture (one object with three fields, a permission set, an Apex selector
// and a TypeScript LWC), into which each test injects one fault.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');
const COPIED = ['force-app', 'dev-app', 'sfdx-project.json', '.forceignore'];
const NS = 'xmlns="http://soap.sforce.com/2006/04/metadata"';

/** Fixture files, relative to force-app/main/default. */
export const FIXTURE: Readonly<Record<string, string>> = {
  'objects/Check_Fixture__c/Check_Fixture__c.object-meta.xml': `<?xml version="1.0" encoding="UTF-8"?>
<CustomObject ${NS}>
    <deploymentStatus>Deployed</deploymentStatus>
    <description>Fixture object for the metadata check tests.</description>
    <label>Check Fixture</label>
    <nameField>
        <label>Check Fixture Name</label>
        <type>Text</type>
    </nameField>
    <pluralLabel>Check Fixtures</pluralLabel>
    <sharingModel>ReadWrite</sharingModel>
</CustomObject>
`,
  'objects/Check_Fixture__c/fields/Score__c.field-meta.xml': `<?xml version="1.0" encoding="UTF-8"?>
<CustomField ${NS}>
    <fullName>Score__c</fullName>
    <description>A score.</description>
    <inlineHelpText>The score.</inlineHelpText>
    <label>Score</label>
    <precision>4</precision>
    <required>false</required>
    <scale>0</scale>
    <type>Number</type>
</CustomField>
`,
  'objects/Check_Fixture__c/fields/Double_Score__c.field-meta.xml': `<?xml version="1.0" encoding="UTF-8"?>
<CustomField ${NS}>
    <fullName>Double_Score__c</fullName>
    <description>Twice the score, plus one when the opportunity has an amount.</description>
    <formula>Score__c * 2 + IF(ISBLANK(Opportunity__r.Amount), 0, 1) /* "Nope__c" in a comment */</formula>
    <formulaTreatBlanksAs>BlankAsZero</formulaTreatBlanksAs>
    <label>Double Score</label>
    <precision>5</precision>
    <required>false</required>
    <scale>0</scale>
    <type>Number</type>
</CustomField>
`,
  'objects/Check_Fixture__c/fields/Opportunity__c.field-meta.xml': `<?xml version="1.0" encoding="UTF-8"?>
<CustomField ${NS}>
    <fullName>Opportunity__c</fullName>
    <deleteConstraint>SetNull</deleteConstraint>
    <description>The opportunity.</description>
    <label>Opportunity</label>
    <referenceTo>Opportunity</referenceTo>
    <relationshipLabel>Check Fixtures</relationshipLabel>
    <relationshipName>Check_Fixtures</relationshipName>
    <required>false</required>
    <type>Lookup</type>
</CustomField>
`,
  'permissionsets/Check_Fixture.permissionset-meta.xml': `<?xml version="1.0" encoding="UTF-8"?>
<PermissionSet ${NS}>
    <description>Fixture permission set.</description>
    <fieldPermissions>
        <editable>false</editable>
        <field>Check_Fixture__c.Double_Score__c</field>
        <readable>true</readable>
    </fieldPermissions>
    <fieldPermissions>
        <editable>true</editable>
        <field>Check_Fixture__c.Opportunity__c</field>
        <readable>true</readable>
    </fieldPermissions>
    <fieldPermissions>
        <editable>true</editable>
        <field>Check_Fixture__c.Score__c</field>
        <readable>true</readable>
    </fieldPermissions>
    <hasActivationRequired>false</hasActivationRequired>
    <label>Check Fixture</label>
    <objectPermissions>
        <allowCreate>true</allowCreate>
        <allowDelete>false</allowDelete>
        <allowEdit>true</allowEdit>
        <allowRead>true</allowRead>
        <modifyAllRecords>false</modifyAllRecords>
        <object>Check_Fixture__c</object>
        <viewAllRecords>false</viewAllRecords>
    </objectPermissions>
</PermissionSet>
`,
  'classes/CheckFixtureSelector.cls': `/**
 * Reads fixture records for the check tests.
 */
public with sharing class CheckFixtureSelector {
    /**
     * Fixture records scoring above a minimum, best first.
     * @param minimum the lowest score to leave out
     * @return the records
     */
    public static List<Check_Fixture__c> highScores(Decimal minimum) {
        return [
            SELECT Id, Name, Score__c, Opportunity__r.Name, Opportunity__r.Account.Name
            FROM Check_Fixture__c
            WHERE Score__c > :minimum AND Opportunity__r.IsClosed = FALSE
            WITH USER_MODE
            ORDER BY Score__c DESC
        ];
    }
}
`,
  'classes/CheckFixtureSelector.cls-meta.xml': `<?xml version="1.0" encoding="UTF-8"?>
<ApexClass ${NS}>
    <apiVersion>68.0</apiVersion>
    <status>Active</status>
</ApexClass>
`,
  'lwc/checkFixture/checkFixture.ts': `import SCORE_FIELD from '@salesforce/schema/Check_Fixture__c.Score__c';

export const SCORE = SCORE_FIELD;
export const DOUBLE_SCORE = 'Double_Score__c';
`,
  'lwc/checkFixture/checkFixture.js': `import SCORE_FIELD from '@salesforce/schema/Check_Fixture__c.Score__c';

export const SCORE = SCORE_FIELD;
export const DOUBLE_SCORE = 'Double_Score__c';
`,
  'lwc/checkFixture/checkFixture.js-meta.xml': `<?xml version="1.0" encoding="UTF-8"?>
<LightningComponentBundle ${NS}>
    <apiVersion>68.0</apiVersion>
    <isExposed>false</isExposed>
</LightningComponentBundle>
`
};

export interface TestProject {
  root: string;
  /** Absolute path of a fixture file (relative to force-app/main/default). */
  file(rel: string): string;
  read(rel: string): string;
  write(rel: string, text: string): void;
  /** Replaces `from` (which must occur) in a file. */
  replace(rel: string, from: string, to: string): void;
  remove(): void;
}

/** A temporary copy of the project's sources with the fixture added. */
export function createTestProject(options: { withFixture?: boolean } = {}): TestProject {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'map-check-'));
  for (const entry of COPIED) {
    const from = path.join(PROJECT_ROOT, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(root, entry), { recursive: true });
  }
  fs.mkdirSync(path.join(root, 'force-app', 'main', 'default'), { recursive: true });
  const file = (rel: string): string => path.join(root, 'force-app', 'main', 'default', rel);
  const project: TestProject = {
    root,
    file,
    read: (rel) => fs.readFileSync(file(rel), 'utf8'),
    write: (rel, text) => {
      fs.mkdirSync(path.dirname(file(rel)), { recursive: true });
      fs.writeFileSync(file(rel), text);
    },
    replace: (rel, from, to) => {
      const text = project.read(rel);
      if (!text.includes(from)) throw new Error(`${rel} does not contain ${from}`);
      project.write(rel, text.replace(from, to));
    },
    remove: () => fs.rmSync(root, { recursive: true, force: true })
  };
  if (options.withFixture !== false)
    for (const [rel, text] of Object.entries(FIXTURE)) project.write(rel, text);
  return project;
}
