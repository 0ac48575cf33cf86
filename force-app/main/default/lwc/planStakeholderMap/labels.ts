/**
 * The stakeholder map's words: one Custom Label each (see c/planViewModel's MAP_WORD_KEYS for the
 * naming rule), handed to the view model so it stays free of Salesforce imports.
 */
import type { StakeholderMapWords } from 'c/planViewModel';
import committeeHeading from '@salesforce/label/c.Plan_Map_Committee_Heading';
import committeeCaption from '@salesforce/label/c.Plan_Map_Committee_Caption';
import committeeNone from '@salesforce/label/c.Plan_Map_Committee_None';
import influence from '@salesforce/label/c.Plan_Map_Influence';
import influenceOf from '@salesforce/label/c.Plan_Map_Influence_Of';
import stanceOf from '@salesforce/label/c.Plan_Map_Stance_Of';
import unknown from '@salesforce/label/c.Plan_Map_Unknown';
import noOne from '@salesforce/label/c.Plan_Map_No_One';
import noOneYet from '@salesforce/label/c.Plan_Map_No_One_Yet';
import signer from '@salesforce/label/c.Plan_Map_Signer';
import canVeto from '@salesforce/label/c.Plan_Map_Can_Veto';
import teamHeading from '@salesforce/label/c.Plan_Map_Team_Heading';
import teamNone from '@salesforce/label/c.Plan_Map_Team_None';
import stepsNone from '@salesforce/label/c.Plan_Map_Steps_None';
import stepsOne from '@salesforce/label/c.Plan_Map_Steps_One';
import stepsMany from '@salesforce/label/c.Plan_Map_Steps_Many';
import overdue from '@salesforce/label/c.Plan_Map_Overdue';
import next from '@salesforce/label/c.Plan_Map_Next';
import showSteps from '@salesforce/label/c.Plan_Map_Show_Steps';
import hideSteps from '@salesforce/label/c.Plan_Map_Hide_Steps';

export const MAP_WORDS: StakeholderMapWords = {
  committeeHeading,
  committeeCaption,
  committeeNone,
  influence,
  influenceOf,
  stanceOf,
  unknown,
  noOne,
  noOneYet,
  signer,
  canVeto,
  teamHeading,
  teamNone,
  stepsNone,
  stepsOne,
  stepsMany,
  overdue,
  next,
  showSteps,
  hideSteps
};
