/**
 * How a change reads in its preview: one line per date, status or dependency the engine changes,
 * the problems in the rep's dates, the fields an edit touched, and the words of a template applied.
 * The builders (changeSets.ts, planChanges.ts) decide what changes; this file only words it.
 */
import type { PlanProblem, StepChange } from 'c/planEngine';
import type { StakeholderDto, StepDto } from 'c/planContract';
import { formatCount } from 'c/planFormat';
import type { TextItem } from './healthSummary';
import { formatDate, quoted, wordDates } from './words';

export interface PreviewLine {
  key: string;
  text: string;
  /** The step the rep changed (as opposed to one the cascade moved). */
  isEdited: boolean;
}

/** Said when the step an action names is no longer in the view. */
export const GONE = 'That step is no longer in the plan. Reload the plan to see the latest steps.';

/** The engine's problems of one severity, in words (dates as a rep reads them). */
export function problemItems(
  problems: readonly PlanProblem[],
  severity: PlanProblem['severity'],
  locale: string
): TextItem[] {
  return problems
    .filter((problem) => problem.severity === severity)
    .map((problem, i) => ({ key: `${severity}-${i}`, text: wordDates(problem.message, locale) }));
}

/** One preview line per engine change: 'Security review moves from Dec 3 to Dec 10 because …'. */
export function describeChanges(
  changes: readonly StepChange[],
  titles: Map<string, string>,
  editedId: string,
  locale: string
): PreviewLine[] {
  return changes.map((change, i): PreviewLine => {
    const title = quoted(titles.get(change.stepId));
    const from = change.from ? formatDate(change.from, locale) || change.from : '';
    const to = change.to ? formatDate(change.to, locale) || change.to : '';
    const isEdited = change.stepId === editedId;
    let text: string;
    switch (change.field) {
      case 'dueDate': {
        const move = from ? `${title} moves from ${from} to ${to}` : `${title} is due ${to}`;
        const reason = change.reason.startsWith('pushed: ')
          ? ` because ${wordDates(change.reason.slice('pushed: '.length), locale)}`
          : isEdited
            ? ''
            : ` (${wordDates(change.reason, locale)})`;
        text = `${move}${reason}`;
        break;
      }
      case 'status':
        text = `${title}: status ${change.from ?? 'none'} → ${change.to ?? 'none'}`;
        break;
      case 'completedDate':
        text = to ? `${title} is marked completed on ${to}` : `${title} loses its completed date`;
        break;
      default:
        text = `${title} no longer waits on ${quoted(change.from ? titles.get(change.from) : null)}`;
    }
    return { key: `change-${i}`, text, isEdited };
  });
}

/** ' (2 dependent steps moved)' after a success message, when the cascade moved any. */
export function followUps(count: number): string {
  return count > 0 ? ` (${formatCount(count, 'dependent step', 'dependent steps')} moved)` : '';
}

const FIELD_NAMES: Partial<Record<keyof StepDto, string>> = {
  title: 'title',
  side: 'side',
  ownerId: 'owner',
  ownerKey: 'owner',
  dueDate: 'due date',
  status: 'status',
  completedDate: 'completed date',
  isMilestone: 'milestone',
  phase: 'phase',
  deliverable: 'deliverable',
  notes: 'notes',
  dependsOnId: 'dependency',
  dependsOnKey: 'dependency',
  lagDays: 'lag',
  durationDays: 'duration',
  commitment: 'buyer commitment',
  visibility: 'visibility'
};

/** 'title, due date' for the fields an edit changed (each name once). */
export function changedFieldNames(fields: readonly (keyof StepDto)[]): string {
  const names = fields.map((field) => FIELD_NAMES[field] ?? field);
  return names.filter((name, index) => names.indexOf(name) === index).join(', ');
}

/** The preview of a template applied: its steps, the stakeholders it adds as owners, the steps left without one. */
export function templateLines(
  templateName: string,
  stepCount: number,
  goLiveDate: string,
  newOwners: readonly StakeholderDto[],
  withoutOwner: number,
  locale: string
): PreviewLine[] {
  const lines: PreviewLine[] = [
    {
      key: 'template',
      text: `${formatCount(stepCount, 'step', 'steps')} from “${templateName}”, working back from the go-live date ${formatDate(goLiveDate, locale)}`,
      isEdited: true
    }
  ];
  if (newOwners.length > 0) {
    lines.push({
      key: 'stakeholders',
      text: `Adds ${newOwners.map((s) => `${s.name} (${s.role ?? s.side})`).join(', ')} to the plan as step owners`,
      isEdited: true
    });
  }
  if (withoutOwner > 0) {
    lines.push({
      key: 'owners',
      text: `${formatCount(withoutOwner, 'step has', 'steps have')} no owner yet: add the stakeholders, then assign them`,
      isEdited: true
    });
  }
  return lines;
}

/** The warning when a template schedules steps before today. */
export function pastStepsWarning(pastCount: number): string {
  return `${formatCount(pastCount, 'step is', 'steps are')} due before today; move ${pastCount === 1 ? 'it' : 'them'} after saving or pick a later go-live date.`;
}
