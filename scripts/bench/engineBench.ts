/**
 * Plan engine benchmark: assesses the demo data's plans at the large preset's size (100,000 plans,
 * 2,000,000 steps; scripts/localorg/demo, the same plans the other benchmarks load into the local
 * org) single-threaded and prints throughput, wall time and peak memory. Plans are generated
 * deterministically in batches, kept in memory only (no org), and dropped after assessment, so
 * memory stays bounded.
 *
 *   npx tsx scripts/bench/engineBench.ts [plans=100000] [stepsPerPlan=20]
 */
import {
  assessPlan,
  fromDay,
  type HealthStatus
} from '../../force-app/main/default/lwc/planEngine/planEngine.ts';
import { demoRecords } from '../localorg/demo/generate.ts';
import { DEMO_PRESETS } from '../localorg/demo/options.ts';
import { toPlan, toStep } from '../sync/rollup/records.ts';

const PLANS = Number(process.argv[2] ?? DEMO_PRESETS.large.opportunities);
const STEPS_PER_PLAN = Number(process.argv[3] ?? DEMO_PRESETS.large.stepsPerPlan);
// Plans are generated 100 at a time (2,000 steps), as the roll-up hands the engine one plan's freshly
// built steps at a time. Generating 1,000 at a time keeps ~20,000 steps alive across the assessment,
// so the young generation promotes them and the collector's copying is charged to the engine.
const CHUNK = 100;
const TODAY = '2026-11-24';

function main(): void {
  const health: Record<HealthStatus, number> = {
    'On Track': 0,
    'At Risk': 0,
    'Off Track': 0,
    'No Plan': 0,
    Complete: 0
  };
  let steps = 0;
  let assessNs = 0n;
  let checksum = 0;
  const wallStart = process.hrtime.bigint();
  let counter = 0;
  const { batches } = demoRecords(
    {
      ...DEMO_PRESETS.large,
      opportunities: PLANS,
      stepsPerPlan: STEPS_PER_PLAN,
      today: TODAY,
      batchSize: CHUNK
    },
    { ids: (objectName) => `${objectName}:${++counter}`, nowIso: `${TODAY}T12:00:00.000Z` },
    TODAY
  );
  for (const batch of batches) {
    // The engine's input as the roll-up reads it from the org's rows.
    const chunk = batch.plans.map((item) => ({
      plan: toPlan(item.plan),
      steps: item.steps.map(toStep),
      opportunity: {
        closeDate: fromDay(item.opportunity.closeDay),
        stageName: item.opportunity.stageName,
        isClosed: item.opportunity.isClosed,
        isWon: item.opportunity.isWon
      }
    }));
    const t0 = process.hrtime.bigint();
    for (const item of chunk) {
      const result = assessPlan({
        plan: item.plan,
        steps: item.steps,
        opportunity: item.opportunity,
        today: TODAY
      });
      health[result.health.status]++;
      checksum = (checksum + result.health.score + result.overdueCount) | 0;
      steps += item.steps.length;
    }
    assessNs += process.hrtime.bigint() - t0;
  }
  const wallMs = Number(process.hrtime.bigint() - wallStart) / 1e6;
  const assessMs = Number(assessNs) / 1e6;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  console.log(`plans            ${fmt(PLANS)}`);
  console.log(`steps            ${fmt(steps)}`);
  console.log(`assess time      ${fmt(assessMs)} ms (engine only)`);
  console.log(`wall time        ${fmt(wallMs)} ms (including generating the plans)`);
  console.log(`steps/s          ${fmt(steps / (assessMs / 1000))}`);
  console.log(`plans/s          ${fmt(PLANS / (assessMs / 1000))}`);
  console.log(`peak RSS         ${rssMb.toFixed(1)} MB`);
  console.log(
    `health           ${Object.entries(health)
      .map(([k, v]) => `${k} ${fmt(v)}`)
      .join(', ')}`
  );
  console.log(`checksum         ${checksum}`);
}

main();
