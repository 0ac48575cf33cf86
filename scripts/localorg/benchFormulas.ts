import type { LocalOrg } from './index.ts';

/**
 * The formula-field phase of the scale benchmark: SOQL that filters, aggregates and reads the
 * package's formula fields (what reports and the roll-up ask for) over every plan step.
 */
const QUERIES = [
  'SELECT COUNT() FROM Plan_Step__c WHERE Is_Overdue__c = true',
  'SELECT SUM(Days_Late__c), MAX(Slip_Days__c), MIN(Slip_Days__c) FROM Plan_Step__c',
  'SELECT COUNT() FROM Opportunity WHERE Has_Active_Plan__c = true',
  'SELECT Id, Percent_Complete__c FROM Mutual_Action_Plan__c WHERE Percent_Complete__c >= 50 LIMIT 2000'
];

export async function benchFormulaQueries(org: LocalOrg): Promise<void> {
  const headers = { Authorization: `Bearer ${org.token}` };
  const base = `${org.url}/services/data/v68.0`;
  for (const q of QUERIES) {
    const t = performance.now();
    const res = await fetch(`${base}/query?q=${encodeURIComponent(q)}`, { headers });
    const body = (await res.json()) as { totalSize?: number; records?: Record<string, unknown>[] };
    if (!res.ok) throw new Error(`${q}: HTTP ${res.status} ${JSON.stringify(body)}`);
    const first = body.records?.[0];
    const shown = first && !('Id' in first) ? JSON.stringify({ ...first, attributes: undefined }) : '';
    console.log(
      `formula query: ${((performance.now() - t) / 1000).toFixed(2)} s — ${q} → ${body.totalSize ?? 0} ${shown}`
    );
  }
  // A Bulk API 2.0 read of every step's formula fields, paged as the sync CLI pages.
  const t = performance.now();
  const created = (await (
    await fetch(`${base}/jobs/query`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        operation: 'query',
        query: 'SELECT Id, Is_Overdue__c, Days_Late__c, Slip_Days__c, Owner_Name__c FROM Plan_Step__c'
      })
    })
  ).json()) as { id: string };
  for (;;) {
    const info = (await (await fetch(`${base}/jobs/query/${created.id}`, { headers })).json()) as {
      state: string;
    };
    if (info.state === 'JobComplete') break;
    if (info.state === 'Failed' || info.state === 'Aborted') throw new Error(`job ${info.state}`);
  }
  let locator: string | null = null;
  let rows = 0;
  do {
    const q = `maxRecords=50000${locator ? `&locator=${locator}` : ''}`;
    const res = await fetch(`${base}/jobs/query/${created.id}/results?${q}`, { headers });
    rows += (await res.text()).split('\n').length - 2;
    const next = res.headers.get('sforce-locator');
    locator = next && next !== 'null' ? next : null;
  } while (locator);
  console.log(
    `formula bulk query: ${rows.toLocaleString('en-US')} rows of Is_Overdue__c, Days_Late__c, Slip_Days__c, Owner_Name__c in ${((performance.now() - t) / 1000).toFixed(1)} s`
  );
}
