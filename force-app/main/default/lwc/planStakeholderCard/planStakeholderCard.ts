/**
 * planStakeholderCard — presentational. One person on the stakeholder map: name, title, role,
 * signer and veto marks (an icon and a word each, never a colour alone), the steps they own (the
 * count, the next open one, the whole list behind "Show steps"), and Edit / Remove for a rep who
 * may edit. The card itself is in the Tab order and named by the person, so a keyboard user
 * reaches everyone on the map, Edit and Remove or not. The map builds `card` (c/planViewModel's
 * PersonCardView) and places one per person, in a grid cell, a stance group or the seller's team.
 *
 * Emits `edit`, `remove` and `togglesteps` (no detail: the map knows the card by its data-id).
 */
import { LightningElement, api } from 'lwc';
import type { PersonCardView } from 'c/planViewModel';

export default class PlanStakeholderCard extends LightningElement {
  @api card: PersonCardView | null = null;
  @api canEdit = false;
  /**
   * Show the influence on the card (the stacked layout and the seller's team, where no row says it);
   * in the grid it is there for a screen reader only, like the stance (the row and column say them).
   */
  @api showInfluence = false;

  get influenceClass(): string {
    return this.showInfluence ? 'influence slds-text-body_small' : 'influence slds-assistive-text';
  }

  /** Puts the focus on the card's Edit or Remove button (the map's panel closing), else the card. */
  @api
  focusAction(action: 'edit' | 'remove'): void {
    const button = this.template?.querySelector<HTMLElement>(`lightning-button-icon.${action}`);
    (button ?? this.template?.querySelector<HTMLElement>('article.person'))?.focus();
  }

  handleEdit(): void {
    this.dispatchEvent(new CustomEvent('edit'));
  }

  handleRemove(): void {
    this.dispatchEvent(new CustomEvent('remove'));
  }

  handleToggleSteps(): void {
    this.dispatchEvent(new CustomEvent('togglesteps'));
  }
}
