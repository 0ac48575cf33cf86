/**
 * How a change reads in its preview: one line per date, status or dependency the engine changes,
 * the problems in the rep's dates, the fields an edit touched, and the words of a template applied.
 * The builders (changeSets.ts, planChanges.ts) decide what changes; this file only words it, with
 * Custom Labels (c/planLabels, Plan_Change_…). The engine's own reasons and problems stay its English.
 */
import { daysBetween, type PlanProblem, type StepChange, type StepChangeCause } from 'c/planEngine';
import type { StakeholderDto, StepDto } from 'c/planContract';
import { LABELS, format } from 'c/planLabels';
import type { TextItem } from './healthSummary';
import { daysText, formatDate, quoted, wordDates } from './words';
import { stepCountText } from './stepList';

export interface PreviewLine {
  key: string;
  text: string;
  /** The step the rep changed (as opposed to one the cascade moved). */
  isEdited: boolean;
}

/** Said when the step an action names is no longer in the view. */
export function goneSentence(): string {
  return LABELS.changeGone;
}

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

function titlesList(titles: readonly string[]): string {
  return titles.length <= 1
    ? titles.join('')
    : format(LABELS.changeListAnd, titles.slice(0, -1).join(', '), titles[titles.length - 1]);
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
  const done = cause.finished;
  const lag = Math.max(0, cause.lagDays);
  const when =
    lag === 0
      ? format(done ? LABELS.changeCauseDoneSameDay : LABELS.changeCauseDueSameDay, predecessor)
      : lag === 1
        ? format(done ? LABELS.changeCauseDoneDayAfter : LABELS.changeCauseDueDayAfter, predecessor)
        : format(
            done ? LABELS.changeCauseDoneDaysAfter : LABELS.changeCauseDueDaysAfter,
            daysText(lag),
            predecessor
          );
  const date = formatDate(cause.date, locale) || cause.date;
  let note = !done && movedIds.has(cause.stepId) ? format(LABELS.changeCauseNow, date) : date;
  if (done && cause.dueDate !== null && cause.date > cause.dueDate)
    note = format(LABELS.changeCauseLate, note, daysText(daysBetween(cause.dueDate, cause.date)));
  if (cause.skippedIds.length > 0)
    note = format(
      cause.skippedIds.length === 1 ? LABELS.changeCauseSkippedOne : LABELS.changeCauseSkippedMany,
      note,
      titlesList(cause.skippedIds.map((id) => quoted(titles.get(id))))
    );
  return cause.durationDays > 0
    ? format(LABELS.changeCauseStarts, when, note, daysText(cause.durationDays))
    : format(LABELS.changeCauseDue, when, note);
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
        const move = from
          ? format(LABELS.changeMoves, title, from, to)
          : format(LABELS.changeIsDue, title, to);
        text = change.cause
          ? format(LABELS.changeBecause, move, causeWords(change.cause, titles, movedIds, locale))
          : isEdited
            ? move
            : format(
                LABELS.changeReason,
                move,
                typographic(wordDates(change.reason.replace(/^pushed: /, ''), locale))
              );
        break;
      }
      case 'status':
        text = format(
          LABELS.changeStatus,
          title,
          change.from ?? LABELS.changeNoStatus,
          change.to ?? LABELS.changeNoStatus
        );
        break;
      case 'completedDate':
        text = to ? format(LABELS.changeCompletedOn, title, to) : format(LABELS.changeLosesCompleted, title);
        break;
      default:
        text = format(
          LABELS.changeNoLongerWaits,
          title,
          quoted(change.from ? titles.get(change.from) : null)
        );
    }
    return { key: `change-${i}`, text, isEdited };
  });
}

/** ' (2 dependent steps moved)' after a success message, when the cascade moved any. */
export function followUps(count: number): string {
  if (count <= 0) return '';
  return ` ${count === 1 ? LABELS.changeFollowUpsOne : format(LABELS.changeFollowUpsMany, count)}`;
}

/** Each step field's name in a sentence (Custom Labels, read when worded). */
function fieldNames(): Partial<Record<keyof StepDto, string>> {
  return {
    title: LABELS.changeFieldTitle,
    side: LABELS.changeFieldSide,
    ownerId: LABELS.changeFieldOwner,
    ownerKey: LABELS.changeFieldOwner,
    dueDate: LABELS.changeFieldDueDate,
    status: LABELS.changeFieldStatus,
    completedDate: LABELS.changeFieldCompletedDate,
    isMilestone: LABELS.changeFieldMilestone,
    phase: LABELS.changeFieldPhase,
    deliverable: LABELS.changeFieldDeliverable,
    notes: LABELS.changeFieldNotes,
    dependsOnId: LABELS.changeFieldDependency,
    dependsOnKey: LABELS.changeFieldDependency,
    lagDays: LABELS.changeFieldLag,
    durationDays: LABELS.changeFieldDuration,
    commitment: LABELS.changeFieldCommitment,
    visibility: LABELS.changeFieldVisibility
  };
}

/** 'title, due date' for the fields an edit changed (each name once). */
export function changedFieldNames(fields: readonly (keyof StepDto)[]): string {
  const known = fieldNames();
  const names = fields.map((field) => known[field] ?? field);
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
      text: format(
        LABELS.changeTemplateSteps,
        stepCountText(stepCount),
        templateName,
        formatDate(goLiveDate, locale)
      ),
      isEdited: true
    }
  ];
  if (newOwners.length > 0) {
    lines.push({
      key: 'stakeholders',
      text: format(
        LABELS.changeTemplateAdds,
        newOwners.map((s) => format(LABELS.templateOwnerPerson, s.name, s.role ?? s.side)).join(', ')
      ),
      isEdited: true
    });
  }
  if (withoutOwner > 0) {
    lines.push({
      key: 'owners',
      text: withoutOwner === 1 ? LABELS.changeNoOwnerOne : format(LABELS.changeNoOwnerMany, withoutOwner),
      isEdited: true
    });
  }
  return lines;
}

/** The warning when a template schedules steps before today. */
export function pastStepsWarning(pastCount: number): string {
  return pastCount === 1 ? LABELS.changePastOne : format(LABELS.changePastMany, pastCount);
}
