/**
 * The Share tab's two Apex calls, each turned into what the workspace shows next: the fresh view,
 * the links just made (the only time a rep sees them) and a toast. shareWithBuyers makes one link
 * per buyer atomically; revokeShare ends one link.
 */
import shareWithBuyers from '@salesforce/apex/PlanController.shareWithBuyers';
import revokeShare from '@salesforce/apex/PlanController.revokeShare';
import type { ShowToastEventInit } from 'lightning/platformShowToastEvent';
import type { PlanView, ShareRequest } from 'c/planContract';
import { errorSentence } from 'c/planErrors';
import { buildShareLinks, sharedToast, type ShareLinkView } from 'c/planViewModel';

export interface BuyerRoomOutcome {
  /** The view the call returned; null when it failed. */
  view: PlanView | null;
  /** The links just made; undefined leaves those shown as they are. */
  links?: ShareLinkView[];
  toast: ShowToastEventInit;
}

export async function createLinks(request: ShareRequest): Promise<BuyerRoomOutcome> {
  try {
    const result = await shareWithBuyers({ requestJson: JSON.stringify(request) });
    const links = buildShareLinks(result.links, request.sendEmail);
    return { view: result.view, links, toast: { ...sharedToast(links), variant: 'success' } };
  } catch (error) {
    return {
      view: null,
      toast: { title: 'The links were not created', message: errorSentence(error), variant: 'error' }
    };
  }
}

export async function revokeLink(view: PlanView, shareId: string): Promise<BuyerRoomOutcome> {
  const name = view.shares.find((share) => share.id === shareId)?.name ?? 'The buyer';
  try {
    const fresh = await revokeShare({ shareId });
    return {
      view: fresh,
      toast: {
        title: 'Link revoked',
        message: `${name}’s link no longer opens the plan.`,
        variant: 'success'
      }
    };
  } catch (error) {
    return {
      view: null,
      toast: { title: 'The link was not revoked', message: errorSentence(error), variant: 'error' }
    };
  }
}
