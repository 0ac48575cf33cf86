/**
 * How a change reads in its preview: one line per date, status or dependency the engine changes,
 * the problems in the rep's dates, the fields an edit touched, and the words of a template applied.
 * The builders (changeSets.ts, planChanges.ts) decide what changes; this file only words it.
 */
import { daysBetween, type PlanProblem, type StepChange, type StepChangeCause } from 'c/planEngine';
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

/** The engine quotes titles with straight marks; the page's sentences use “ ” throughout. */
export function typographic(text: string): string {
  return text.replace(/"([^"]*)"/g, '“$1”');
}

/** The engine's problems of one severity, in words (dates as a rep reads them). */
export function problemItems(
  problems: readonly PlanProblem[],
  severity: PlanProblem['severity'],
  locale: string
): TextItem[] {
  return problems
    .filter((problem) => problem.severity === severity)
    .map((problem, i) => ({
      key: `${severity}-${i}`,
      text: typographic(wordDates(problem.message, locale))
    }));
}

function dayCount(count: number): string {
  return formatCount(count, 'day', 'days');
}

function titlesList(titles: readonly string[]): string {
  return titles.length <= 1
    ? titles.join('')
    : `${titles.slice(0, -1).join(', ')} and ${titles[titles.length - 1]}`;
}

/**
 * Why the cascade pushed a date, as a person says it: 'it starts the day after “Security review”
 * is due (now Dec 10, 2026) and takes 3 days'. The lag is the days between the predecessor's date
 * and the step's start, so lag 0 starts the day the predecessor is due, lag 1 the day after.
 */
export function causeWords(
  cause: StepChangeCause,
  titles: Map<string, string>,
  movedIds: ReadonlySet<string>,
  locale: string
): string {
  const predecessor = quoted(titles.get(cause.stepId));
  const verb = cause.finished ? 'is finished' : 'is due';
  const lag = Math.max(0, cause.lagDays);
  const when =
    lag === 0
      ? `the day ${predecessor} ${verb}`
      : lag === 1
        ? `the day after ${predecessor} ${verb}`
        : `${dayCount(lag)} after ${predecessor} ${verb}`;
  const date = formatDate(cause.date, locale) || cause.date;
  const late =
    cause.finished && cause.dueDate !== null && cause.date > cause.dueDate
      ? `, ${dayCount(daysBetween(cause.dueDate, cause.date))} after its due date`
      : '';
  const now = !cause.finished && movedIds.has(cause.stepId) ? 'now ' : '';
  const skipped =
    cause.skippedIds.length === 0
      ? ''
      : `; ${titlesList(cause.skippedIds.map((id) => quoted(titles.get(id))))} between them ${cause.skippedIds.length === 1 ? 'is' : 'are'} skipped`;
  const note = `(${now}${date}${late}${skipped})`;
  return cause.durationDays > 0
    ? `it starts ${when} ${note} and takes ${dayCount(cause.durationDays)}`
    : `it is due ${when} ${note}`;
}

/** One preview line per engine change: '“Legal redlines” moves from Dec 8 to Dec 14: it starts …'. */
export function describeChanges(
  changes: readonly StepChange[],
  titles: Map<string, string>,
  editedId: string,
  locale: string
): PreviewLine[] {
  const movedIds = new Set(changes.filter((c) => c.field === 'dueDate').map((c) => c.stepId));
  return changes.map((change, i): PreviewLine => {
    const title = quoted(titles.get(change.stepId));
    const from = change.from ? formatDate(change.from, locale) || change.from : '';
    const to = change.to ? formatDate(change.to, locale) || change.to : '';
    const isEdited = change.stepId === editedId;
    let text: string;
    switch (change.field) {
      case 'dueDate': {
        const move = from ? `${title} moves from ${from} to ${to}` : `${title} is due ${to}`;
        const reason = change.cause
          ? `: ${causeWords(change.cause, titles, movedIds, locale)}`
          : isEdited
            ? ''
            : ` (${typographic(wordDates(change.reason.replace(/^pushed: /, ''), locale))})`;
        text = `${move}${reason}`;
        break;
      }
      case 'status':
        text = `${title} changes from ${change.from ?? 'no status'} to ${change.to ?? 'no status'}`;
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
