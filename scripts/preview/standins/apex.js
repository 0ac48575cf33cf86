// Stand-ins for @salesforce/apex/* in the local preview: each Apex method is a POST to the
// preview server's Apex bridge, which keeps the controller's contract and talks to the local org.
// Every call is counted so the browser tests and the benchmark can check calls per load and save,
// and the moment the last response's data arrived is kept (window.__apexLastDataAt).

const counters = (window.__apexCalls = window.__apexCalls || { total: 0, byMethod: {} });

function count(method) {
  counters.total += 1;
  counters.byMethod[method] = (counters.byMethod[method] || 0) + 1;
}

// Wired Apex data is read-only in Salesforce: freezing it here makes a component that mutates it
// fail in the preview as it would in the org.
function deepFreeze(value) {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze(value[key]);
  }
  return value;
}

export async function callApex(method, params) {
  count(method);
  const response = await fetch(`/apex/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(params || {})
  });
  const body = await response.json();
  if (!response.ok) {
    // The shape an AuraHandledException reaches a component in.
    const error = {
      status: response.status,
      ok: false,
      statusText: response.statusText,
      body: { message: body.message || 'Unknown error', isUserDefinedException: false },
      headers: {}
    };
    throw error;
  }
  window.__apexLastDataAt = performance.now();
  return body;
}

const liveWires = new WeakMap();

/** A wire adapter class for a cacheable Apex method (constructor, connect, update, disconnect). */
export function createApexWireAdapter(method) {
  return class ApexWireAdapter {
    constructor(dataCallback) {
      this.dataCallback = dataCallback;
      this.config = undefined;
      this.connected = false;
    }
    connect() {
      this.connected = true;
    }
    disconnect() {
      this.connected = false;
    }
    update(config) {
      this.config = config || {};
      // As the platform does, nothing is fetched while a reactive parameter is still undefined.
      if (Object.values(this.config).some((value) => value === undefined)) return;
      this.fetch();
    }
    fetch() {
      return callApex(method, this.config).then(
        (data) => {
          const value = { data: deepFreeze(data), error: undefined };
          if (data && typeof data === 'object') liveWires.set(data, this);
          if (this.connected) this.dataCallback(value);
          return value;
        },
        (error) => {
          if (this.connected) this.dataCallback({ data: undefined, error });
        }
      );
    }
  };
}

/** refreshApex: asks the wire that provisioned `value` (the wired result or its data) to fetch again. */
export function refreshApex(value) {
  const key = value && typeof value === 'object' && 'data' in value ? value.data : value;
  const wire = key && liveWires.get(key);
  return wire ? wire.fetch().then(() => undefined) : Promise.resolve();
}
