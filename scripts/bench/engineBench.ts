/**
 * Plan engine benchmark: assesses 100,000 generated plans (2,000,000 steps) single-threaded and
 * prints throughput, wall time and peak memory. Plans are generated deterministically (seeded PRNG)
 * in chunks and dropped after assessment, so memory stays bounded.
 *
 *   npx tsx scripts/bench/engineBench.ts [plans=100000] [stepsPerPlan=20]
 */
import {
  assessPlan,
  fromDay,
  toDay,
  type HealthStatus,
  type OpportunityFacts,
  type PlanInfo,
  type PlanStep,
  type Side,
  type StepStatus
} from '../../force-app/main/default/lwc/planEngine/planEngine.ts';

const PLANS = Number(process.argv[2] ?? 100_000);
const STEPS_PER_PLAN = Number(process.argv[3] ?? 20);
// Plans are generated 100 at a time (2,000 steps), as the roll-up hands the engine one plan's freshly
// built steps at a time. Generating 1,000 at a time keeps ~20,000 steps alive across the assessment,
// so the young generation promotes them and the collector's copying is charged to the engine:
// ~0.8M steps/s instead of ~1.2M on the same engine code.
const CHUNK = 100;
const TODAY = '2026-03-15';
const TODAY_DAY = toDay(TODAY);

/** mulberry32: a small, fast, seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SIDES: Side[] = ['Buyer', 'Seller', 'Joint'];
const PHASES = [
  'Discovery',
  'Evaluation',
  'Technical Validation',
  'Security and Legal',
  'Procurement',
  'Signature',
  'Onboarding',
  null
];

interface GeneratedPlan {
  plan: PlanInfo;
  steps: PlanStep[];
  opportunity: OpportunityFacts;
}

function generatePlan(random: () => number, p: number): GeneratedPlan {
  const planId = `a01${String(p).padStart(12, '0')}`;
  // Plans started between 120 days ago and 30 days from now; steps every few days from there.
  const start = TODAY_DAY - 120 + Math.floor(random() * 150);
  const steps: PlanStep[] = new Array<PlanStep>(STEPS_PER_PLAN);
  let day = start;
  for (let i = 0; i < STEPS_PER_PLAN; i++) {
    day += 1 + Math.floor(random() * 7);
    const past = day < TODAY_DAY;
    const roll = random();
    // Past steps: mostly done, some late; future steps: mostly not started.
    const status: StepStatus = past
      ? roll < 0.7
        ? 'Done'
        : roll < 0.75
          ? 'Skipped'
          : roll < 0.9
            ? 'In Progress'
            : roll < 0.95
              ? 'Blocked'
              : 'Not Started'
      : roll < 0.1
        ? 'Done'
        : roll < 0.3
          ? 'In Progress'
          : 'Not Started';
    const dueDate = random() < 0.03 ? null : fromDay(day);
    steps[i] = {
      id: `${planId}s${i}`,
      planId,
      title: `Step ${i}`,
      side: SIDES[Math.floor(random() * 3)],
      ownerId: random() < 0.05 ? null : `a02${i}`,
      dueDate,
      baselineDate: dueDate,
      status,
      completedDate:
        status === 'Done' ? fromDay(Math.min(TODAY_DAY, day + Math.floor(random() * 5) - 2)) : null,
      isMilestone: random() < 0.15,
      phase: PHASES[Math.min(PHASES.length - 1, Math.floor((i / STEPS_PER_PLAN) * PHASES.length))],
      dependsOnId:
        i > 0 && random() < 0.6 ? `${planId}s${i - 1 - Math.floor(random() * Math.min(i, 3))}` : null,
      lagDays: Math.floor(random() * 3),
      durationDays: 1 + Math.floor(random() * 4),
      buyerCommitted: random() < 0.5,
      visibility: random() < 0.8 ? 'Shared' : 'Internal',
      sortOrder: i * 10,
      lastModified: `${fromDay(TODAY_DAY - Math.floor(random() * 40))}T12:00:00.000Z`
    };
  }
  const closeOffset = Math.floor(random() * 90) - 10;
  return {
    plan: {
      id: planId,
      name: `Plan ${p}`,
      status: random() < 0.9 ? 'Active' : 'Draft',
      goLiveDate: fromDay(day + 30),
      lastModified: `${fromDay(TODAY_DAY - Math.floor(random() * 30))}T09:00:00.000Z`
    },
    steps,
    opportunity: {
      closeDate: fromDay(start + closeOffset + 60),
      stageName: 'Negotiation',
      isClosed: false,
      isWon: false
    }
  };
}

function main(): void {
  const random = prng(20260315);
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
  for (let first = 0; first < PLANS; first += CHUNK) {
    const count = Math.min(CHUNK, PLANS - first);
    const chunk: GeneratedPlan[] = new Array<GeneratedPlan>(count);
    for (let k = 0; k < count; k++) chunk[k] = generatePlan(random, first + k);
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
