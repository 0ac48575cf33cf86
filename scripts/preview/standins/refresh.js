// Stand-in for lightning/refresh: the preview page records refresh requests for the tests.
export class RefreshEvent extends CustomEvent {
  constructor() {
    super('lightning__refreshevent', { bubbles: true, composed: true });
  }
}

export function registerRefreshHandler() {
  return 0;
}

export function unregisterRefreshHandler() {}
