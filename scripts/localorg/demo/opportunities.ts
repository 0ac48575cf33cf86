import { fromDay } from '../../planEngine.ts';
import { OPPORTUNITY_STAGES, STAGE_PROBABILITY } from '../standardObjects.ts';
import type { DemoContext, Row } from './context.ts';
import { DEAL_KINDS, NEXT_STEPS } from './names.ts';
import type { DemoAccount, DemoUser } from './people.ts';

const OPEN_STAGES = OPPORTUNITY_STAGES.slice(0, 8);

export interface DemoOpportunity {
  id: string;
  name: string;
  kind: string;
  accountId: string;
  accountName: string;
  owner: DemoUser;
  stageName: string;
  isClosed: boolean;
  isWon: boolean;
  closeDay: number;
  amount: number;
  createdDaysAgo: number;
}

/**
 * One deal of the pipeline: about 20% closed won and 12% closed lost in the last two months, the
 * rest spread over the open stages, closing from ten days ago to five months out.
 */
export function makeOpportunity(
  ctx: DemoContext,
  index: number,
  account: DemoAccount,
  users: readonly DemoUser[]
): { opportunity: DemoOpportunity; row: Row } {
  const { rnd, todayDay } = ctx;
  const owner = rnd.pick(users);
  const r = rnd.next();
  const stageName = r < 0.2 ? 'Closed Won' : r < 0.32 ? 'Closed Lost' : rnd.pick(OPEN_STAGES);
  const isClosed = stageName === 'Closed Won' || stageName === 'Closed Lost';
  const closeDay = isClosed ? todayDay - rnd.int(0, 60) : todayDay + rnd.int(-10, 150);
  const amount = Math.round((5000 + rnd.next() * rnd.next() * 400000) / 100) * 100;
  const createdDaysAgo = isClosed ? rnd.int(70, 240) : rnd.int(10, 180);
  const kind = rnd.pick(DEAL_KINDS);
  const opportunity: DemoOpportunity = {
    id: ctx.ids('Opportunity'),
    name: `${account.name} — ${kind} ${2026 + (index % 2)}`.slice(0, 120),
    kind,
    accountId: account.id,
    accountName: account.name,
    owner,
    stageName,
    isClosed,
    isWon: stageName === 'Closed Won',
    closeDay,
    amount,
    createdDaysAgo
  };
  const row: Row = {
    Id: opportunity.id,
    Name: opportunity.name,
    AccountId: account.id,
    OwnerId: owner.id,
    StageName: stageName,
    CloseDate: fromDay(closeDay),
    Amount: amount,
    Probability: STAGE_PROBABILITY[stageName] ?? null,
    NextStep: isClosed ? null : rnd.pick(NEXT_STEPS),
    ...ctx.stamp(createdDaysAgo)
  };
  return { opportunity, row };
}
