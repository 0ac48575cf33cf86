import { assessPlan, type PlanAssessment } from 'c/planEngine';
import type { PersonDto, StakeholderDto, StepDto } from 'c/planContract';
import { stepDto } from '../../../planContract/__tests__/data/dtos';

export const OPPORTUNITY_ID = '006000000000001AAA';
export const TODAY = '2026-12-13';

function stakeholder(
  over: Partial<StakeholderDto> & Pick<StakeholderDto, 'id' | 'name' | 'side'>
): StakeholderDto {
  return {
    key: null,
    role: null,
    influence: null,
    stance: 'Unknown',
    title: null,
    email: null,
    contactId: null,
    userId: null,
    isSigner: false,
    canVeto: false,
    lastModified: '2026-12-01T10:00:00.000Z',
    ...over
  };
}

export const DANA = stakeholder({
  id: 'a0S000000000001',
  name: 'Dana Whitfield',
  side: 'Buyer',
  role: 'Economic Buyer',
  influence: 'High',
  stance: 'Champion',
  title: 'CFO',
  contactId: '003000000000001',
  isSigner: true
});

export const SAM = stakeholder({
  id: 'a0S000000000002',
  name: 'Sam Okafor',
  side: 'Buyer',
  role: 'Security',
  influence: 'Medium',
  stance: 'Skeptic',
  title: 'CISO',
  contactId: '003000000000002',
  canVeto: true
});

export const ALEX = stakeholder({
  id: 'a0S000000000003',
  name: 'Alex Rivera',
  side: 'Seller',
  role: 'Account Executive',
  influence: 'High',
  stance: 'Champion',
  userId: '005000000000001'
});

/** Added in this session, not saved yet: owns a step through ownerKey. */
export const NEW_PERSON = stakeholder({
  id: null,
  key: 'new-stakeholder-99',
  name: 'Jo Implementer',
  side: 'Seller',
  role: 'Implementation Lead',
  stance: null,
  lastModified: null
});

export const STAKEHOLDERS: StakeholderDto[] = [DANA, SAM, ALEX];

/** The map's steps are buyer steps unless they say otherwise. */
function step(over: Partial<StepDto> & Pick<StepDto, 'id' | 'title'>): StepDto {
  return stepDto({ side: 'Buyer', ...over });
}

export const STEPS: StepDto[] = [
  step({
    id: 'a01',
    title: 'Budget approved',
    ownerId: DANA.id,
    dueDate: '2026-12-01',
    status: 'Done',
    completedDate: '2026-12-01'
  }),
  step({
    id: 'a02',
    title: 'Security review',
    ownerId: SAM.id,
    dueDate: '2026-12-10',
    status: 'In Progress'
  }),
  step({ id: 'a03', title: 'Sign order form', ownerId: DANA.id, dueDate: '2027-01-15' }),
  step({ id: 'a04', title: 'Kick-off deck', side: 'Seller', ownerId: ALEX.id, dueDate: '2027-01-20' }),
  step({ id: null, key: 'new-1', title: 'Rollout plan', side: 'Seller', ownerKey: NEW_PERSON.key })
];

export function assess(steps: StepDto[]): PlanAssessment {
  return assessPlan({
    plan: null,
    steps: steps.map((one) => ({ ...one, id: one.id ?? one.key ?? '', planId: null })),
    opportunity: { closeDate: '2027-01-15', stageName: 'Proposal', isClosed: false, isWon: false },
    today: TODAY
  });
}

export const CONTACT_ROLES: PersonDto[] = [
  {
    kind: 'ContactRole',
    id: DANA.contactId ?? '',
    name: DANA.name,
    title: 'CFO',
    email: 'dana@acme.example',
    role: 'Economic Buyer',
    isPrimary: true
  },
  {
    kind: 'ContactRole',
    id: '003000000000004',
    name: 'Pat Lindqvist',
    title: 'Head of Procurement',
    email: 'pat@acme.example',
    role: 'Procurement',
    isPrimary: false
  },
  {
    kind: 'ContactRole',
    id: '003000000000005',
    name: 'Lee Chen',
    title: null,
    email: null,
    role: 'Business User',
    isPrimary: false
  }
];

export const SEARCH_RESULTS: PersonDto[] = [
  {
    kind: 'Contact',
    id: '003000000000006',
    name: 'Morgan Acheson',
    title: 'IT Director',
    email: 'morgan@acme.example',
    role: null,
    isPrimary: false
  },
  {
    kind: 'Contact',
    id: SAM.contactId ?? '',
    name: SAM.name,
    title: 'CISO',
    email: null,
    role: null,
    isPrimary: false
  },
  {
    kind: 'User',
    id: '005000000000007',
    name: 'Ada Achebe',
    title: 'Sales Engineer',
    email: 'ada@seller.example',
    role: null,
    isPrimary: false
  }
];
