/**
 * The stakeholder map as a map: the buying committee in a grid of influence (rows) by stance
 * (columns), or stacked by stance in a narrow region; the seller's team apart, with no stance. Each
 * person is a card with their title, role, signer and veto marks and the steps they own (the count,
 * the next one, the whole list when asked). The rows and columns are the picklists' values in their
 * order; a person whose influence or stance is blank or not one of them goes to the "Unknown" row or
 * column. The words are the map's Custom Labels (c/planLabels), or a test's own (`words`).
 */
import type { PlanAssessment, StepFacts } from 'c/planEngine';
import type { StakeholderDto, StepDto } from 'c/planContract';
import { STANCE_OPTIONS, fill, stanceLook, type PicklistOption, type Stance } from 'c/planFormat';
import { LABELS, type PlanLabelKey, type PlanLabels } from 'c/planLabels';
import { stakeholderKey, stepKey } from './engineInputs';
import { factsById } from './healthSummary';
import { optionLabel, type Picklists } from './picklists';
import { dueText, lateText } from './words';

/** The map's words: the keys of c/planLabels it reads (Plan_Map_…). Sentences hold {0}, {1}. */
export const MAP_WORD_KEYS = [
  'mapCommitteeHeading',
  'mapCommitteeCaption',
  'mapCommitteeNone',
  'mapInfluence',
  'mapInfluenceOf',
  'mapStanceOf',
  'mapUnknown',
  'mapNoOne',
  'mapNoOneYet',
  'mapSigner',
  'mapCanVeto',
  'mapTeamHeading',
  'mapTeamNone',
  'mapStepsNone',
  'mapStepsOne',
  'mapStepsMany',
  'mapOverdue',
  'mapNext',
  'mapShowSteps',
  'mapHideSteps',
  'mapNoRole',
  'mapEdit',
  'mapRemove',
  'mapRemoveConfirm',
  'mapRemoveConfirmOne',
  'mapRemoveConfirmMany',
  'mapPeopleOne',
  'mapPeopleMany',
  'mapStepsAndOverdue',
  'mapOverdueStep',
  'mapNextWhen',
  'mapToggleFor'
] as const satisfies readonly PlanLabelKey[];

export type MapWordKey = (typeof MAP_WORD_KEYS)[number];
/** The map's words by key: c/planLabels' LABELS, or a test's own. */
export type StakeholderMapWords = Readonly<Pick<PlanLabels, MapWordKey>>;

/** The name of the row and column of people whose influence or stance is blank or not a choice. */
export const UNKNOWN = 'Unknown';

export interface OwnedStepView {
  key: string;
  title: string;
  stateText: string;
  stateClass: string;
}

export interface PersonCardView {
  key: string;
  name: string;
  /** Id of the name's element, for the card's accessible name. */
  nameId: string;
  titleText: string;
  roleText: string;
  /** "Influence: High" (shown when the layout does not say it: stacked, or the seller's team). */
  influenceText: string;
  /** "Stance: Champion" for a screen reader (the column or group shows it); '' for the seller's team. */
  stanceText: string;
  /** Class of the card: its stance's colour as a border (never the only sign of it). */
  cardClass: string;
  isSigner: boolean;
  canVeto: boolean;
  signerText: string;
  canVetoText: string;
  /** "2 steps · 1 overdue" or "No steps". */
  stepSummary: string;
  /** "Next: Sign order form, due Jan 15, 2027"; '' when no step is open. */
  nextText: string;
  nextClass: string;
  hasSteps: boolean;
  steps: OwnedStepView[];
  stepsExpanded: boolean;
  /** "true" / "false" for aria-expanded. */
  stepsExpandedText: string;
  toggleText: string;
  toggleLabel: string;
  editLabel: string;
  removeLabel: string;
  confirmText: string;
}

export interface StanceColumnView {
  key: string;
  heading: string;
  iconName: string;
  headerClass: string;
}

export interface GridCellView {
  key: string;
  stance: string;
  people: PersonCardView[];
  isEmpty: boolean;
}

export interface GridRowView {
  key: string;
  heading: string;
  cells: GridCellView[];
}

/** One stance in the stacked (narrow) layout, its people by influence. */
export interface StanceGroupView {
  key: string;
  heading: string;
  countText: string;
  iconName: string;
  headerClass: string;
  people: PersonCardView[];
}

export interface StakeholderMapView {
  committeeCount: number;
  hasCommittee: boolean;
  columns: StanceColumnView[];
  rows: GridRowView[];
  /** The stances with someone in them, for the stacked layout. */
  groups: StanceGroupView[];
  /** "No one yet: Supporter, Neutral" for the stacked layout; '' when every stance has someone. */
  emptyStancesText: string;
  team: PersonCardView[];
  hasTeam: boolean;
  teamCount: number;
}

