/**
 * The buyer room's words: one Custom Label per word (see c/buyerRoomModel's WORD_KEYS for the
 * naming rule), handed to the model so it stays free of Salesforce imports.
 */
import type { BuyerRoomWords } from 'c/buyerRoomModel';
import loading from '@salesforce/label/c.Buyer_Room_Loading';
import loadFailed from '@salesforce/label/c.Buyer_Room_Load_Failed';
import objective from '@salesforce/label/c.Buyer_Room_Objective';
import successCriteria from '@salesforce/label/c.Buyer_Room_Success_Criteria';
import goLiveDate from '@salesforce/label/c.Buyer_Room_Go_Live_Date';
import notSet from '@salesforce/label/c.Buyer_Room_Not_Set';
import addToCalendar from '@salesforce/label/c.Buyer_Room_Add_To_Calendar';
import subscribeCalendar from '@salesforce/label/c.Buyer_Room_Subscribe_Calendar';
import print from '@salesforce/label/c.Buyer_Room_Print';
import readOnly from '@salesforce/label/c.Buyer_Room_Read_Only';
import nextHeading from '@salesforce/label/c.Buyer_Room_Next_Heading';
import nextNone from '@salesforce/label/c.Buyer_Room_Next_None';
import stepsHeading from '@salesforce/label/c.Buyer_Room_Steps_Heading';
import stepsNone from '@salesforce/label/c.Buyer_Room_Steps_None';
import noPhase from '@salesforce/label/c.Buyer_Room_No_Phase';
import yours from '@salesforce/label/c.Buyer_Room_Yours';
import milestone from '@salesforce/label/c.Buyer_Room_Milestone';
import owner from '@salesforce/label/c.Buyer_Room_Owner';
import noOwner from '@salesforce/label/c.Buyer_Room_No_Owner';
import due from '@salesforce/label/c.Buyer_Room_Due';
import noDueDate from '@salesforce/label/c.Buyer_Room_No_Due_Date';
import completedOn from '@salesforce/label/c.Buyer_Room_Completed_On';
import lateOne from '@salesforce/label/c.Buyer_Room_Late_One';
import lateMany from '@salesforce/label/c.Buyer_Room_Late_Many';
import deliverable from '@salesforce/label/c.Buyer_Room_Deliverable';
import dependsOn from '@salesforce/label/c.Buyer_Room_Depends_On';
import sideBuyer from '@salesforce/label/c.Buyer_Room_Side_Buyer';
import sideSeller from '@salesforce/label/c.Buyer_Room_Side_Seller';
import sideJoint from '@salesforce/label/c.Buyer_Room_Side_Joint';
import statusNotStarted from '@salesforce/label/c.Buyer_Room_Status_Not_Started';
import statusInProgress from '@salesforce/label/c.Buyer_Room_Status_In_Progress';
import statusBlocked from '@salesforce/label/c.Buyer_Room_Status_Blocked';
import statusDone from '@salesforce/label/c.Buyer_Room_Status_Done';
import statusSkipped from '@salesforce/label/c.Buyer_Room_Status_Skipped';
import committedBy from '@salesforce/label/c.Buyer_Room_Committed_By';
import committed from '@salesforce/label/c.Buyer_Room_Committed';
import declinedBy from '@salesforce/label/c.Buyer_Room_Declined_By';
import declined from '@salesforce/label/c.Buyer_Room_Declined';
import commitmentAsked from '@salesforce/label/c.Buyer_Room_Commitment_Asked';
import actionDone from '@salesforce/label/c.Buyer_Room_Action_Done';
import actionCommit from '@salesforce/label/c.Buyer_Room_Action_Commit';
import actionDecline from '@salesforce/label/c.Buyer_Room_Action_Decline';
import actionProposeDate from '@salesforce/label/c.Buyer_Room_Action_Propose_Date';
import actionComment from '@salesforce/label/c.Buyer_Room_Action_Comment';
import actionProposeStep from '@salesforce/label/c.Buyer_Room_Action_Propose_Step';
import stepActions from '@salesforce/label/c.Buyer_Room_Step_Actions';
import formDone from '@salesforce/label/c.Buyer_Room_Form_Done';
import formCommit from '@salesforce/label/c.Buyer_Room_Form_Commit';
import formDecline from '@salesforce/label/c.Buyer_Room_Form_Decline';
import formProposeDate from '@salesforce/label/c.Buyer_Room_Form_Propose_Date';
import formComment from '@salesforce/label/c.Buyer_Room_Form_Comment';
import formProposeStep from '@salesforce/label/c.Buyer_Room_Form_Propose_Step';
import fieldNote from '@salesforce/label/c.Buyer_Room_Field_Note';
import fieldReason from '@salesforce/label/c.Buyer_Room_Field_Reason';
import fieldMessage from '@salesforce/label/c.Buyer_Room_Field_Message';
import fieldProposedDate from '@salesforce/label/c.Buyer_Room_Field_Proposed_Date';
import fieldTitle from '@salesforce/label/c.Buyer_Room_Field_Title';
import fieldDueDate from '@salesforce/label/c.Buyer_Room_Field_Due_Date';
import fieldDescription from '@salesforce/label/c.Buyer_Room_Field_Description';
import send from '@salesforce/label/c.Buyer_Room_Send';
import cancel from '@salesforce/label/c.Buyer_Room_Cancel';
import reasonRequired from '@salesforce/label/c.Buyer_Room_Reason_Required';
import messageRequired from '@salesforce/label/c.Buyer_Room_Message_Required';
import tooLong from '@salesforce/label/c.Buyer_Room_Too_Long';
import dateRequired from '@salesforce/label/c.Buyer_Room_Date_Required';
import dateInvalid from '@salesforce/label/c.Buyer_Room_Date_Invalid';
import dateUnchanged from '@salesforce/label/c.Buyer_Room_Date_Unchanged';
import dateOutOfRange from '@salesforce/label/c.Buyer_Room_Date_Out_Of_Range';
import titleRequired from '@salesforce/label/c.Buyer_Room_Title_Required';
import requestTooLong from '@salesforce/label/c.Buyer_Room_Request_Too_Long';
import notOffered from '@salesforce/label/c.Buyer_Room_Not_Offered';
import sent from '@salesforce/label/c.Buyer_Room_Sent';
import sentPending from '@salesforce/label/c.Buyer_Room_Sent_Pending';
import actionFailed from '@salesforce/label/c.Buyer_Room_Action_Failed';
import committeeHeading from '@salesforce/label/c.Buyer_Room_Committee_Heading';
import committeeNone from '@salesforce/label/c.Buyer_Room_Committee_None';
import you from '@salesforce/label/c.Buyer_Room_You';
import updatesHeading from '@salesforce/label/c.Buyer_Room_Updates_Heading';
import updateDone from '@salesforce/label/c.Buyer_Room_Update_Done';
import updateCommitted from '@salesforce/label/c.Buyer_Room_Update_Committed';
import updateDeclined from '@salesforce/label/c.Buyer_Room_Update_Declined';
import updateDateProposed from '@salesforce/label/c.Buyer_Room_Update_Date_Proposed';
import updateComment from '@salesforce/label/c.Buyer_Room_Update_Comment';
import updateStepProposed from '@salesforce/label/c.Buyer_Room_Update_Step_Proposed';
import updatePending from '@salesforce/label/c.Buyer_Room_Update_Pending';
import updateAccepted from '@salesforce/label/c.Buyer_Room_Update_Accepted';
import updateNotAccepted from '@salesforce/label/c.Buyer_Room_Update_Not_Accepted';
import updateNote from '@salesforce/label/c.Buyer_Room_Update_Note';
import someone from '@salesforce/label/c.Buyer_Room_Someone';

