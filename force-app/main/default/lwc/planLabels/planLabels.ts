/**
 * The record page's words: every Custom Label the plan components read, as one typed object, and
 * format() to fill a label's {0}, {1}, … placeholders. A label is named Plan_<Area>_<Meaning> and
 * its key is the same words in camel case (Plan_Sharing_Copy_Title → sharingCopyTitle). The
 * components read LABELS.<key> (in templates through a `labels` field), so an admin's translation
 * of a label (Setup → Translation Workbench) is what the rep reads.
 *
 * In Jest, c/planLabels is the real module with each label read from the package's labels file
 * (force-app/test/jest-mocks/planLabels.ts): tests read the English a rep reads, and fail when a
 * label imported here is missing from the file. `npm run check:metadata` fails on that too.
 */
import { fill } from 'c/planFormat';
import actionCancel from '@salesforce/label/c.Plan_Action_Cancel';
import actionDecline from '@salesforce/label/c.Plan_Action_Decline';
import actionDone from '@salesforce/label/c.Plan_Action_Done';
import wordsDaysOne from '@salesforce/label/c.Plan_Words_Days_One';
import wordsDaysMany from '@salesforce/label/c.Plan_Words_Days_Many';
import wordsLateOne from '@salesforce/label/c.Plan_Words_Late_One';
import wordsLateMany from '@salesforce/label/c.Plan_Words_Late_Many';
import wordsDueOn from '@salesforce/label/c.Plan_Words_Due_On';
import wordsNoDueDate from '@salesforce/label/c.Plan_Words_No_Due_Date';
import wordsQuoted from '@salesforce/label/c.Plan_Words_Quoted';
import wordsUntitledStep from '@salesforce/label/c.Plan_Words_Untitled_Step';
import wordsWithNote from '@salesforce/label/c.Plan_Words_With_Note';
import wordsNoSide from '@salesforce/label/c.Plan_Words_No_Side';
import problemFallback from '@salesforce/label/c.Plan_Problem_Fallback';
import problemOffline from '@salesforce/label/c.Plan_Problem_Offline';
import stepEditorHeadingAdd from '@salesforce/label/c.Plan_Step_Editor_Heading_Add';
import stepEditorHeadingEdit from '@salesforce/label/c.Plan_Step_Editor_Heading_Edit';
import stepEditorHeadingEditUntitled from '@salesforce/label/c.Plan_Step_Editor_Heading_Edit_Untitled';
import stepEditorSaveAdd from '@salesforce/label/c.Plan_Step_Editor_Save_Add';
import stepEditorSaveEdit from '@salesforce/label/c.Plan_Step_Editor_Save_Edit';
import stepEditorClose from '@salesforce/label/c.Plan_Step_Editor_Close';
import stepEditorThisStep from '@salesforce/label/c.Plan_Step_Editor_This_Step';
import stepEditorFixFirst from '@salesforce/label/c.Plan_Step_Editor_Fix_First';
import stepEditorTitle from '@salesforce/label/c.Plan_Step_Editor_Title';
import stepEditorSide from '@salesforce/label/c.Plan_Step_Editor_Side';
import stepEditorOwner from '@salesforce/label/c.Plan_Step_Editor_Owner';
import stepEditorOwnerHelp from '@salesforce/label/c.Plan_Step_Editor_Owner_Help';
import stepEditorDueDate from '@salesforce/label/c.Plan_Step_Editor_Due_Date';
import stepEditorStatus from '@salesforce/label/c.Plan_Step_Editor_Status';
import stepEditorCompletedDate from '@salesforce/label/c.Plan_Step_Editor_Completed_Date';
import stepEditorPhase from '@salesforce/label/c.Plan_Step_Editor_Phase';
import stepEditorNoPhase from '@salesforce/label/c.Plan_Step_Editor_No_Phase';
import stepEditorVisibility from '@salesforce/label/c.Plan_Step_Editor_Visibility';
import stepEditorDeliverable from '@salesforce/label/c.Plan_Step_Editor_Deliverable';
import stepEditorNotes from '@salesforce/label/c.Plan_Step_Editor_Notes';
import stepEditorDependsOn from '@salesforce/label/c.Plan_Step_Editor_Depends_On';
import stepEditorDependsOnHelp from '@salesforce/label/c.Plan_Step_Editor_Depends_On_Help';
import stepEditorLag from '@salesforce/label/c.Plan_Step_Editor_Lag';
import stepEditorLagHelp from '@salesforce/label/c.Plan_Step_Editor_Lag_Help';
import stepEditorDuration from '@salesforce/label/c.Plan_Step_Editor_Duration';
import stepEditorDurationHelp from '@salesforce/label/c.Plan_Step_Editor_Duration_Help';
import stepEditorMilestone from '@salesforce/label/c.Plan_Step_Editor_Milestone';
import stepEditorCommitment from '@salesforce/label/c.Plan_Step_Editor_Commitment';
import stepEditorTitleRequired from '@salesforce/label/c.Plan_Step_Editor_Title_Required';
import stepEditorTitleTooLong from '@salesforce/label/c.Plan_Step_Editor_Title_Too_Long';
import stepEditorDeliverableTooLong from '@salesforce/label/c.Plan_Step_Editor_Deliverable_Too_Long';
import stepEditorDueDateInvalid from '@salesforce/label/c.Plan_Step_Editor_Due_Date_Invalid';
import stepEditorCompletedDateRequired from '@salesforce/label/c.Plan_Step_Editor_Completed_Date_Required';
import stepEditorLagNotWhole from '@salesforce/label/c.Plan_Step_Editor_Lag_Not_Whole';
import stepEditorDurationNotWhole from '@salesforce/label/c.Plan_Step_Editor_Duration_Not_Whole';
import sharingHeading from '@salesforce/label/c.Plan_Sharing_Heading';
import sharingNewLinks from '@salesforce/label/c.Plan_Sharing_New_Links';
import sharingNewLinksWarning from '@salesforce/label/c.Plan_Sharing_New_Links_Warning';
import sharingFormLegend from '@salesforce/label/c.Plan_Sharing_Form_Legend';
import sharingCandidatesHelp from '@salesforce/label/c.Plan_Sharing_Candidates_Help';
import sharingNoCandidates from '@salesforce/label/c.Plan_Sharing_No_Candidates';
import sharingExpiry from '@salesforce/label/c.Plan_Sharing_Expiry';
import sharingExpiryHelp from '@salesforce/label/c.Plan_Sharing_Expiry_Help';
import sharingSendEmail from '@salesforce/label/c.Plan_Sharing_Send_Email';
import sharingSendEmailHelp from '@salesforce/label/c.Plan_Sharing_Send_Email_Help';
import sharingNote from '@salesforce/label/c.Plan_Sharing_Note';
import sharingCreateNone from '@salesforce/label/c.Plan_Sharing_Create_None';
import sharingCreateOne from '@salesforce/label/c.Plan_Sharing_Create_One';
import sharingCreateMany from '@salesforce/label/c.Plan_Sharing_Create_Many';
import sharingLinksHeading from '@salesforce/label/c.Plan_Sharing_Links_Heading';
import sharingRevoke from '@salesforce/label/c.Plan_Sharing_Revoke';
import sharingRevokeGroup from '@salesforce/label/c.Plan_Sharing_Revoke_Group';
import sharingRevokeQuestion from '@salesforce/label/c.Plan_Sharing_Revoke_Question';
import sharingKeepLink from '@salesforce/label/c.Plan_Sharing_Keep_Link';
import sharingRevokeLink from '@salesforce/label/c.Plan_Sharing_Revoke_Link';
import sharingLinkField from '@salesforce/label/c.Plan_Sharing_Link_Field';
import sharingCopy from '@salesforce/label/c.Plan_Sharing_Copy';
import sharingCopyTitle from '@salesforce/label/c.Plan_Sharing_Copy_Title';
import sharingCopied from '@salesforce/label/c.Plan_Sharing_Copied';
import sharingCopyDone from '@salesforce/label/c.Plan_Sharing_Copy_Done';
import sharingCopySelected from '@salesforce/label/c.Plan_Sharing_Copy_Selected';
import sharingNotSetUp from '@salesforce/label/c.Plan_Sharing_Not_Set_Up';
import sharingReadOnly from '@salesforce/label/c.Plan_Sharing_Read_Only';
import sharingAbandoned from '@salesforce/label/c.Plan_Sharing_Abandoned';
import sharingStatusLive from '@salesforce/label/c.Plan_Sharing_Status_Live';
import sharingStatusExpired from '@salesforce/label/c.Plan_Sharing_Status_Expired';
import sharingStatusRevoked from '@salesforce/label/c.Plan_Sharing_Status_Revoked';
import sharingCreated from '@salesforce/label/c.Plan_Sharing_Created';
import sharingCreatedBy from '@salesforce/label/c.Plan_Sharing_Created_By';
import sharingExpires from '@salesforce/label/c.Plan_Sharing_Expires';
import sharingExpired from '@salesforce/label/c.Plan_Sharing_Expired';
import sharingRevoked from '@salesforce/label/c.Plan_Sharing_Revoked';
import sharingLastOpened from '@salesforce/label/c.Plan_Sharing_Last_Opened';
import sharingNeverOpened from '@salesforce/label/c.Plan_Sharing_Never_Opened';
import sharingOpensOne from '@salesforce/label/c.Plan_Sharing_Opens_One';
import sharingOpensMany from '@salesforce/label/c.Plan_Sharing_Opens_Many';
import sharingCandidate from '@salesforce/label/c.Plan_Sharing_Candidate';
import sharingCandidateNot from '@salesforce/label/c.Plan_Sharing_Candidate_Not';
import sharingNotSaved from '@salesforce/label/c.Plan_Sharing_Not_Saved';
import sharingNoContact from '@salesforce/label/c.Plan_Sharing_No_Contact';
import sharingNoEmail from '@salesforce/label/c.Plan_Sharing_No_Email';
import sharingLiveUntil from '@salesforce/label/c.Plan_Sharing_Live_Until';
import sharingNoLinks from '@salesforce/label/c.Plan_Sharing_No_Links';
import sharingLinksOne from '@salesforce/label/c.Plan_Sharing_Links_One';
import sharingLinksMany from '@salesforce/label/c.Plan_Sharing_Links_Many';
import sharingChooseBuyer from '@salesforce/label/c.Plan_Sharing_Choose_Buyer';
import sharingTooManyBuyers from '@salesforce/label/c.Plan_Sharing_Too_Many_Buyers';
import sharingExpiryRange from '@salesforce/label/c.Plan_Sharing_Expiry_Range';
import sharingNoteTooLong from '@salesforce/label/c.Plan_Sharing_Note_Too_Long';
import sharingSaveFirst from '@salesforce/label/c.Plan_Sharing_Save_First';
import sharingEmailed from '@salesforce/label/c.Plan_Sharing_Emailed';
import sharingNotEmailedBecause from '@salesforce/label/c.Plan_Sharing_Not_Emailed_Because';
import sharingEmailFailed from '@salesforce/label/c.Plan_Sharing_Email_Failed';
import sharingNotEmailed from '@salesforce/label/c.Plan_Sharing_Not_Emailed';
import sharingToastOne from '@salesforce/label/c.Plan_Sharing_Toast_One';
import sharingToastMany from '@salesforce/label/c.Plan_Sharing_Toast_Many';
import sharingToastCopyOne from '@salesforce/label/c.Plan_Sharing_Toast_Copy_One';
import sharingToastCopyMany from '@salesforce/label/c.Plan_Sharing_Toast_Copy_Many';
import sharingToastEmailedOne from '@salesforce/label/c.Plan_Sharing_Toast_Emailed_One';
import sharingToastEmailedMany from '@salesforce/label/c.Plan_Sharing_Toast_Emailed_Many';
import buyerUpdatesHeading from '@salesforce/label/c.Plan_Buyer_Updates_Heading';
import buyerUpdatesNew from '@salesforce/label/c.Plan_Buyer_Updates_New';
import buyerUpdatesAnswerGroup from '@salesforce/label/c.Plan_Buyer_Updates_Answer_Group';
import buyerUpdatesAcceptProposal from '@salesforce/label/c.Plan_Buyer_Updates_Accept_Proposal';
import buyerUpdatesDeclineProposal from '@salesforce/label/c.Plan_Buyer_Updates_Decline_Proposal';
import buyerUpdatesTheBuyer from '@salesforce/label/c.Plan_Buyer_Updates_The_Buyer';
import buyerUpdatesDeclineHelp from '@salesforce/label/c.Plan_Buyer_Updates_Decline_Help';
import buyerUpdatesNote from '@salesforce/label/c.Plan_Buyer_Updates_Note';
import buyerUpdatesNoteHelp from '@salesforce/label/c.Plan_Buyer_Updates_Note_Help';
import buyerUpdatesReview from '@salesforce/label/c.Plan_Buyer_Updates_Review';
import buyerUpdatesAcceptDate from '@salesforce/label/c.Plan_Buyer_Updates_Accept_Date';
import buyerUpdatesAddStep from '@salesforce/label/c.Plan_Buyer_Updates_Add_Step';
import buyerUpdatesAcceptDateHelp from '@salesforce/label/c.Plan_Buyer_Updates_Accept_Date_Help';
import buyerUpdatesAcceptStepHelp from '@salesforce/label/c.Plan_Buyer_Updates_Accept_Step_Help';
import buyerUpdatesPending from '@salesforce/label/c.Plan_Buyer_Updates_Pending';
import buyerUpdatesAccepted from '@salesforce/label/c.Plan_Buyer_Updates_Accepted';
import buyerUpdatesDeclined from '@salesforce/label/c.Plan_Buyer_Updates_Declined';
import buyerUpdatesRecorded from '@salesforce/label/c.Plan_Buyer_Updates_Recorded';
import buyerUpdatesABuyer from '@salesforce/label/c.Plan_Buyer_Updates_A_Buyer';
import buyerUpdatesGoneStep from '@salesforce/label/c.Plan_Buyer_Updates_Gone_Step';
import buyerUpdatesAnotherDate from '@salesforce/label/c.Plan_Buyer_Updates_Another_Date';
import buyerUpdatesDone from '@salesforce/label/c.Plan_Buyer_Updates_Done';
import buyerUpdatesCommitted from '@salesforce/label/c.Plan_Buyer_Updates_Committed';
import buyerUpdatesDeclinedDate from '@salesforce/label/c.Plan_Buyer_Updates_Declined_Date';
import buyerUpdatesDateProposed from '@salesforce/label/c.Plan_Buyer_Updates_Date_Proposed';
import buyerUpdatesComment from '@salesforce/label/c.Plan_Buyer_Updates_Comment';
import buyerUpdatesStepProposed from '@salesforce/label/c.Plan_Buyer_Updates_Step_Proposed';
import buyerUpdatesStepProposedDue from '@salesforce/label/c.Plan_Buyer_Updates_Step_Proposed_Due';
import buyerUpdatesOther from '@salesforce/label/c.Plan_Buyer_Updates_Other';
import buyerUpdatesAnsweredBy from '@salesforce/label/c.Plan_Buyer_Updates_Answered_By';
import buyerUpdatesAnsweredOn from '@salesforce/label/c.Plan_Buyer_Updates_Answered_On';
import buyerUpdatesNone from '@salesforce/label/c.Plan_Buyer_Updates_None';
import buyerUpdatesCountOne from '@salesforce/label/c.Plan_Buyer_Updates_Count_One';
import buyerUpdatesCountMany from '@salesforce/label/c.Plan_Buyer_Updates_Count_Many';
import buyerUpdatesUnread from '@salesforce/label/c.Plan_Buyer_Updates_Unread';
import buyerUpdatesWaiting from '@salesforce/label/c.Plan_Buyer_Updates_Waiting';
import buyerUpdatesNotPending from '@salesforce/label/c.Plan_Buyer_Updates_Not_Pending';
import buyerUpdatesAcceptAny from '@salesforce/label/c.Plan_Buyer_Updates_Accept_Any';
import buyerUpdatesDeclineAny from '@salesforce/label/c.Plan_Buyer_Updates_Decline_Any';
import buyerUpdatesDeclineLine from '@salesforce/label/c.Plan_Buyer_Updates_Decline_Line';
import buyerUpdatesDeclineSaved from '@salesforce/label/c.Plan_Buyer_Updates_Decline_Saved';
import buyerUpdatesProposalMove from '@salesforce/label/c.Plan_Buyer_Updates_Proposal_Move';
import buyerUpdatesProposalAdd from '@salesforce/label/c.Plan_Buyer_Updates_Proposal_Add';
import buyerUpdatesAcceptDateTitle from '@salesforce/label/c.Plan_Buyer_Updates_Accept_Date_Title';
import buyerUpdatesDateStepGone from '@salesforce/label/c.Plan_Buyer_Updates_Date_Step_Gone';
import buyerUpdatesStaysDue from '@salesforce/label/c.Plan_Buyer_Updates_Stays_Due';
import buyerUpdatesRecordedCommitted from '@salesforce/label/c.Plan_Buyer_Updates_Recorded_Committed';
import buyerUpdatesAcceptDateFor from '@salesforce/label/c.Plan_Buyer_Updates_Accept_Date_For';
import buyerUpdatesAccept from '@salesforce/label/c.Plan_Buyer_Updates_Accept';
import buyerUpdatesDateAccepted from '@salesforce/label/c.Plan_Buyer_Updates_Date_Accepted';
import buyerUpdatesAddStepTitle from '@salesforce/label/c.Plan_Buyer_Updates_Add_Step_Title';
import buyerUpdatesNoTitle from '@salesforce/label/c.Plan_Buyer_Updates_No_Title';
import buyerUpdatesOwnedBy from '@salesforce/label/c.Plan_Buyer_Updates_Owned_By';
import buyerUpdatesNoOwner from '@salesforce/label/c.Plan_Buyer_Updates_No_Owner';
import buyerUpdatesAddStepNamed from '@salesforce/label/c.Plan_Buyer_Updates_Add_Step_Named';
import buyerUpdatesStepAdded from '@salesforce/label/c.Plan_Buyer_Updates_Step_Added';
import timelineScale from '@salesforce/label/c.Plan_Timeline_Scale';
import timelineWeeks from '@salesforce/label/c.Plan_Timeline_Weeks';
import timelineMonths from '@salesforce/label/c.Plan_Timeline_Months';
import timelineToday from '@salesforce/label/c.Plan_Timeline_Today';
import timelineUnknownDate from '@salesforce/label/c.Plan_Timeline_Unknown_Date';
import timelineCloseDate from '@salesforce/label/c.Plan_Timeline_Close_Date';
import timelineNoCloseDate from '@salesforce/label/c.Plan_Timeline_No_Close_Date';
import timelineBuyerStep from '@salesforce/label/c.Plan_Timeline_Buyer_Step';
import timelineSellerStep from '@salesforce/label/c.Plan_Timeline_Seller_Step';
import timelineJointStep from '@salesforce/label/c.Plan_Timeline_Joint_Step';
import timelineLate from '@salesforce/label/c.Plan_Timeline_Late';
import timelinePushed from '@salesforce/label/c.Plan_Timeline_Pushed';
import timelineMilestone from '@salesforce/label/c.Plan_Timeline_Milestone';
import timelineMilestoneWord from '@salesforce/label/c.Plan_Timeline_Milestone_Word';
import timelineStep from '@salesforce/label/c.Plan_Timeline_Step';
import timelineSteps from '@salesforce/label/c.Plan_Timeline_Steps';
import timelineEmpty from '@salesforce/label/c.Plan_Timeline_Empty';
import timelineProjected from '@salesforce/label/c.Plan_Timeline_Projected';
import timelineDueOn from '@salesforce/label/c.Plan_Timeline_Due_On';
import timelineNoDueDate from '@salesforce/label/c.Plan_Timeline_No_Due_Date';

