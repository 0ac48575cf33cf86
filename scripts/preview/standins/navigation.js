// Stand-in for lightning/navigation in the local preview: CurrentPageReference, the wire adapter an
// Experience Cloud page gives its components, with the page's URL query as `state` (the buyer room
// reads its token from state.t). Navigation itself is not used by our components.

export class CurrentPageReference {
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
  }

  connect() {
    const state = Object.fromEntries(new URLSearchParams(window.location.search));
    this.dataCallback({ type: 'comm__namedPage', attributes: { name: 'Home' }, state });
  }

  update() {}

  disconnect() {}
}

export const NavigationMixin = (Base) => Base;