export interface StakeholderMapInput {
  stakeholders: readonly StakeholderDto[];
  steps: readonly StepDto[];
  /** The engine's assessment, for open and overdue; without it a step is open unless Done or Skipped. */
  assessment: Pick<PlanAssessment, 'steps'> | null;
  /** Plan_Stakeholder__c.Influence__c's values, in order: the rows. */
  influences: readonly PicklistOption[];
  /** Plan_Stakeholder__c.Stance__c's values, in order: the columns. */
  stances: readonly PicklistOption[];
  /** The words: c/planLabels' LABELS unless a test gives its own. */
  words?: StakeholderMapWords;
  /** The org's picklists (PlanView.picklists), for a step status's label. */
  picklists?: Picklists | null;
  /** Keys of the people whose whole list of steps is shown. */
  expanded?: ReadonlySet<string>;
  locale?: string;
}

/** The axis's values, with an "Unknown" one when the picklist has none and someone needs it. */
function axis(
  options: readonly PicklistOption[],
  unknownLabel: string,
  needsUnknown: boolean
): PicklistOption[] {
  const values = [...options];
  if (needsUnknown && !values.some((option) => option.value === UNKNOWN)) {
    values.push({ value: UNKNOWN, label: unknownLabel });
  }
  return values;
}

function placeOn(value: string | null, options: readonly PicklistOption[]): string {
  return value !== null && options.some((option) => option.value === value) ? value : UNKNOWN;
}

const CLOSED = new Set<string>(['Done', 'Skipped']);

function dueOrder(step: StepDto): string {
  return step.dueDate ?? '9999-12-31';
}

function stepsByOwner(steps: readonly StepDto[]): Map<string, StepDto[]> {
  const byOwner = new Map<string, StepDto[]>();
  for (const step of steps) {
    for (const owner of new Set([step.ownerId, step.ownerKey])) {
      if (owner === null) continue;
      const list = byOwner.get(owner) ?? [];
      list.push(step);
      byOwner.set(owner, list);
    }
  }
  return byOwner;
}

function ownedBy(stakeholder: StakeholderDto, byOwner: Map<string, StepDto[]>): StepDto[] {
  const found = [
    ...(stakeholder.id !== null ? (byOwner.get(stakeholder.id) ?? []) : []),
    ...(stakeholder.key !== null ? (byOwner.get(stakeholder.key) ?? []) : [])
  ];
  return [...new Set(found)];
}

interface CardContext {
  byOwner: Map<string, StepDto[]>;
  facts: Map<string, StepFacts>;
  words: StakeholderMapWords;
  picklists: Picklists | null | undefined;
  expanded: ReadonlySet<string>;
  influences: readonly PicklistOption[];
  stances: readonly PicklistOption[];
  locale: string | undefined;
}

function labelOf(value: string, options: readonly PicklistOption[], unknownLabel: string): string {
  return options.find((option) => option.value === value)?.label ?? unknownLabel;
}

function stepsSummary(owned: StepDto[], overdue: number, words: StakeholderMapWords): string {
  if (owned.length === 0) return words.mapStepsNone;
  const count = owned.length === 1 ? words.mapStepsOne : fill(words.mapStepsMany, owned.length);
  return overdue > 0 ? fill(words.mapStepsAndOverdue, count, fill(words.mapOverdue, overdue)) : count;
}

function personCard(stakeholder: StakeholderDto, context: CardContext): PersonCardView {
  const { words, facts } = context;
  const key = stakeholderKey(stakeholder);
  const owned = ownedBy(stakeholder, context.byOwner);
  const isOpen = (step: StepDto): boolean => facts.get(stepKey(step))?.isOpen ?? !CLOSED.has(step.status);
  let overdueCount = 0;
  const steps = owned.map((step): OwnedStepView => {
    const stepFacts = facts.get(stepKey(step));
    if (stepFacts?.isOverdue) {
      overdueCount += 1;
      return {
        key: stepKey(step),
        title: step.title,
        stateText: fill(words.mapOverdueStep, lateText(stepFacts.daysLate)),
        stateClass: 'slds-text-color_error step-overdue'
      };
    }
    return {
      key: stepKey(step),
      title: step.title,
      stateText: optionLabel('Plan_Step__c.Status__c', step.status, context.picklists),
      stateClass: 'slds-text-color_weak'
    };
  });
  const next = owned
    .filter(isOpen)
    .map((step, index) => ({ step, index }))
    .sort((a, b) => dueOrder(a.step).localeCompare(dueOrder(b.step)) || a.index - b.index)
    .at(0)?.step;
  const nextFacts = next ? facts.get(stepKey(next)) : undefined;
  const nextWhen = nextFacts?.isOverdue
    ? lateText(nextFacts.daysLate)
    : next?.dueDate
      ? dueText(next.dueDate, context.locale)
      : '';
  const influence = placeOn(stakeholder.influence, context.influences);
  const stance = placeOn(stakeholder.stance, context.stances);
  const expandedNow = context.expanded.has(key) && owned.length > 0;
  return {
    key,
    name: stakeholder.name,
    nameId: `person-name-${key}`,
    titleText: stakeholder.title ?? '',
    roleText:
      optionLabel('Plan_Stakeholder__c.Role__c', stakeholder.role, context.picklists) || words.mapNoRole,
    influenceText: fill(words.mapInfluenceOf, labelOf(influence, context.influences, words.mapUnknown)),
    stanceText:
      stakeholder.side === 'Seller'
        ? ''
        : fill(words.mapStanceOf, labelOf(stance, context.stances, words.mapUnknown)),
    cardClass: stakeholder.side === 'Seller' ? 'person person_team' : `person ${stanceClass(stance)}`,
    isSigner: stakeholder.isSigner,
    canVeto: stakeholder.canVeto,
    signerText: words.mapSigner,
    canVetoText: words.mapCanVeto,
    stepSummary: stepsSummary(owned, overdueCount, words),
    nextText: next
      ? fill(words.mapNext, nextWhen ? fill(words.mapNextWhen, next.title, nextWhen) : next.title)
      : '',
    nextClass: nextFacts?.isOverdue ? 'next-step slds-text-color_error' : 'next-step',
    hasSteps: owned.length > 0,
    steps: expandedNow ? steps : [],
    stepsExpanded: expandedNow,
    stepsExpandedText: String(expandedNow),
    toggleText: expandedNow ? words.mapHideSteps : words.mapShowSteps,
    toggleLabel: fill(
      words.mapToggleFor,
      expandedNow ? words.mapHideSteps : words.mapShowSteps,
      stakeholder.name
    ),
    editLabel: fill(words.mapEdit, stakeholder.name),
    removeLabel: fill(words.mapRemove, stakeholder.name),
    confirmText: fill(
      owned.length === 0
        ? words.mapRemoveConfirm
        : owned.length === 1
          ? words.mapRemoveConfirmOne
          : words.mapRemoveConfirmMany,
      stakeholder.name,
      owned.length
    )
  };
}

