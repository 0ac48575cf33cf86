import {
  DEFAULT_HEALTH_WEIGHTS,
  assessPlan,
  resolveHealthWeights,
  riskSeverity,
  type AssessInput,
  type PlanRisk,
  type PlanStakeholder,
  type PlanStep
} from '../planEngine';
import { opportunity, plan, step } from './data/fixtures';

const TODAY = '2024-06-15';
const onTime: PlanStep[] = [step('a', { dueDate: '2024-06-20' }), step('b', { dueDate: '2024-07-01' })];

function risk(id: string, over: Partial<PlanRisk> = {}): PlanRisk {
  return {
    id,
    title: `Risk ${id}`,
    category: 'Security',
    likelihood: 'High',
    impact: 'High',
    status: 'Open',
    mitigation: 'Security review booked with their CISO',
    mitigationDueDate: null,
    ownerStakeholderId: null,
    stepId: null,
    ...over
  };
}

function buyer(id: string, over: Partial<PlanStakeholder> = {}): PlanStakeholder {
  return {
    id,
    name: `Buyer ${id}`,
    side: 'Buyer',
    role: 'Influencer',
    influence: 'Medium',
    stance: 'Neutral',
    contactId: `contact-${id}`,
    userId: null,
    isSigner: false,
    canVeto: false,
    ...over
  };
}

/** A buying committee with every role covered: economic buyer who signs, a champion, no veto against. */
const covered: PlanStakeholder[] = [
  buyer('eb', { role: 'Economic Buyer', isSigner: true, canVeto: true, stance: 'Supporter' }),
  buyer('ch', { role: 'Technical Evaluator', stance: 'Champion' })
];

function assess(over: Partial<AssessInput> = {}) {
  return assessPlan({
    plan: plan(),
    steps: onTime,
    stakeholders: covered,
    opportunity: opportunity({ closeDate: '2024-07-31' }),
    today: TODAY,
    ...over
  });
}

describe('risks in the health', () => {
  it('gives an open high risk without a mitigation as a reason, At Risk, 10 points', () => {
    const health = assess({ risks: [risk('r1', { mitigation: null })] }).health;
    expect(health).toEqual({
      status: 'At Risk',
      score: 79,
      reasons: ['1 open high risk without a mitigation']
    });
    // The At Risk band caps the score at 79; the points show below it.
    const more = assess({
      risks: [risk('r1', { mitigation: '  ' }), risk('r2', { mitigation: null, likelihood: 'Medium' })],
      healthWeights: { unmitigatedHighRisk: 15 }
    }).health;
    expect(more.score).toBe(70);
    expect(more.reasons).toEqual(['2 open high risks without a mitigation']);
  });

  it('counts severity 6 and above as high: High × Medium either way, not Medium × Medium', () => {
    expect(riskSeverity({ likelihood: 'High', impact: 'Medium' })).toBe(6);
    expect(riskSeverity({ likelihood: 'Medium', impact: 'High' })).toBe(6);
    expect(riskSeverity({ likelihood: 'Medium', impact: 'Medium' })).toBe(4);
    expect(riskSeverity({ likelihood: null, impact: 'High' })).toBe(0);
    const medium = assess({
      risks: [risk('r1', { mitigation: null, likelihood: 'Medium', impact: 'Medium' })]
    });
    expect(medium.health).toEqual({ status: 'On Track', score: 100, reasons: [] });
    const unrated = assess({ risks: [risk('r1', { mitigation: null, likelihood: null })] });
    expect(unrated.health.reasons).toEqual([]);
  });

  it('gives no reason for a mitigated, closed or mitigated-in-words high risk', () => {
    const a = assess({
      risks: [
        risk('r1'),
        risk('r2', { mitigation: null, status: 'Mitigated' }),
        risk('r3', { mitigation: null, status: 'Closed' })
      ]
    });
    expect(a.health).toEqual({ status: 'On Track', score: 100, reasons: [] });
    expect(a.openRiskCount).toBe(1);
    expect(a.unmitigatedHighRiskCount).toBe(0);
  });

  it('gives an overdue mitigation as a reason with its days, At Risk, and not one due today', () => {
    const late = assess({
      risks: [risk('r1', { likelihood: 'Low', impact: 'Low', mitigationDueDate: '2024-06-10' })]
    });
    expect(late.health.status).toBe('At Risk');
    expect(late.health.reasons).toEqual(['1 risk mitigation overdue by 5 days']);
    expect(late.overdueMitigationCount).toBe(1);
    const two = assess({
      risks: [
        risk('r1', { mitigationDueDate: '2024-06-14' }),
        risk('r2', { mitigationDueDate: '2024-06-01' }),
        risk('r3', { mitigationDueDate: '2024-06-01', status: 'Closed' })
      ],
      healthWeights: { overdueMitigation: 30 }
    }).health;
    expect(two.reasons).toEqual(['2 risk mitigations overdue, the longest by 14 days']);
    expect(two.score).toBe(40);
    const dueToday = assess({ risks: [risk('r1', { mitigationDueDate: TODAY })] });
    expect(dueToday.health.reasons).toEqual([]);
    expect(dueToday.overdueMitigationCount).toBe(0);
  });

  it('counts at most three risks for points', () => {
    const risks = ['r1', 'r2', 'r3', 'r4', 'r5'].map((id) => risk(id, { mitigation: null }));
    const five = assess({ risks, healthWeights: { unmitigatedHighRisk: 20 } });
    expect(five.health.reasons).toEqual(['5 open high risks without a mitigation']);
    expect(five.health.score).toBe(40);
    const three = assess({ risks: risks.slice(0, 3), healthWeights: { unmitigatedHighRisk: 20 } });
    expect(three.health.score).toBe(40);
    const two = assess({ risks: risks.slice(0, 2), healthWeights: { unmitigatedHighRisk: 20 } });
    expect(two.health.score).toBe(60);
  });

  it('judges risks on a Draft plan too, and counts open risks on any plan', () => {
    const draft = assess({ plan: plan({ status: 'Draft' }), risks: [risk('r1', { mitigation: null })] });
    expect(draft.health.reasons).toEqual(['1 open high risk without a mitigation']);
    const completed = assess({ plan: plan({ status: 'Completed' }), risks: [risk('r1'), risk('r2')] });
    expect(completed.health.status).toBe('Complete');
    expect(completed.openRiskCount).toBe(2);
    expect(assess().openRiskCount).toBe(0);
  });
});

