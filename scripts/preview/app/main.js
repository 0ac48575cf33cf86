// The local preview: the real plan workspace component on a record page-like frame.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import PlanWorkspace from 'c/planWorkspace';
import { showToasts } from './toasts.js';

const host = document.querySelector('#workspace');
// `?region=narrow`: the component in a narrow page region (a record page's side column), as App
// Builder tells it through flexipageRegionWidth.
const narrow = new URLSearchParams(window.location.search).get('region') === 'narrow';
if (narrow) document.querySelector('#page').classList.add('narrow');

/** Puts a new workspace for `recordId` on the page, as a record page does for each record. */
function mount(recordId) {
  const element = createElement('c-plan-workspace', { is: PlanWorkspace });
  element.recordId = recordId;
  element.objectApiName = recordId && recordId.startsWith('006') ? 'Opportunity' : 'Mutual_Action_Plan__c';
  if (narrow) element.flexipageRegionWidth = 'SMALL';
  host.replaceChildren(element);
}

mount(new URLSearchParams(window.location.search).get('recordId'));

// Moving to another record without reloading the page (history.pushState, then popstate), as
// Lightning Experience does: the components' code is already loaded, only the record changes.
window.addEventListener('popstate', () => {
  mount(new URLSearchParams(window.location.search).get('recordId'));
});

showToasts();

// notifyRecordUpdateAvailable after a save: in Salesforce the record page's other components (the
// Opportunity's highlights, related lists) refresh. The preview has none, so it says which records they are.
document.addEventListener('preview__recordupdateavailable', (event) => {
  const { recordIds } = event.detail || {};
  document.querySelector('#record-updates').textContent =
    `Saved: the page's other components refresh ${(recordIds || []).join(', ')}.`;
});
