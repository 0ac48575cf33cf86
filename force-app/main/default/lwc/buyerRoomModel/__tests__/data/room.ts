/**
 * A buyer room as the door answers it, for the model and page tests. Today is 2026-11-10; the
 * viewer is Dana Reyes (buyer), who owns two steps; Lee Park is another buyer; Sam Seller the rep.
 */
import type { BuyerActionDto, BuyerRoomView, BuyerStepDto } from 'c/buyerRoomContract';

export const TODAY = '2026-11-10';
export const TOKEN = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE';

export function step(id: string, fields: Partial<BuyerStepDto> = {}): BuyerStepDto {
  return {
    id,
    title: `Step ${id}`,
    side: 'Buyer',
    ownerName: 'Lee Park',
    isMine: false,
    canAct: false,
    dueDate: null,
    status: 'Not Started',
    completedDate: null,
    isMilestone: false,
    phase: null,
    deliverable: null,
    dependsOnId: null,
    commitment: 'Not Asked',
    commitmentBy: null,
    commitmentAt: null,
    sortOrder: 0,
    ...fields
  };
}

function update(id: string, fields: Partial<BuyerActionDto>): BuyerActionDto {
  return {
    id,
    type: 'Comment',
    actorName: 'Dana Reyes',
    stepTitle: null,
    stepId: null,
    message: null,
    proposedDate: null,
    proposedTitle: null,
    resolution: 'Recorded',
    resolutionNote: null,
    createdAt: '2026-11-08T12:00:00.000Z',
    ...fields
  };
}

/** A fresh copy each call: tests may change it freely. */
export function roomView(): BuyerRoomView {
  return {
    plan: {
      name: 'Acme – 2027 rollout plan',
      status: 'Active',
      objective: 'Roll out to 400 agents by Q1',
      successCriteria: null,
      goLiveDate: '2027-02-01',
      accountName: 'Acme'
    },
    viewer: { name: 'Dana Reyes' },
    steps: [
      step('s1', {
        title: 'Discovery call',
        side: 'Joint',
        ownerName: 'Sam Seller',
        canAct: true,
        dueDate: '2026-10-01',
        status: 'Done',
        completedDate: '2026-10-02',
        phase: 'Discovery',
        sortOrder: 1
      }),
      step('s2', {
        title: 'Share the current support process',
        ownerName: 'Dana Reyes',
        isMine: true,
        canAct: true,
        dueDate: '2026-11-05',
        status: 'In Progress',
        phase: 'Discovery',
        commitment: 'Asked',
        sortOrder: 2
      }),
      step('s4', {
        title: 'Technical demo',
        side: 'Seller',
        ownerName: 'Sam Seller',
        dueDate: '2026-11-15',
        phase: 'Evaluation',
        isMilestone: true,
        deliverable: 'Demo recording',
        dependsOnId: 's2',
        sortOrder: 3
      }),
      step('s3', {
        title: 'Security review',
        dueDate: '2026-11-20',
        phase: 'Security and Legal',
        commitment: 'Committed',
        commitmentBy: 'Lee Park',
        commitmentAt: '2026-11-01T12:00:00.000Z',
        sortOrder: 4
      }),
      step('s7', {
        title: 'Pilot with 10 agents',
        side: 'Joint',
        canAct: true,
        dueDate: '2026-12-01',
        phase: 'Pilot',
        sortOrder: 5
      }),
      step('s5', {
        title: 'Sign the order form',
        side: 'Joint',
        ownerName: 'Sam Seller',
        canAct: true,
        dueDate: '2026-12-15',
        phase: 'Signature',
        commitment: 'Declined',
        commitmentBy: 'Dana Reyes',
        commitmentAt: '2026-11-03T12:00:00.000Z',
        sortOrder: 6
      }),
      step('s6', {
        title: 'Kick-off workshop',
        ownerName: 'Dana Reyes',
        isMine: true,
        canAct: true,
        sortOrder: 7
      })
    ],
    committee: [
      { name: 'Dana Reyes', role: 'Champion', title: 'Head of Support', isViewer: true },
      { name: 'Lee Park', role: 'Economic Buyer', title: 'CFO', isViewer: false },
      { name: 'Chris Moe', role: null, title: null, isViewer: false }
    ],
    actions: [
      update('a3', {
        type: 'Date Proposed',
        stepId: 's2',
        stepTitle: 'Share the current support process',
        proposedDate: '2026-11-25',
        message: 'Our IT team is out next week.',
        resolution: 'Pending',
        createdAt: '2026-11-09T12:00:00.000Z'
      }),
      update('a2', {
        type: 'Step Proposed',
        actorName: 'Lee Park',
        proposedTitle: 'Train the trainers',
        resolution: 'Declined',
        resolutionNote: 'Covered by onboarding'
      }),
      update('a1', {
        type: 'Comment',
        actorName: null,
        stepId: 's1',
        stepTitle: 'Discovery call',
        message: 'Thanks!'
      })
    ],
    calendarUrl: `https://acme.my.site.com/services/apexrest/buyer-room/calendar?k=${TOKEN}`,
    expiresAt: '2027-02-08T12:00:00.000Z',
    today: TODAY
  };
}
