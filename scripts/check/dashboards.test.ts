// Every dashboard component must read what its report has: the report exists, the component's
// grouping is one of the report's groupings, and each summarized column is a report column carrying
// that aggregate. A deploy rejects a component that breaks any of these; this says so offline.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { PROJECT_ROOT } from './testProject.ts';
import { childText, childrenNamed, parseXmlTree, type XmlElement } from './xmlTree.ts';

const DEFAULT = path.join(PROJECT_ROOT, 'force-app', 'main', 'default');
const DASHBOARDS = path.join(DEFAULT, 'dashboards');
const REPORTS = path.join(DEFAULT, 'reports');

interface ReportShape {
  groupings: Set<string>;
  /** Column → its aggregates (Sum, Average, Maximum, …). */
  columns: Map<string, Set<string>>;
}

function readReport(name: string): ReportShape | undefined {
  const file = path.join(REPORTS, `${name}.report-meta.xml`);
  if (!fs.existsSync(file)) return undefined;
  const root = parseXmlTree(fs.readFileSync(file, 'utf8'));
  const columns = new Map<string, Set<string>>();
  for (const column of childrenNamed(root, 'columns')) {
    const field = childText(column, 'field');
    if (field)
      columns.set(field, new Set(childrenNamed(column, 'aggregateTypes').map((aggregate) => aggregate.text)));
  }
  const groupings = new Set(
    childrenNamed(root, 'groupingsDown')
      .map((grouping) => childText(grouping, 'field'))
      .filter((field): field is string => field !== undefined)
  );
  return { groupings, columns };
}

function components(root: XmlElement): XmlElement[] {
  return ['leftSection', 'middleSection', 'rightSection'].flatMap((section) =>
    childrenNamed(root, section).flatMap((element) => childrenNamed(element, 'components'))
  );
}

function problemsOf(dashboardFile: string): string[] {
  const problems: string[] = [];
  const root = parseXmlTree(fs.readFileSync(dashboardFile, 'utf8'));
  for (const component of components(root)) {
    const title = childText(component, 'title') ?? childText(component, 'header') ?? '(untitled)';
    const reportName = childText(component, 'report') ?? '';
    const report = readReport(reportName);
    if (!report) {
      problems.push(`${title}: no report ${reportName}`);
      continue;
    }
    for (const grouping of childrenNamed(component, 'groupingColumn'))
      if (!report.groupings.has(grouping.text))
        problems.push(`${title}: ${reportName} is not grouped by ${grouping.text}`);
    for (const summary of childrenNamed(component, 'chartSummary')) {
      const column = childText(summary, 'column') ?? '';
      if (column === 'RowCount') continue;
      const aggregate = childText(summary, 'aggregate') ?? '';
      const aggregates = report.columns.get(column);
      if (!aggregates) problems.push(`${title}: ${reportName} has no column ${column}`);
      else if (!aggregates.has(aggregate))
        problems.push(`${title}: ${reportName} does not ${aggregate || 'aggregate'} ${column}`);
    }
  }
  return problems;
}

function dashboardFiles(): string[] {
  return fs
    .readdirSync(DASHBOARDS, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.dashboard-meta.xml'))
    .map((name) => path.join(DASHBOARDS, name));
}

test('every dashboard component summarizes columns and groupings its report has', () => {
  const files = dashboardFiles();
  assert.ok(files.length > 0, 'the package ships a dashboard');
  for (const file of files) assert.deepEqual(problemsOf(file), [], path.relative(PROJECT_ROOT, file));
});

test('a component naming a column its report lacks is reported', () => {
  const original = path.join(DASHBOARDS, 'Mutual_Action_Plans', 'Plan_Health.dashboard-meta.xml');
  const broken = fs
    .readFileSync(original, 'utf8')
    .replace(
      '<column>Opportunity.Plan_Adjusted_Amount__c</column>',
      '<column>Opportunity.No_Such__c</column>'
    )
    .replace(
      '<groupingColumn>Opportunity.Plan_Health__c</groupingColumn>',
      '<groupingColumn>STAGE_NAME</groupingColumn>'
    );
  const scratch = fs.mkdtempSync(path.join(tmpdir(), 'dashboard-test-'));
  try {
    const file = path.join(scratch, 'Broken.dashboard-meta.xml');
    fs.writeFileSync(file, broken);
    const problems = problemsOf(file);
    assert.ok(
      problems.some((p) => p.includes('has no column Opportunity.No_Such__c')),
      problems.join('\n')
    );
    assert.ok(
      problems.some((p) => p.includes('is not grouped by STAGE_NAME')),
      problems.join('\n')
    );
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
});
