// Toasts (lightning/platformShowToastEvent) as the page around a component shows them: in #toasts,
// for six seconds. Record pages and site pages both do.
export function showToasts() {
  document.addEventListener('lightning__showtoast', (event) => {
    const { title, message, variant } = event.detail || {};
    const toast = document.createElement('div');
    toast.className = `slds-notify slds-notify_toast slds-theme_${variant || 'info'}`;
    toast.setAttribute('role', 'status');
    toast.textContent = [title, message].filter(Boolean).join(': ');
    document.querySelector('#toasts').appendChild(toast);
    setTimeout(() => toast.remove(), 6000);
  });
}
