import type { TemplateDto, TemplateStepDto } from 'c/planContract';

/** Today in the fixtures: Tuesday 1 Dec 2026; the close date: Friday 15 Jan 2027. */
export const TODAY = '2026-12-01';
export const CLOSE_DATE = '2027-01-15';

function templateStep(
  over: Partial<TemplateStepDto> & Pick<TemplateStepDto, 'key' | 'title'>
): TemplateStepDto {
  return {
    side: 'Joint',
    ownerRole: null,
    phase: null,
    offsetDays: 0,
    durationDays: 1,
    lagDays: 0,
    dependsOnKey: null,
    isMilestone: false,
    visibility: 'Shared',
    deliverable: null,
    description: null,
    sortOrder: null,
    ...over
  };
}

/**
 * With the default go-live (15 Jan 2027 + 30 = Sunday 14 Feb 2027): the kick-off falls before today,
 * the go-live lands on a Sunday and the value review (go-live + 90) on a Saturday.
 * 1 Mar 2027 is a Monday.
 */
export const ENTERPRISE: TemplateDto = {
  id: 'a0T000000000001',
  name: 'Enterprise sales',
  externalId: 'enterprise-sales',
  planType: 'Sales',
  description: 'Evaluation to signature to go-live for a multi-team enterprise deal.',
  steps: [
    templateStep({
      key: 'ent.kickoff',
      title: 'Kick-off call',
      side: 'Seller',
      offsetDays: -90,
      sortOrder: 1
    }),
    templateStep({
      key: 'ent.security',
      title: 'Security review',
      side: 'Buyer',
      offsetDays: -45,
      sortOrder: 2
    }),
    templateStep({
      key: 'ent.contract',
      title: 'Contract signed',
      side: 'Buyer',
      offsetDays: -30,
      isMilestone: true,
      phase: 'Signature',
      sortOrder: 3
    }),
    templateStep({
      key: 'ent.golive',
      title: 'Go-live',
      side: 'Joint',
      offsetDays: 0,
      isMilestone: true,
      sortOrder: 4
    }),
    templateStep({
      key: 'ent.review',
      title: '90-day value review',
      side: 'Seller',
      offsetDays: 90,
      dependsOnKey: 'ent.golive',
      sortOrder: 5
    })
  ]
};

export const RENEWAL: TemplateDto = {
  id: 'a0T000000000002',
  name: 'Renewal',
  externalId: 'renewal',
  planType: 'Renewal',
  description: null,
  steps: [
    templateStep({ key: 'ren.review', title: 'Usage review', side: 'Seller', offsetDays: -20 }),
    templateStep({ key: 'ren.order', title: 'Renewal order signed', side: 'Buyer', offsetDays: -5 })
  ]
};

export const TEMPLATES: TemplateDto[] = [ENTERPRISE, RENEWAL];
