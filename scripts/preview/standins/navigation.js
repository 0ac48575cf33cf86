// Stand-in for lightning/navigation: navigation is logged, not performed, in the preview.
const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

export const NavigationMixin = (Base) =>
  class extends Base {
    [Navigate](pageReference) {
      window.__lastNavigation = pageReference;
    }
    [GenerateUrl](pageReference) {
      return Promise.resolve(`#${encodeURIComponent(JSON.stringify(pageReference))}`);
    }
  };
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;

export class CurrentPageReference {
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
  }
  connect() {
    this.dataCallback({ type: 'standard__recordPage', attributes: {}, state: {} });
  }
  disconnect() {}
  update() {}
}
