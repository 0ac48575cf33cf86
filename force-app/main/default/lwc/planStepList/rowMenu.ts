/**
 * The step row's Actions menu (Edit, Move up, Move down, Delete; the row-action pattern of SLDS data
 * tables): its items, where it opens, how the keys move through it, and the step a move goes past.
 * The list draws it for the one row whose menu is open.
 */
import { LABELS } from 'c/planLabels';
import type { StepRowView } from 'c/planViewModel';

export type MenuAction = 'edit' | 'up' | 'down' | 'delete';

export interface MenuItem {
  label: string;
  value: MenuAction;
  ariaDisabled: string | undefined;
}

/** The open row menu's items: Move up and Move down unavailable at the ends of the row's group. */
export function menuItems(row: StepRowView | undefined): MenuItem[] {
  const item = (label: string, value: MenuAction, disabled: boolean): MenuItem => ({
    label,
    value,
    ariaDisabled: disabled ? 'true' : undefined
  });
  return [
    item(LABELS.stepListEdit, 'edit', false),
    item(LABELS.stepListMoveUp, 'up', !row?.canMoveUp),
    item(LABELS.stepListMoveDown, 'down', !row?.canMoveDown),
    item(LABELS.stepListDelete, 'delete', false)
  ];
}

/** The open menu's classes: SLDS's dropdown, under its button or (opensUp) above it. */
export function menuClass(opensUp: boolean): string {
  const base = 'slds-dropdown slds-dropdown_right slds-dropdown_actions';
  return opensUp ? `${base} slds-dropdown_bottom` : base;
}

/** A menu hanging below the bottom of the list's scroll area (which cuts off what overflows it) opens upward. */
export function opensUpward(menu: DOMRect, area: DOMRect): boolean {
  return menu.bottom > area.bottom && menu.height < area.height;
}

/** The item the arrow keys, Home and End move to (wrapping), or undefined for any other key. */
export function nextItemIndex(key: string, current: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/** The step Move up or Move down swaps the row with, if any. */
export function moveTarget(row: StepRowView | undefined, action: 'up' | 'down'): string | null {
  return (action === 'up' ? row?.upTargetId : row?.downTargetId) ?? null;
}