describe('the review in the health', () => {
  it('gives an overdue review on an Active plan as a score-only reason', () => {
    const a = assess({ plan: plan({ reviewCadence: 'Weekly', nextReviewDate: '2024-06-12' }) });
    expect(a.health).toEqual({ status: 'On Track', score: 95, reasons: ['plan review overdue by 3 days'] });
    expect(a.reviewOverdueDays).toBe(3);
  });

  it('gives no reason for a review due today or later, or without a date', () => {
    for (const nextReviewDate of [TODAY, '2024-06-30', null, 'not a date']) {
      const a = assess({ plan: plan({ reviewCadence: 'Monthly', nextReviewDate }) });
      expect(a.health.reasons).toEqual([]);
      expect(a.reviewOverdueDays).toBe(0);
    }
  });

  it('does not judge the review of a Draft plan', () => {
    const a = assess({ plan: plan({ status: 'Draft', nextReviewDate: '2024-05-01' }) });
    expect(a.health).toEqual({ status: 'On Track', score: 100, reasons: [] });
    expect(a.reviewOverdueDays).toBe(0);
  });

  it('takes the admin’s points', () => {
    const a = assess({
      plan: plan({ nextReviewDate: '2024-06-14' }),
      healthWeights: { overdueReview: 12 }
    });
    expect(a.health.score).toBe(88);
    expect(a.health.reasons).toEqual(['plan review overdue by 1 day']);
  });
});

