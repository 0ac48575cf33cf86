import type {
  PlanChangeSet,
  StepDto
} from '../../../force-app/main/default/lwc/planContract/planContract.ts';
import { findCycles } from '../../../force-app/main/default/lwc/planEngine/cycles.ts';
import { ApexError, MESSAGES, fillMessage } from './errors.ts';
import { soqlIdList, soqlString, text, type Row } from './records.ts';
import type { BridgeSession } from './session.ts';

/**
 * PlanChangeSetValidator.checkDependencies and PlanDependencyGraph: the opportunity's steps as they
 * would be after the change set (stored steps, updates and deletes applied, new steps added) must
 * depend only on steps of their own plan, never in a loop. Loops are found by the engine's
 * findCycles; the steps are in the same order as in Apex (new steps, updated steps, then the stored
 * ones by Id), so both name the same step first.
 */

// A plan the change set creates has no Id yet: its new steps are in this plan.
const NEW_PLAN = 'new plan';
const KEY_PREFIX = 'key:';

interface Node {
  key: string | null;
  title: string | null;
  plan: string | null;
  predecessor: string | null;
  written: boolean;
}

function keyOf(key: string | null): string | null {
  return key ? `${KEY_PREFIX}${key}` : null;
}

function predecessorOf(row: StepDto): string | null {
  return row.dependsOnKey ? `${KEY_PREFIX}${row.dependsOnKey}` : row.dependsOnId;
}

function label(node: Node): string {
  return `"${node.title?.trim() ? node.title : 'Untitled step'}"`;
}

/** Refuses the first written step whose predecessor is outside its plan, then the first loop. */
export function checkGraph(nodes: readonly Node[], removed: ReadonlySet<string>): void {
  const index = new Map<string, number>();
  const kept: Node[] = [];
  for (const node of nodes) {
    if (node.key !== null && (index.has(node.key) || removed.has(node.key))) continue;
    if (node.key !== null) index.set(node.key, kept.length);
    kept.push(node);
  }
  const link = kept.map((node) => {
    if (node.predecessor === null || removed.has(node.predecessor)) return -1;
    const target = index.get(node.predecessor);
    if (target !== undefined && kept[target].plan === node.plan) return target;
    if (node.written) throw new ApexError(fillMessage(MESSAGES.otherPlanDependency, [label(node)]));
    return -1;
  });
  const cycle = findCycles(link).at(0);
  if (!cycle) return;
  const first = Math.min(...cycle);
  let chain = `${label(kept[first])} depends on ${label(kept[link[first]])}`;
  for (let walk = link[first]; walk !== first;) {
    walk = link[walk];
    chain += `, which depends on ${label(kept[walk])}`;
  }
  throw new ApexError(fillMessage(MESSAGES.dependencyCycle, [chain]));
}

/**
 * Checks the dependencies of a change set that writes steps (one query: the opportunity's steps and
 * the predecessors it names). Call after the version check.
 * @param shownPlanId the plan on the rep's screen: new steps go there unless the change set carries
 *   a plan header, which names its own plan
 */
export async function checkDependencies(
  session: BridgeSession,
  changes: PlanChangeSet,
  shownPlanId: string | null
): Promise<void> {
  const { inserts, updates, deletes } = changes.steps;
  if (inserts.length === 0 && updates.length === 0) return;
  const predecessorIds = [...inserts, ...updates].map((row) => row.dependsOnId).filter((id) => id !== null);
  const stored = await session.client.queryAll<Row>(
    `SELECT Id, Name, Plan__c, Depends_On__c FROM Plan_Step__c
     WHERE Plan__r.Opportunity__c = ${soqlString(changes.opportunityId)}
     ${predecessorIds.length ? `OR Id IN ${soqlIdList(predecessorIds)}` : ''}
     ORDER BY Id ASC`
  );
  const planOf = new Map(stored.map((row) => [String(row.Id), text(row.Plan__c)]));
  // With no plan to go into, new steps are refused by the save (noPlanYet).
  const newStepsPlan = changes.plan ? (changes.plan.id ?? NEW_PLAN) : shownPlanId;
  const nodes: Node[] = [
    ...(newStepsPlan === null ? [] : inserts).map((row) => ({
      key: keyOf(row.key),
      title: row.title,
      plan: newStepsPlan,
      predecessor: predecessorOf(row),
      written: true
    })),
    ...updates.map((row) => ({
      key: row.id,
      title: row.title,
      plan: (row.id && planOf.get(row.id)) ?? null,
      predecessor: predecessorOf(row),
      written: true
    })),
    ...stored.map((row) => ({
      key: String(row.Id),
      title: text(row.Name),
      plan: text(row.Plan__c),
      predecessor: text(row.Depends_On__c),
      written: false
    }))
  ];
  checkGraph(nodes, new Set(deletes.map((row) => row.id).filter((id) => id !== null)));
}
