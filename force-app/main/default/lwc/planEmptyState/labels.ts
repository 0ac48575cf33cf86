/**
 * The blank plan form's words: one Custom Label each (BLANK_PLAN_LABELS names them), handed to the
 * view model's check so it stays free of Salesforce imports.
 */
import type { BlankPlanWords } from 'c/planViewModel';
import heading from '@salesforce/label/c.Plan_Blank_Heading';
import intro from '@salesforce/label/c.Plan_Blank_Intro';
import name from '@salesforce/label/c.Plan_Blank_Name';
import goLive from '@salesforce/label/c.Plan_Blank_Go_Live';
import goLiveHelp from '@salesforce/label/c.Plan_Blank_Go_Live_Help';
import nameMissing from '@salesforce/label/c.Plan_Blank_Name_Missing';
import goLiveMissing from '@salesforce/label/c.Plan_Blank_Go_Live_Missing';
import goLivePast from '@salesforce/label/c.Plan_Blank_Go_Live_Past';
import create from '@salesforce/label/c.Plan_Blank_Create';
import cancel from '@salesforce/label/c.Plan_Blank_Cancel';

export const BLANK_PLAN_WORDS: BlankPlanWords = {
  heading,
  intro,
  name,
  goLive,
  goLiveHelp,
  nameMissing,
  goLiveMissing,
  goLivePast,
  create,
  cancel
};
