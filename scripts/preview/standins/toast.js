// Stand-in for lightning/platformShowToastEvent: the preview page shows the toast itself.
export class ShowToastEvent extends CustomEvent {
  constructor(toast) {
    super('lightning__showtoast', { composed: true, bubbles: true, cancelable: true, detail: toast });
  }
}
