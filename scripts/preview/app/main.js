// The local preview: the real plan workspace component on a record page-like frame.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import PlanWorkspace from 'c/planWorkspace';

const params = new URLSearchParams(window.location.search);
const host = document.querySelector('#workspace');
const element = createElement('c-plan-workspace', { is: PlanWorkspace });
const recordId = params.get('recordId');
element.recordId = recordId;
element.objectApiName = recordId && recordId.startsWith('006') ? 'Opportunity' : 'Mutual_Action_Plan__c';
host.appendChild(element);

document.addEventListener('lightning__showtoast', (event) => {
  const { title, message, variant } = event.detail || {};
  const region = document.querySelector('#toasts');
  const toast = document.createElement('div');
  toast.className = `slds-notify slds-notify_toast slds-theme_${variant || 'info'}`;
  toast.setAttribute('role', 'status');
  toast.textContent = [title, message].filter(Boolean).join(': ');
  region.appendChild(toast);
  setTimeout(() => toast.remove(), 6000);
});
