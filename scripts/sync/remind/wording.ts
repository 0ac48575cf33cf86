/**
 * The words remind sends: Task comments, notification titles and bodies, the buyer digest. Kept
 * in one place so they read as one voice (notification titles hold 250 characters, bodies 750).
 */
import type { SellerStep } from './taskPlan.ts';

const clip = (value: string, max: number): string =>
  value.length <= max ? value : `${value.slice(0, max - 1)}…`;

/** 2026-11-24 → 24 Nov 2026 (the same in every locale: the digest goes to people anywhere). */
export function longDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${day} ${months[month - 1] ?? ''} ${year}`;
}

/**
 * Whether the words sent to a step's owner may name its plan and deal: only when the owner owns the
 * deal. Another owner (a teammate on the step) may not see the opportunity, so the Task and the
 * notification name the step alone; their related record (the opportunity) is the link.
 */
export const namesTheDeal = (step: SellerStep): boolean =>
  step.opportunityOwnerId !== null && step.opportunityOwnerId === step.ownerUserId;

export function taskDescription(step: SellerStep): string {
  const where = namesTheDeal(step)
    ? `the mutual action plan "${step.planName}" on ${step.opportunityName}`
    : 'a mutual action plan';
  return `A step of ${where}. Completing this task completes the step at the next sync; change the step's title, date or owner on the plan.`;
}

export function overdueStepNotice(step: SellerStep): { title: string; body: string } {
  const where = namesTheDeal(step) ? ` in the plan "${step.planName}" on ${step.opportunityName}` : '';
  return {
    title: clip(`Plan step overdue: ${step.title}`, 250),
    body: clip(
      `"${step.title}" was due ${longDate(step.dueDate ?? '')}${where}. Complete it, or move its date with the buyer.`,
      750
    )
  };
}

const ACTION_VERBS: Record<string, string> = {
  Done: 'marked a step done',
  Committed: 'committed to a date',
  Declined: 'declined a date',
  'Date Proposed': 'proposed a new date',
  Comment: 'commented',
  'Step Proposed': 'proposed a new step'
};

export function buyerUpdateNotice(update: {
  actorName: string | null;
  type: string | null;
  stepTitle: string | null;
  opportunityName: string;
  message: string | null;
}): { title: string; body: string } {
  const who = update.actorName ?? 'A buyer';
  const what = ACTION_VERBS[update.type ?? ''] ?? 'updated the plan';
  const step = update.stepTitle ? ` on "${update.stepTitle}"` : '';
  return {
    title: clip(`Buyer update on ${update.opportunityName}`, 250),
    body: clip(`${who} ${what}${step}.${update.message ? ` "${update.message}"` : ''}`, 750)
  };
}

export function overdueReviewNotice(plan: {
  name: string;
  opportunityName: string;
  nextReviewDate: string;
}): {
  title: string;
  body: string;
} {
  return {
    title: clip(`Plan review overdue: ${plan.opportunityName}`, 250),
    body: clip(
      `The review of the plan "${plan.name}" was due ${longDate(plan.nextReviewDate)}. Review it with your team and mark it reviewed on the plan.`,
      750
    )
  };
}

export interface DigestStep {
  title: string;
  dueDate: string;
  overdue: boolean;
}

export interface DigestPlan {
  planName: string;
  steps: DigestStep[];
  /** A live link was emailed: when, and until when it works. */
  link: { sentOn: string; expiresOn: string } | null;
}

export function digestEmail(
  person: { firstName: string | null; name: string },
  plans: readonly DigestPlan[]
): {
  subject: string;
  body: string;
} {
  const steps = plans.flatMap((p) => p.steps);
  const overdue = steps.filter((s) => s.overdue).length;
  const dueSoon = steps.length - overdue;
  const counts = [
    ...(overdue ? [`${overdue} overdue`] : []),
    ...(dueSoon ? [`${dueSoon} due soon`] : [])
  ].join(', ');
  const sections = plans.map((plan) =>
    [
      plan.planName,
      ...plan.steps.map((s) => `  - ${s.overdue ? 'Overdue' : 'Due'} ${longDate(s.dueDate)}: ${s.title}`),
      ...(plan.link
        ? [
            `  Open the plan with the link emailed to you on ${longDate(plan.link.sentOn)} (it works until ${longDate(plan.link.expiresOn)}).`
          ]
        : [])
    ].join('\n')
  );
  return {
    subject: `Your plan steps: ${counts}`,
    body: [
      `Hello ${person.firstName ?? person.name},`,
      'Here are the steps of our shared plans that are yours and due soon or overdue:',
      ...sections,
      'If a date no longer works, reply to this email and we will plan again together.'
    ].join('\n\n')
  };
}
