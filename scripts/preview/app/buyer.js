// The buyer room page of the local preview (/plan?t=…): the buyer's component alone, as the
// customer's Experience Cloud site shows it, with the site's toasts.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import BuyerRoom from 'c/buyerRoom';
import { showToasts } from './toasts.js';

document.querySelector('#buyer-room').replaceChildren(createElement('c-buyer-room', { is: BuyerRoom }));

showToasts();