export const WORDS: BuyerRoomWords = {
  loading,
  loadFailed,
  objective,
  successCriteria,
  goLiveDate,
  notSet,
  addToCalendar,
  subscribeCalendar,
  print,
  readOnly,
  nextHeading,
  nextNone,
  stepsHeading,
  stepsNone,
  noPhase,
  yours,
  milestone,
  owner,
  noOwner,
  due,
  noDueDate,
  completedOn,
  lateOne,
  lateMany,
  deliverable,
  dependsOn,
  sideBuyer,
  sideSeller,
  sideJoint,
  statusNotStarted,
  statusInProgress,
  statusBlocked,
  statusDone,
  statusSkipped,
  committedBy,
  committed,
  declinedBy,
  declined,
  commitmentAsked,
  actionDone,
  actionCommit,
  actionDecline,
  actionProposeDate,
  actionComment,
  actionProposeStep,
  stepActions,
  formDone,
  formCommit,
  formDecline,
  formProposeDate,
  formComment,
  formProposeStep,
  fieldNote,
  fieldReason,
  fieldMessage,
  fieldProposedDate,
  fieldTitle,
  fieldDueDate,
  fieldDescription,
  send,
  cancel,
  reasonRequired,
  messageRequired,
  tooLong,
  dateRequired,
  dateInvalid,
  dateUnchanged,
  dateOutOfRange,
  titleRequired,
  requestTooLong,
  notOffered,
  sent,
  sentPending,
  actionFailed,
  committeeHeading,
  committeeNone,
  you,
  updatesHeading,
  updateDone,
  updateCommitted,
  updateDeclined,
  updateDateProposed,
  updateComment,
  updateStepProposed,
  updatePending,
  updateAccepted,
  updateNotAccepted,
  updateNote,
  someone
};
