// Stand-in for lightning/uiRecordApi in the local preview: record data is not served (the plan
// components read everything through Apex); a refresh notice is recorded for the tests.

export function notifyRecordUpdateAvailable(recordIds) {
  window.__recordUpdates = (window.__recordUpdates || []).concat(recordIds || []);
  return Promise.resolve();
}

export function getFieldValue(record, field) {
  const name = field && typeof field === 'object' ? field.fieldApiName : field;
  const value = record && record.fields && record.fields[name];
  return value ? value.value : undefined;
}

/** A wire adapter that never provisions a record. */
export class getRecord {
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
  }
  connect() {}
  disconnect() {}
  update() {}
}
