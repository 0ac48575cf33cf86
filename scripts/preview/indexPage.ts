import type { DemoLinks, DemoOpportunity } from './demoLinks.ts';

/** The preview's start page: demo opportunities to open, the three kinds of plan first. */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function link(opportunity: DemoOpportunity): string {
  return `<a href="/?recordId=${encodeURIComponent(opportunity.id)}">${escapeHtml(opportunity.name)}</a>`;
}

function featured(label: string, opportunity: DemoOpportunity | null): string {
  return `<li class="slds-item"><span class="slds-text-title_bold">${escapeHtml(label)}:</span> ${
    opportunity ? link(opportunity) : 'none in this org'
  }</li>`;
}

export function renderIndexPage(links: DemoLinks): string {
  const rows = links.open
    .map(
      (o) =>
        `<tr><td>${link(o)}</td><td>${escapeHtml(o.stageName ?? '')}</td><td>${escapeHtml(o.closeDate ?? '')}</td><td>${escapeHtml(
          o.planStatus ?? 'No plan'
        )}</td><td>${o.overdueSteps}</td></tr>`
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Mutual Action Plans — local preview</title>
    <link rel="stylesheet" href="/slds/styles/salesforce-lightning-design-system.min.css" />
  </head>
  <body class="slds-p-around_medium">
    <h1 class="slds-text-heading_large slds-m-bottom_medium">Mutual Action Plans — local preview</h1>
    <p class="slds-m-bottom_small">The plan workspace on demo opportunities of the local org.</p>
    <ul class="slds-list_vertical-space slds-m-bottom_large" aria-label="Demo opportunities">
      ${featured('With a healthy plan', links.healthy)}
      ${featured('With an overdue plan', links.overdue)}
      ${featured('Without a plan', links.noPlan)}
    </ul>
    <table class="slds-table slds-table_bordered slds-table_cell-buffer" aria-label="Open opportunities">
      <thead><tr><th scope="col">Opportunity</th><th scope="col">Stage</th><th scope="col">Close date</th><th scope="col">Plan</th><th scope="col">Overdue steps</th></tr></thead>
      <tbody>
${rows}
      </tbody>
    </table>
  </body>
</html>
`;
}
