import type { PlanView, RiskDto } from 'c/planContract';
import planViewJson from '../../../planContract/__tests__/data/planView.json';

/** A saved risk as getPlan returns it: every field of the contract, with `over` on top. */
export function riskDto(over: Partial<RiskDto> & Pick<RiskDto, 'id' | 'title'>): RiskDto {
  return {
    key: null,
    category: null,
    likelihood: null,
    impact: null,
    ownerStakeholderId: null,
    mitigation: null,
    mitigationDueDate: null,
    status: 'Open',
    stepId: null,
    lastModified: '2026-11-30T10:00:00.000Z',
    ...over
  };
}

/** The shared plan view with these risks (today is the view's today). */
export function viewWithRisks(risks: RiskDto[]): PlanView {
  const view = JSON.parse(JSON.stringify(planViewJson)) as PlanView;
  view.risks = risks;
  return view;
}