describe('stakeholder coverage in the health', () => {
  it('is quiet for a covered committee', () => {
    expect(assess().health).toEqual({ status: 'On Track', score: 100, reasons: [] });
  });

  it('names a missing economic buyer, signer and champion, each with its points', () => {
    const none = assess({ stakeholders: [] }).health;
    expect(none).toEqual({
      status: 'On Track',
      score: 75,
      reasons: ['no economic buyer named', 'no signer named', 'no champion named']
    });
    const noEb = assess({
      stakeholders: [buyer('dm', { role: 'Decision Maker', isSigner: true, stance: 'Champion' })]
    }).health;
    expect(noEb.reasons).toEqual(['no economic buyer named']);
    expect(noEb.score).toBe(90);
    const noSigner = assess({
      stakeholders: [buyer('eb', { role: 'Economic Buyer' }), buyer('ch', { role: 'Champion' })]
    }).health;
    expect(noSigner.reasons).toEqual(['no signer named']);
    expect(noSigner.score).toBe(95);
    const noChampion = assess({ stakeholders: [covered[0]] }).health;
    expect(noChampion.reasons).toEqual(['no champion named']);
    expect(noChampion.score).toBe(90);
  });

  it('counts only buyer-side people', () => {
    const seller: PlanStakeholder = {
      ...buyer('ae', { role: 'Economic Buyer', isSigner: true, stance: 'Champion' }),
      side: 'Seller',
      contactId: null,
      userId: 'user-ae'
    };
    expect(assess({ stakeholders: [seller] }).health.reasons).toEqual([
      'no economic buyer named',
      'no signer named',
      'no champion named'
    ]);
  });

  it('makes a veto holder who is a blocker or skeptic At Risk, at most three counted', () => {
    const against = (id: string, stance: string) => buyer(id, { canVeto: true, stance });
    const one = assess({ stakeholders: [...covered, against('l1', 'Blocker')] }).health;
    expect(one).toEqual({
      status: 'At Risk',
      score: 79,
      reasons: ['1 stakeholder who can veto is a blocker or skeptic']
    });
    const four = assess({
      stakeholders: [
        ...covered,
        against('l1', 'Blocker'),
        against('l2', 'Skeptic'),
        against('l3', 'Skeptic'),
        against('l4', 'Blocker')
      ]
    }).health;
    expect(four.reasons).toEqual(['4 stakeholders who can veto are blockers or skeptics']);
    expect(four.score).toBe(55);
    const skepticWithoutVeto = assess({ stakeholders: [...covered, buyer('x', { stance: 'Blocker' })] });
    expect(skepticWithoutVeto.health.reasons).toEqual([]);
    const vetoNeutral = assess({ stakeholders: [...covered, against('l1', 'Neutral')] });
    expect(vetoNeutral.health.reasons).toEqual([]);
  });

  it('does not judge the committee of a Draft plan, or when no stakeholders are given', () => {
    const draft = assess({
      plan: plan({ status: 'Draft' }),
      stakeholders: [buyer('l1', { canVeto: true, stance: 'Blocker' })]
    });
    expect(draft.health).toEqual({ status: 'On Track', score: 100, reasons: [] });
    const unknown = assess({ stakeholders: undefined });
    expect(unknown.health).toEqual({ status: 'On Track', score: 100, reasons: [] });
  });

  it('orders the reasons: step signals, then danger signals, then blocked, then coverage, then hygiene', () => {
    const reasons = assess({
      plan: plan({ nextReviewDate: '2024-06-01' }),
      steps: [
        step('a', { dueDate: '2024-06-10' }),
        step('b', { dueDate: '2024-07-01', status: 'Blocked' }),
        step('c', { dueDate: '2024-07-02', ownerId: null })
      ],
      stakeholders: [
        buyer('l1', { canVeto: true, stance: 'Blocker', role: 'Economic Buyer', isSigner: true })
      ],
      risks: [risk('r1', { mitigation: null, mitigationDueDate: '2024-06-01' })]
    }).health.reasons;
    expect(reasons).toEqual([
      '1 step overdue by 5 days',
      '1 stakeholder who can veto is a blocker or skeptic',
      '1 open high risk without a mitigation',
      '1 risk mitigation overdue by 14 days',
      '1 step blocked',
      'plan review overdue by 14 days',
      'no champion named',
      '1 open step without an owner'
    ]);
  });
});

describe('resolveHealthWeights', () => {
  it('fills gaps with the defaults of the Default record, rounds, and holds values to 0–100', () => {
    expect(resolveHealthWeights(undefined)).toEqual(DEFAULT_HEALTH_WEIGHTS);
    expect(DEFAULT_HEALTH_WEIGHTS).toEqual({
      noEconomicBuyer: 10,
      noSigner: 5,
      vetoAgainst: 15,
      noChampion: 10,
      unmitigatedHighRisk: 10,
      overdueMitigation: 5,
      overdueReview: 5
    });
    expect(
      resolveHealthWeights({ noSigner: 7.6, noChampion: -3, vetoAgainst: 250, overdueReview: Number.NaN })
    ).toEqual({ ...DEFAULT_HEALTH_WEIGHTS, noSigner: 8, noChampion: 0, vetoAgainst: 100 });
  });

  it('keeps the reason when the admin sets its points to 0', () => {
    const a = assess({ stakeholders: [], healthWeights: { noEconomicBuyer: 0, noSigner: 0, noChampion: 0 } });
    expect(a.health).toEqual({
      status: 'On Track',
      score: 100,
      reasons: ['no economic buyer named', 'no signer named', 'no champion named']
    });
  });
});
