// Stand-in for lightning/uiRecordApi in the local preview. The plan components read everything
// through Apex; after a save the workspace tells the page which records changed, as Lightning Data
// Service would tell the record page's other components (the Opportunity's highlights) to refresh.
// The preview page shows the notice (app/main.js) and keeps it in window.__recordUpdates for tests.

export function notifyRecordUpdateAvailable(records) {
  const recordIds = (records || []).map((record) => record.recordId);
  window.__recordUpdates = (window.__recordUpdates || []).concat(recordIds);
  document.dispatchEvent(new CustomEvent('preview__recordupdateavailable', { detail: { recordIds } }));
  return Promise.resolve();
}