/** The record page's Custom Labels, by key. */
export const LABELS = {
  actionCancel,
  actionDecline,
  actionDone,
  wordsDaysOne,
  wordsDaysMany,
  wordsLateOne,
  wordsLateMany,
  wordsDueOn,
  wordsNoDueDate,
  wordsQuoted,
  wordsUntitledStep,
  wordsWithNote,
  wordsNoSide,
  problemFallback,
  problemOffline,
  stepEditorHeadingAdd,
  stepEditorHeadingEdit,
  stepEditorHeadingEditUntitled,
  stepEditorSaveAdd,
  stepEditorSaveEdit,
  stepEditorClose,
  stepEditorThisStep,
  stepEditorFixFirst,
  stepEditorTitle,
  stepEditorSide,
  stepEditorOwner,
  stepEditorOwnerHelp,
  stepEditorDueDate,
  stepEditorStatus,
  stepEditorCompletedDate,
  stepEditorPhase,
  stepEditorNoPhase,
  stepEditorVisibility,
  stepEditorDeliverable,
  stepEditorNotes,
  stepEditorDependsOn,
  stepEditorDependsOnHelp,
  stepEditorLag,
  stepEditorLagHelp,
  stepEditorDuration,
  stepEditorDurationHelp,
  stepEditorMilestone,
  stepEditorCommitment,
  stepEditorTitleRequired,
  stepEditorTitleTooLong,
  stepEditorDeliverableTooLong,
  stepEditorDueDateInvalid,
  stepEditorCompletedDateRequired,
  stepEditorLagNotWhole,
  stepEditorDurationNotWhole,
  sharingHeading,
  sharingNewLinks,
  sharingNewLinksWarning,
  sharingFormLegend,
  sharingCandidatesHelp,
  sharingNoCandidates,
  sharingExpiry,
  sharingExpiryHelp,
  sharingSendEmail,
  sharingSendEmailHelp,
  sharingNote,
  sharingCreateNone,
  sharingCreateOne,
  sharingCreateMany,
  sharingLinksHeading,
  sharingRevoke,
  sharingRevokeGroup,
  sharingRevokeQuestion,
  sharingKeepLink,
  sharingRevokeLink,
  sharingLinkField,
  sharingCopy,
  sharingCopyTitle,
  sharingCopied,
  sharingCopyDone,
  sharingCopySelected,
  sharingNotSetUp,
  sharingReadOnly,
  sharingAbandoned,
  sharingStatusLive,
  sharingStatusExpired,
  sharingStatusRevoked,
  sharingCreated,
  sharingCreatedBy,
  sharingExpires,
  sharingExpired,
  sharingRevoked,
  sharingLastOpened,
  sharingNeverOpened,
  sharingOpensOne,
  sharingOpensMany,
  sharingCandidate,
  sharingCandidateNot,
  sharingNotSaved,
  sharingNoContact,
  sharingNoEmail,
  sharingLiveUntil,
  sharingNoLinks,
  sharingLinksOne,
  sharingLinksMany,
  sharingChooseBuyer,
  sharingTooManyBuyers,
  sharingExpiryRange,
  sharingNoteTooLong,
  sharingSaveFirst,
  sharingEmailed,
  sharingNotEmailedBecause,
  sharingEmailFailed,
  sharingNotEmailed,
  sharingToastOne,
  sharingToastMany,
  sharingToastCopyOne,
  sharingToastCopyMany,
  sharingToastEmailedOne,
  sharingToastEmailedMany,
  buyerUpdatesHeading,
  buyerUpdatesNew,
  buyerUpdatesAnswerGroup,
  buyerUpdatesAcceptProposal,
  buyerUpdatesDeclineProposal,
  buyerUpdatesTheBuyer,
  buyerUpdatesDeclineHelp,
  buyerUpdatesNote,
  buyerUpdatesNoteHelp,
  buyerUpdatesReview,
  buyerUpdatesAcceptDate,
  buyerUpdatesAddStep,
  buyerUpdatesAcceptDateHelp,
  buyerUpdatesAcceptStepHelp,
  buyerUpdatesPending,
  buyerUpdatesAccepted,
  buyerUpdatesDeclined,
  buyerUpdatesRecorded,
  buyerUpdatesABuyer,
  buyerUpdatesGoneStep,
  buyerUpdatesAnotherDate,
  buyerUpdatesDone,
  buyerUpdatesCommitted,
  buyerUpdatesDeclinedDate,
  buyerUpdatesDateProposed,
  buyerUpdatesComment,
  buyerUpdatesStepProposed,
  buyerUpdatesStepProposedDue,
  buyerUpdatesOther,
  buyerUpdatesAnsweredBy,
  buyerUpdatesAnsweredOn,
  buyerUpdatesNone,
  buyerUpdatesCountOne,
  buyerUpdatesCountMany,
  buyerUpdatesUnread,
  buyerUpdatesWaiting,
  buyerUpdatesNotPending,
  buyerUpdatesAcceptAny,
  buyerUpdatesDeclineAny,
  buyerUpdatesDeclineLine,
  buyerUpdatesDeclineSaved,
  buyerUpdatesProposalMove,
  buyerUpdatesProposalAdd,
  buyerUpdatesAcceptDateTitle,
  buyerUpdatesDateStepGone,
  buyerUpdatesStaysDue,
  buyerUpdatesRecordedCommitted,
  buyerUpdatesAcceptDateFor,
  buyerUpdatesAccept,
  buyerUpdatesDateAccepted,
  buyerUpdatesAddStepTitle,
  buyerUpdatesNoTitle,
  buyerUpdatesOwnedBy,
  buyerUpdatesNoOwner,
  buyerUpdatesAddStepNamed,
  buyerUpdatesStepAdded,
  timelineScale,
  timelineWeeks,
  timelineMonths,
  timelineToday,
  timelineUnknownDate,
  timelineCloseDate,
  timelineNoCloseDate,
  timelineBuyerStep,
  timelineSellerStep,
  timelineJointStep,
  timelineLate,
  timelinePushed,
  timelineMilestone,
  timelineMilestoneWord,
  timelineStep,
  timelineSteps,
  timelineEmpty,
  timelineProjected,
  timelineDueOn,
  timelineNoDueDate
};

export type PlanLabels = typeof LABELS;
export type PlanLabelKey = keyof PlanLabels;

/** A label with its {0}, {1}, … filled in order: format(LABELS.sharingCreatedBy, date, name). */
export const format: (label: string, ...values: (string | number)[]) => string = fill;