/** The class of a stance's colour: 'stance-champion'; a value of the admin's own has no colour of its own. */
function stanceClass(value: string): string {
  return `stance-${value.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

/** The icon of a stance; a value the page does not know gets the Unknown one. */
function stanceIcon(value: string): string {
  const known = STANCE_OPTIONS.some((option) => option.value === value);
  return stanceLook(known ? (value as Stance) : null).iconName;
}

/** The stakeholder map: the committee's grid, its stacked form and the seller's team. */
export function buildStakeholderMap(input: StakeholderMapInput): StakeholderMapView {
  const words = input.words ?? LABELS;
  const committee = input.stakeholders.filter((stakeholder) => stakeholder.side !== 'Seller');
  const team = input.stakeholders.filter((stakeholder) => stakeholder.side === 'Seller');
  const influences = axis(
    input.influences,
    words.mapUnknown,
    committee.some((person) => placeOn(person.influence, input.influences) === UNKNOWN)
  );
  // The Unknown stance is a column whether anyone is in it or not: "we do not know yet" is a place.
  const stances = axis(input.stances, words.mapUnknown, true);
  const context: CardContext = {
    byOwner: stepsByOwner(input.steps),
    facts: factsById(input.assessment),
    words,
    picklists: input.picklists,
    expanded: input.expanded ?? new Set<string>(),
    influences,
    stances,
    locale: input.locale
  };
  const cards = committee.map((person) => ({
    person,
    card: personCard(person, context),
    influence: placeOn(person.influence, influences),
    stance: placeOn(person.stance, stances)
  }));

  const columns = stances.map((stance): StanceColumnView => ({
    key: stance.value,
    heading: stance.label,
    iconName: stanceIcon(stance.value),
    headerClass: `stance-header ${stanceClass(stance.value)}`
  }));
  const rows = influences.map((influence): GridRowView => ({
    key: influence.value,
    heading: influence.label,
    cells: stances.map((stance): GridCellView => {
      const people = cards
        .filter((entry) => entry.influence === influence.value && entry.stance === stance.value)
        .map((entry) => entry.card);
      return {
        key: `${influence.value}|${stance.value}`,
        stance: stance.value,
        people,
        isEmpty: people.length === 0
      };
    })
  }));
  const influenceRank = new Map(influences.map((influence, index) => [influence.value, index]));
  const groups: StanceGroupView[] = [];
  const empty: string[] = [];
  for (const column of columns) {
    const people = cards
      .filter((entry) => entry.stance === column.key)
      .sort((a, b) => (influenceRank.get(a.influence) ?? 0) - (influenceRank.get(b.influence) ?? 0))
      .map((entry) => entry.card);
    if (people.length === 0) {
      empty.push(column.heading);
    } else {
      groups.push({
        key: column.key,
        heading: column.heading,
        countText: people.length === 1 ? words.mapPeopleOne : fill(words.mapPeopleMany, people.length),
        iconName: column.iconName,
        headerClass: column.headerClass,
        people
      });
    }
  }
  const teamCards = team.map((person) => personCard(person, context));
  return {
    committeeCount: committee.length,
    hasCommittee: committee.length > 0,
    columns,
    rows,
    groups,
    emptyStancesText: empty.length > 0 ? fill(words.mapNoOneYet, empty.join(', ')) : '',
    team: teamCards,
    hasTeam: teamCards.length > 0,
    teamCount: teamCards.length
  };
}
