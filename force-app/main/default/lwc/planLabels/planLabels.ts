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
import templateOwnerColumn from '@salesforce/label/c.Plan_Template_Owner_Column';
import templateOwnerViaStakeholder from '@salesforce/label/c.Plan_Template_Owner_Via_Stakeholder';
import templateOwnerViaOpportunityOwner from '@salesforce/label/c.Plan_Template_Owner_Via_Opportunity_Owner';
import templateOwnerViaContactRole from '@salesforce/label/c.Plan_Template_Owner_Via_Contact_Role';
import templateOwnerViaMappedRole from '@salesforce/label/c.Plan_Template_Owner_Via_Mapped_Role';
import templateOwnerJoinsPlan from '@salesforce/label/c.Plan_Template_Owner_Joins_Plan';
import templateOwnerUnassigned from '@salesforce/label/c.Plan_Template_Owner_Unassigned';
import templateOwnerNoRole from '@salesforce/label/c.Plan_Template_Owner_No_Role';
import templateOwnerNoContact from '@salesforce/label/c.Plan_Template_Owner_No_Contact';
import templateOwnerNoPerson from '@salesforce/label/c.Plan_Template_Owner_No_Person';
import templateOwnerNoSeller from '@salesforce/label/c.Plan_Template_Owner_No_Seller';
import templateOwnerEither from '@salesforce/label/c.Plan_Template_Owner_Either';
import templateOwnerAdds from '@salesforce/label/c.Plan_Template_Owner_Adds';
import templateOwnerUnassignedOne from '@salesforce/label/c.Plan_Template_Owner_Unassigned_One';
import templateOwnerUnassignedMany from '@salesforce/label/c.Plan_Template_Owner_Unassigned_Many';
import blankHeading from '@salesforce/label/c.Plan_Blank_Heading';
import blankIntro from '@salesforce/label/c.Plan_Blank_Intro';
import blankName from '@salesforce/label/c.Plan_Blank_Name';
import blankGoLive from '@salesforce/label/c.Plan_Blank_Go_Live';
import blankGoLiveHelp from '@salesforce/label/c.Plan_Blank_Go_Live_Help';
import blankNameMissing from '@salesforce/label/c.Plan_Blank_Name_Missing';
import blankGoLiveMissing from '@salesforce/label/c.Plan_Blank_Go_Live_Missing';
import blankGoLivePast from '@salesforce/label/c.Plan_Blank_Go_Live_Past';
import blankCreate from '@salesforce/label/c.Plan_Blank_Create';
import blankCancel from '@salesforce/label/c.Plan_Blank_Cancel';
import mapCommitteeHeading from '@salesforce/label/c.Plan_Map_Committee_Heading';
import mapCommitteeCaption from '@salesforce/label/c.Plan_Map_Committee_Caption';
import mapCommitteeNone from '@salesforce/label/c.Plan_Map_Committee_None';
import mapInfluence from '@salesforce/label/c.Plan_Map_Influence';
import mapInfluenceOf from '@salesforce/label/c.Plan_Map_Influence_Of';
import mapStanceOf from '@salesforce/label/c.Plan_Map_Stance_Of';
import mapUnknown from '@salesforce/label/c.Plan_Map_Unknown';
import mapNoOne from '@salesforce/label/c.Plan_Map_No_One';
import mapNoOneYet from '@salesforce/label/c.Plan_Map_No_One_Yet';
import mapSigner from '@salesforce/label/c.Plan_Map_Signer';
import mapCanVeto from '@salesforce/label/c.Plan_Map_Can_Veto';
import mapTeamHeading from '@salesforce/label/c.Plan_Map_Team_Heading';
import mapTeamNone from '@salesforce/label/c.Plan_Map_Team_None';
import mapStepsNone from '@salesforce/label/c.Plan_Map_Steps_None';
import mapStepsOne from '@salesforce/label/c.Plan_Map_Steps_One';
import mapStepsMany from '@salesforce/label/c.Plan_Map_Steps_Many';
import mapOverdue from '@salesforce/label/c.Plan_Map_Overdue';
import mapNext from '@salesforce/label/c.Plan_Map_Next';
import mapShowSteps from '@salesforce/label/c.Plan_Map_Show_Steps';
import mapHideSteps from '@salesforce/label/c.Plan_Map_Hide_Steps';
import stepListDetails from '@salesforce/label/c.Plan_Step_List_Details';
import previewDealHeading from '@salesforce/label/c.Plan_Preview_Deal_Heading';
import previewAskBuyerFirst from '@salesforce/label/c.Plan_Preview_Ask_Buyer_First';
import mapNoRole from '@salesforce/label/c.Plan_Map_No_Role';
import mapEdit from '@salesforce/label/c.Plan_Map_Edit';
import mapRemove from '@salesforce/label/c.Plan_Map_Remove';
import mapRemoveConfirm from '@salesforce/label/c.Plan_Map_Remove_Confirm';
import mapRemoveConfirmOne from '@salesforce/label/c.Plan_Map_Remove_Confirm_One';
import mapRemoveConfirmMany from '@salesforce/label/c.Plan_Map_Remove_Confirm_Many';
import mapPeopleOne from '@salesforce/label/c.Plan_Map_People_One';
import mapPeopleMany from '@salesforce/label/c.Plan_Map_People_Many';
import mapStepsAndOverdue from '@salesforce/label/c.Plan_Map_Steps_And_Overdue';
import mapOverdueStep from '@salesforce/label/c.Plan_Map_Overdue_Step';
import mapNextWhen from '@salesforce/label/c.Plan_Map_Next_When';
import mapToggleFor from '@salesforce/label/c.Plan_Map_Toggle_For';
import templateOwnerPerson from '@salesforce/label/c.Plan_Template_Owner_Person';
import templateRegion from '@salesforce/label/c.Plan_Template_Region';
import templateLoading from '@salesforce/label/c.Plan_Template_Loading';
import templateNone from '@salesforce/label/c.Plan_Template_None';
import templateTemplate from '@salesforce/label/c.Plan_Template_Template';
import templateRequired from '@salesforce/label/c.Plan_Template_Required';
import templateGoLive from '@salesforce/label/c.Plan_Template_Go_Live';
import templatePlanName from '@salesforce/label/c.Plan_Template_Plan_Name';
import templateSkipWeekends from '@salesforce/label/c.Plan_Template_Skip_Weekends';
import templateDue from '@salesforce/label/c.Plan_Template_Due';
import templateStep from '@salesforce/label/c.Plan_Template_Step';
import templateSide from '@salesforce/label/c.Plan_Template_Side';
import templateNotes from '@salesforce/label/c.Plan_Template_Notes';
import templateMilestone from '@salesforce/label/c.Plan_Template_Milestone';
import templateInThePast from '@salesforce/label/c.Plan_Template_In_The_Past';
import templateCreatePlan from '@salesforce/label/c.Plan_Template_Create_Plan';
import templateAddSteps from '@salesforce/label/c.Plan_Template_Add_Steps';
import templateStepsOne from '@salesforce/label/c.Plan_Template_Steps_One';
import templateStepsMany from '@salesforce/label/c.Plan_Template_Steps_Many';
import templateMeta from '@salesforce/label/c.Plan_Template_Meta';
import templateGoLiveHelpClose from '@salesforce/label/c.Plan_Template_Go_Live_Help_Close';
import templateGoLiveHelpToday from '@salesforce/label/c.Plan_Template_Go_Live_Help_Today';
import templateGoLiveHelpNone from '@salesforce/label/c.Plan_Template_Go_Live_Help_None';
import templateDefaultName from '@salesforce/label/c.Plan_Template_Default_Name';
import templatePastOne from '@salesforce/label/c.Plan_Template_Past_One';
import templatePastMany from '@salesforce/label/c.Plan_Template_Past_Many';
import templatePreviewCaption from '@salesforce/label/c.Plan_Template_Preview_Caption';
import templateChooseFirst from '@salesforce/label/c.Plan_Template_Choose_First';
import templateDateFirst from '@salesforce/label/c.Plan_Template_Date_First';
import emptyHeading from '@salesforce/label/c.Plan_Empty_Heading';
import emptyHeadingFor from '@salesforce/label/c.Plan_Empty_Heading_For';
import emptyExplanation from '@salesforce/label/c.Plan_Empty_Explanation';
import emptyFromTemplate from '@salesforce/label/c.Plan_Empty_From_Template';
import emptyOrBlank from '@salesforce/label/c.Plan_Empty_Or_Blank';
import emptyShare from '@salesforce/label/c.Plan_Empty_Share';
import emptyChooseTemplate from '@salesforce/label/c.Plan_Empty_Choose_Template';
import emptyStartBlank from '@salesforce/label/c.Plan_Empty_Start_Blank';
import emptyReadOnly from '@salesforce/label/c.Plan_Empty_Read_Only';
import mapSave from '@salesforce/label/c.Plan_Map_Save';
import mapKeep from '@salesforce/label/c.Plan_Map_Keep';
import mapRemoveButton from '@salesforce/label/c.Plan_Map_Remove_Button';
import mapAddPeople from '@salesforce/label/c.Plan_Map_Add_People';
import mapFromContactRoles from '@salesforce/label/c.Plan_Map_From_Contact_Roles';
import mapAddPerson from '@salesforce/label/c.Plan_Map_Add_Person';
import mapChoosePerson from '@salesforce/label/c.Plan_Map_Choose_Person';
import mapSearch from '@salesforce/label/c.Plan_Map_Search';
import mapSearchPlaceholder from '@salesforce/label/c.Plan_Map_Search_Placeholder';
import mapSearchHint from '@salesforce/label/c.Plan_Map_Search_Hint';
import mapSearching from '@salesforce/label/c.Plan_Map_Searching';
import mapSearchFailed from '@salesforce/label/c.Plan_Map_Search_Failed';
import mapSearchResults from '@salesforce/label/c.Plan_Map_Search_Results';
import mapNoResults from '@salesforce/label/c.Plan_Map_No_Results';
import mapKindUser from '@salesforce/label/c.Plan_Map_Kind_User';
import mapKindContact from '@salesforce/label/c.Plan_Map_Kind_Contact';
import mapResultDetail from '@salesforce/label/c.Plan_Map_Result_Detail';
import mapAlreadyOnPlan from '@salesforce/label/c.Plan_Map_Already_On_Plan';
import mapAddStakeholder from '@salesforce/label/c.Plan_Map_Add_Stakeholder';
import mapUserIsSeller from '@salesforce/label/c.Plan_Map_User_Is_Seller';
import stakeholderFormSide from '@salesforce/label/c.Plan_Stakeholder_Form_Side';
import stakeholderFormRole from '@salesforce/label/c.Plan_Stakeholder_Form_Role';
import stakeholderFormRolePlaceholder from '@salesforce/label/c.Plan_Stakeholder_Form_Role_Placeholder';
import stakeholderFormInfluence from '@salesforce/label/c.Plan_Stakeholder_Form_Influence';
import stakeholderFormInfluencePlaceholder from '@salesforce/label/c.Plan_Stakeholder_Form_Influence_Placeholder';
import stakeholderFormStance from '@salesforce/label/c.Plan_Stakeholder_Form_Stance';
import stakeholderFormSigner from '@salesforce/label/c.Plan_Stakeholder_Form_Signer';
import stakeholderFormCanVeto from '@salesforce/label/c.Plan_Stakeholder_Form_Can_Veto';
import stakeholderFormSave from '@salesforce/label/c.Plan_Stakeholder_Form_Save';
import stepListMilestone from '@salesforce/label/c.Plan_Step_List_Milestone';
import stepListHasNotes from '@salesforce/label/c.Plan_Step_List_Has_Notes';
import stepListUntitled from '@salesforce/label/c.Plan_Step_List_Untitled';
import stepListNotInPlan from '@salesforce/label/c.Plan_Step_List_Not_In_Plan';
import stepListAfter from '@salesforce/label/c.Plan_Step_List_After';
import stepListAfterDone from '@salesforce/label/c.Plan_Step_List_After_Done';
import stepListAfterSkipped from '@salesforce/label/c.Plan_Step_List_After_Skipped';
import stepListWaitingOn from '@salesforce/label/c.Plan_Step_List_Waiting_On';
import stepListNoDueDate from '@salesforce/label/c.Plan_Step_List_No_Due_Date';
import stepListNoOwner from '@salesforce/label/c.Plan_Step_List_No_Owner';
import stepListOverdue from '@salesforce/label/c.Plan_Step_List_Overdue';
import stepListBuyerCommitted from '@salesforce/label/c.Plan_Step_List_Buyer_Committed';
import stepListNotCommitted from '@salesforce/label/c.Plan_Step_List_Not_Committed';
import stepListProjected from '@salesforce/label/c.Plan_Step_List_Projected';
import stepListStatusOf from '@salesforce/label/c.Plan_Step_List_Status_Of';
import stepListDueDateOf from '@salesforce/label/c.Plan_Step_List_Due_Date_Of';
import stepListValueOf from '@salesforce/label/c.Plan_Step_List_Value_Of';
import stepListActionsFor from '@salesforce/label/c.Plan_Step_List_Actions_For';
import stepListGroupCount from '@salesforce/label/c.Plan_Step_List_Group_Count';
import stepListStepsOne from '@salesforce/label/c.Plan_Step_List_Steps_One';
import stepListStepsMany from '@salesforce/label/c.Plan_Step_List_Steps_Many';
import stepListNoPhase from '@salesforce/label/c.Plan_Step_List_No_Phase';
import stepListMilestoneGroup from '@salesforce/label/c.Plan_Step_List_Milestone_Group';
import stepListMilestoneGroupDue from '@salesforce/label/c.Plan_Step_List_Milestone_Group_Due';
import stepListNoMilestones from '@salesforce/label/c.Plan_Step_List_No_Milestones';
import stepListAfterLastMilestone from '@salesforce/label/c.Plan_Step_List_After_Last_Milestone';
import stepListOwnerOption from '@salesforce/label/c.Plan_Step_List_Owner_Option';
import stepListOwnerOptionRole from '@salesforce/label/c.Plan_Step_List_Owner_Option_Role';
import stepListNoOwnerOption from '@salesforce/label/c.Plan_Step_List_No_Owner_Option';
import stepListNoDependency from '@salesforce/label/c.Plan_Step_List_No_Dependency';
import stepListDependencyDue from '@salesforce/label/c.Plan_Step_List_Dependency_Due';
import stepListHeading from '@salesforce/label/c.Plan_Step_List_Heading';
import stepListGroupSteps from '@salesforce/label/c.Plan_Step_List_Group_Steps';
import stepListByPhase from '@salesforce/label/c.Plan_Step_List_By_Phase';
import stepListByMilestone from '@salesforce/label/c.Plan_Step_List_By_Milestone';
import stepListAddStep from '@salesforce/label/c.Plan_Step_List_Add_Step';
import stepListAddAStep from '@salesforce/label/c.Plan_Step_List_Add_A_Step';
import stepListAddAStepTo from '@salesforce/label/c.Plan_Step_List_Add_A_Step_To';
import stepListTable from '@salesforce/label/c.Plan_Step_List_Table';
import stepListColumnStep from '@salesforce/label/c.Plan_Step_List_Column_Step';
import stepListColumnSide from '@salesforce/label/c.Plan_Step_List_Column_Side';
import stepListColumnOwner from '@salesforce/label/c.Plan_Step_List_Column_Owner';
import stepListColumnDueDate from '@salesforce/label/c.Plan_Step_List_Column_Due_Date';
import stepListColumnStatus from '@salesforce/label/c.Plan_Step_List_Column_Status';
import stepListActions from '@salesforce/label/c.Plan_Step_List_Actions';
import stepListDeliverable from '@salesforce/label/c.Plan_Step_List_Deliverable';
import stepListEmpty from '@salesforce/label/c.Plan_Step_List_Empty';
import stepListEmptyAdd from '@salesforce/label/c.Plan_Step_List_Empty_Add';
import stepListEdit from '@salesforce/label/c.Plan_Step_List_Edit';
import stepListMoveUp from '@salesforce/label/c.Plan_Step_List_Move_Up';
import stepListMoveDown from '@salesforce/label/c.Plan_Step_List_Move_Down';
import stepListDelete from '@salesforce/label/c.Plan_Step_List_Delete';
import workspaceAddFromTemplate from '@salesforce/label/c.Plan_Workspace_Add_From_Template';
import workspaceReload from '@salesforce/label/c.Plan_Workspace_Reload';
import workspaceTemplatesFailed from '@salesforce/label/c.Plan_Workspace_Templates_Failed';
import workspaceTryAgain from '@salesforce/label/c.Plan_Workspace_Try_Again';
import workspaceReadOnly from '@salesforce/label/c.Plan_Workspace_Read_Only';
import workspacePlanViews from '@salesforce/label/c.Plan_Workspace_Plan_Views';
import workspaceSaving from '@salesforce/label/c.Plan_Workspace_Saving';
import workspaceLoading from '@salesforce/label/c.Plan_Workspace_Loading';
import workspaceDefaultName from '@salesforce/label/c.Plan_Workspace_Default_Name';
import workspaceLoadFailed from '@salesforce/label/c.Plan_Workspace_Load_Failed';
import workspaceNotSaved from '@salesforce/label/c.Plan_Workspace_Not_Saved';
import tabsSteps from '@salesforce/label/c.Plan_Tabs_Steps';
import tabsTimeline from '@salesforce/label/c.Plan_Tabs_Timeline';
import tabsStakeholders from '@salesforce/label/c.Plan_Tabs_Stakeholders';
import tabsRisks from '@salesforce/label/c.Plan_Tabs_Risks';
import tabsRisksCount from '@salesforce/label/c.Plan_Tabs_Risks_Count';
import tabsBuyerUpdates from '@salesforce/label/c.Plan_Tabs_Buyer_Updates';
import tabsBuyerUpdatesCount from '@salesforce/label/c.Plan_Tabs_Buyer_Updates_Count';
import tabsShare from '@salesforce/label/c.Plan_Tabs_Share';
import tabsCounted from '@salesforce/label/c.Plan_Tabs_Counted';
import tabsCountShown from '@salesforce/label/c.Plan_Tabs_Count_Shown';
import tabsTitleCounted from '@salesforce/label/c.Plan_Tabs_Title_Counted';
import previewCascadeCount from '@salesforce/label/c.Plan_Preview_Cascade_Count';
import previewFixFirst from '@salesforce/label/c.Plan_Preview_Fix_First';
import previewCheckFirst from '@salesforce/label/c.Plan_Preview_Check_First';
import previewSave from '@salesforce/label/c.Plan_Preview_Save';
import changeGone from '@salesforce/label/c.Plan_Change_Gone';
import changeListAnd from '@salesforce/label/c.Plan_Change_List_And';
import changeCauseDueSameDay from '@salesforce/label/c.Plan_Change_Cause_Due_Same_Day';
import changeCauseDoneSameDay from '@salesforce/label/c.Plan_Change_Cause_Done_Same_Day';
import changeCauseDueDayAfter from '@salesforce/label/c.Plan_Change_Cause_Due_Day_After';
import changeCauseDoneDayAfter from '@salesforce/label/c.Plan_Change_Cause_Done_Day_After';
import changeCauseDueDaysAfter from '@salesforce/label/c.Plan_Change_Cause_Due_Days_After';
import changeCauseDoneDaysAfter from '@salesforce/label/c.Plan_Change_Cause_Done_Days_After';
import changeCauseNow from '@salesforce/label/c.Plan_Change_Cause_Now';
import changeCauseLate from '@salesforce/label/c.Plan_Change_Cause_Late';
import changeCauseSkippedOne from '@salesforce/label/c.Plan_Change_Cause_Skipped_One';
import changeCauseSkippedMany from '@salesforce/label/c.Plan_Change_Cause_Skipped_Many';
import changeCauseStarts from '@salesforce/label/c.Plan_Change_Cause_Starts';
import changeCauseDue from '@salesforce/label/c.Plan_Change_Cause_Due';
import changeMoves from '@salesforce/label/c.Plan_Change_Moves';
import changeIsDue from '@salesforce/label/c.Plan_Change_Is_Due';
import changeBecause from '@salesforce/label/c.Plan_Change_Because';
import changeReason from '@salesforce/label/c.Plan_Change_Reason';
import changeStatus from '@salesforce/label/c.Plan_Change_Status';
import changeNoStatus from '@salesforce/label/c.Plan_Change_No_Status';
import changeCompletedOn from '@salesforce/label/c.Plan_Change_Completed_On';
import changeLosesCompleted from '@salesforce/label/c.Plan_Change_Loses_Completed';
import changeNoLongerWaits from '@salesforce/label/c.Plan_Change_No_Longer_Waits';
import changeFollowUpsOne from '@salesforce/label/c.Plan_Change_Follow_Ups_One';
import changeFollowUpsMany from '@salesforce/label/c.Plan_Change_Follow_Ups_Many';
import changeFieldTitle from '@salesforce/label/c.Plan_Change_Field_Title';
import changeFieldSide from '@salesforce/label/c.Plan_Change_Field_Side';
import changeFieldOwner from '@salesforce/label/c.Plan_Change_Field_Owner';
import changeFieldDueDate from '@salesforce/label/c.Plan_Change_Field_Due_Date';
import changeFieldStatus from '@salesforce/label/c.Plan_Change_Field_Status';
import changeFieldCompletedDate from '@salesforce/label/c.Plan_Change_Field_Completed_Date';
import changeFieldMilestone from '@salesforce/label/c.Plan_Change_Field_Milestone';
import changeFieldPhase from '@salesforce/label/c.Plan_Change_Field_Phase';
import changeFieldDeliverable from '@salesforce/label/c.Plan_Change_Field_Deliverable';
import changeFieldNotes from '@salesforce/label/c.Plan_Change_Field_Notes';
import changeFieldDependency from '@salesforce/label/c.Plan_Change_Field_Dependency';
import changeFieldLag from '@salesforce/label/c.Plan_Change_Field_Lag';
import changeFieldDuration from '@salesforce/label/c.Plan_Change_Field_Duration';
import changeFieldCommitment from '@salesforce/label/c.Plan_Change_Field_Commitment';
import changeFieldVisibility from '@salesforce/label/c.Plan_Change_Field_Visibility';
import changeTemplateSteps from '@salesforce/label/c.Plan_Change_Template_Steps';
import changeTemplateAdds from '@salesforce/label/c.Plan_Change_Template_Adds';
import changeNoOwnerOne from '@salesforce/label/c.Plan_Change_No_Owner_One';
import changeNoOwnerMany from '@salesforce/label/c.Plan_Change_No_Owner_Many';
import changePastOne from '@salesforce/label/c.Plan_Change_Past_One';
import changePastMany from '@salesforce/label/c.Plan_Change_Past_Many';
import impactAgainst from '@salesforce/label/c.Plan_Impact_Against';
import impactOnCloseDate from '@salesforce/label/c.Plan_Impact_On_Close_Date';
import impactAfterClose from '@salesforce/label/c.Plan_Impact_After_Close';
import impactBeforeClose from '@salesforce/label/c.Plan_Impact_Before_Close';
import impactNoClose from '@salesforce/label/c.Plan_Impact_No_Close';
import impactCloseBecomes from '@salesforce/label/c.Plan_Impact_Close_Becomes';
import impactCloseStays from '@salesforce/label/c.Plan_Impact_Close_Stays';
import impactCloseMoves from '@salesforce/label/c.Plan_Impact_Close_Moves';
import impactHealthGoes from '@salesforce/label/c.Plan_Impact_Health_Goes';
import impactHealthScore from '@salesforce/label/c.Plan_Impact_Health_Score';
import impactHealthStays from '@salesforce/label/c.Plan_Impact_Health_Stays';
import impactWhy from '@salesforce/label/c.Plan_Impact_Why';
import impactTheBuyer from '@salesforce/label/c.Plan_Impact_The_Buyer';
import impactCommittedMove from '@salesforce/label/c.Plan_Impact_Committed_Move';
import impactCommittedLose from '@salesforce/label/c.Plan_Impact_Committed_Lose';
import headerStatusDraftHelp from '@salesforce/label/c.Plan_Header_Status_Draft_Help';
import headerStatusActiveHelp from '@salesforce/label/c.Plan_Header_Status_Active_Help';
import headerStatusCompletedHelp from '@salesforce/label/c.Plan_Header_Status_Completed_Help';
import headerStatusAbandonedHelp from '@salesforce/label/c.Plan_Header_Status_Abandoned_Help';
import headerActivate from '@salesforce/label/c.Plan_Header_Activate';
import headerActivateHelp from '@salesforce/label/c.Plan_Header_Activate_Help';
import headerComplete from '@salesforce/label/c.Plan_Header_Complete';
import headerCompleteHelp from '@salesforce/label/c.Plan_Header_Complete_Help';
import headerReopen from '@salesforce/label/c.Plan_Header_Reopen';
import headerReopenHelp from '@salesforce/label/c.Plan_Header_Reopen_Help';
import headerAbandon from '@salesforce/label/c.Plan_Header_Abandon';
import headerAbandonHelp from '@salesforce/label/c.Plan_Header_Abandon_Help';
import headerObjective from '@salesforce/label/c.Plan_Header_Objective';
import headerObjectiveHelp from '@salesforce/label/c.Plan_Header_Objective_Help';
import headerSuccessCriteria from '@salesforce/label/c.Plan_Header_Success_Criteria';
import headerSuccessCriteriaHelp from '@salesforce/label/c.Plan_Header_Success_Criteria_Help';
import headerValueSummary from '@salesforce/label/c.Plan_Header_Value_Summary';
import headerValueSummaryHelp from '@salesforce/label/c.Plan_Header_Value_Summary_Help';
import changeStatusTitle from '@salesforce/label/c.Plan_Change_Status_Title';
import changeStatusLine from '@salesforce/label/c.Plan_Change_Status_Line';
import changeStatusDone from '@salesforce/label/c.Plan_Change_Status_Done';
import changeStatusNow from '@salesforce/label/c.Plan_Change_Status_Now';
import changeMoveTitle from '@salesforce/label/c.Plan_Change_Move_Title';
import changeMoveNoDate from '@salesforce/label/c.Plan_Change_Move_No_Date';
import changeClearDateTitle from '@salesforce/label/c.Plan_Change_Clear_Date_Title';
import changeClearDateLine from '@salesforce/label/c.Plan_Change_Clear_Date_Line';
import changeClearDateSaved from '@salesforce/label/c.Plan_Change_Clear_Date_Saved';
import changeMoveSaved from '@salesforce/label/c.Plan_Change_Move_Saved';
import changeAddTitle from '@salesforce/label/c.Plan_Change_Add_Title';
import changeAddLine from '@salesforce/label/c.Plan_Change_Add_Line';
import changeAddLineDue from '@salesforce/label/c.Plan_Change_Add_Line_Due';
import changeAddSaved from '@salesforce/label/c.Plan_Change_Add_Saved';
import changeEditTitle from '@salesforce/label/c.Plan_Change_Edit_Title';
import changeEditLine from '@salesforce/label/c.Plan_Change_Edit_Line';
import changeEditSaved from '@salesforce/label/c.Plan_Change_Edit_Saved';
import changeNothingToSave from '@salesforce/label/c.Plan_Change_Nothing_To_Save';
import changeDeleteTitle from '@salesforce/label/c.Plan_Change_Delete_Title';
import changeDeleteLine from '@salesforce/label/c.Plan_Change_Delete_Line';
import changeDelete from '@salesforce/label/c.Plan_Change_Delete';
import changeDeleteSaved from '@salesforce/label/c.Plan_Change_Delete_Saved';
import changeReorderTitle from '@salesforce/label/c.Plan_Change_Reorder_Title';
import changeReorderAbove from '@salesforce/label/c.Plan_Change_Reorder_Above';
import changeReorderBelow from '@salesforce/label/c.Plan_Change_Reorder_Below';
import changeReorderAboveSaved from '@salesforce/label/c.Plan_Change_Reorder_Above_Saved';
import changeReorderBelowSaved from '@salesforce/label/c.Plan_Change_Reorder_Below_Saved';
import changeTemplateAddTitle from '@salesforce/label/c.Plan_Change_Template_Add_Title';
import changeTemplateCreateTitle from '@salesforce/label/c.Plan_Change_Template_Create_Title';
import changeTemplateSaved from '@salesforce/label/c.Plan_Change_Template_Saved';
import changeBlankTitle from '@salesforce/label/c.Plan_Change_Blank_Title';
import changeBlankLine from '@salesforce/label/c.Plan_Change_Blank_Line';
import changeBlankSaved from '@salesforce/label/c.Plan_Change_Blank_Saved';
import changeStakeholderAddTitle from '@salesforce/label/c.Plan_Change_Stakeholder_Add_Title';
import changeStakeholderAddLine from '@salesforce/label/c.Plan_Change_Stakeholder_Add_Line';
import changeStakeholderAddSaved from '@salesforce/label/c.Plan_Change_Stakeholder_Add_Saved';
import changeStakeholderChangeTitle from '@salesforce/label/c.Plan_Change_Stakeholder_Change_Title';
import changeStakeholderGone from '@salesforce/label/c.Plan_Change_Stakeholder_Gone';
import changeStakeholderEditTitle from '@salesforce/label/c.Plan_Change_Stakeholder_Edit_Title';
import changeStakeholderEditLine from '@salesforce/label/c.Plan_Change_Stakeholder_Edit_Line';
import changeStakeholderEditSaved from '@salesforce/label/c.Plan_Change_Stakeholder_Edit_Saved';
import changeStakeholderRemoveTitle from '@salesforce/label/c.Plan_Change_Stakeholder_Remove_Title';
import changeStakeholderRemoveLine from '@salesforce/label/c.Plan_Change_Stakeholder_Remove_Line';
import changeStakeholderNoOwner from '@salesforce/label/c.Plan_Change_Stakeholder_No_Owner';
import changeStakeholderRemove from '@salesforce/label/c.Plan_Change_Stakeholder_Remove';
import changeStakeholderRemoveSaved from '@salesforce/label/c.Plan_Change_Stakeholder_Remove_Saved';
import headerHeading from '@salesforce/label/c.Plan_Header_Heading';
import headerStatus from '@salesforce/label/c.Plan_Header_Status';
import headerAbandonedBecause from '@salesforce/label/c.Plan_Header_Abandoned_Because';
import headerActionsGroup from '@salesforce/label/c.Plan_Header_Actions_Group';
import headerAbandonLegend from '@salesforce/label/c.Plan_Header_Abandon_Legend';
import headerAbandonReason from '@salesforce/label/c.Plan_Header_Abandon_Reason';
import headerAbandonReasonHelp from '@salesforce/label/c.Plan_Header_Abandon_Reason_Help';
import headerReasonMissing from '@salesforce/label/c.Plan_Header_Reason_Missing';
import headerAbandonKeep from '@salesforce/label/c.Plan_Header_Abandon_Keep';
import headerAbandonConfirm from '@salesforce/label/c.Plan_Header_Abandon_Confirm';
import headerDetailsLegend from '@salesforce/label/c.Plan_Header_Details_Legend';
import headerDetailsSave from '@salesforce/label/c.Plan_Header_Details_Save';
import headerDetailsEdit from '@salesforce/label/c.Plan_Header_Details_Edit';
import healthClosed from '@salesforce/label/c.Plan_Health_Closed';
import healthNoCloseDate from '@salesforce/label/c.Plan_Health_No_Close_Date';
import healthNoProjection from '@salesforce/label/c.Plan_Health_No_Projection';
import healthOnCloseDate from '@salesforce/label/c.Plan_Health_On_Close_Date';
import healthNextBuyer from '@salesforce/label/c.Plan_Health_Next_Buyer';
import healthNextSeller from '@salesforce/label/c.Plan_Health_Next_Seller';
import healthNoOpenBuyer from '@salesforce/label/c.Plan_Health_No_Open_Buyer';
import healthNoOpenSeller from '@salesforce/label/c.Plan_Health_No_Open_Seller';
import healthNextSummary from '@salesforce/label/c.Plan_Health_Next_Summary';
import healthDue from '@salesforce/label/c.Plan_Health_Due';
import healthNoDueDate from '@salesforce/label/c.Plan_Health_No_Due_Date';
import healthOwnerPart from '@salesforce/label/c.Plan_Health_Owner_Part';
import healthNoOwnerPart from '@salesforce/label/c.Plan_Health_No_Owner_Part';
import healthNoOwner from '@salesforce/label/c.Plan_Health_No_Owner';
import healthScore from '@salesforce/label/c.Plan_Health_Score';
import healthProgress from '@salesforce/label/c.Plan_Health_Progress';
import healthNoClose from '@salesforce/label/c.Plan_Health_No_Close';
import healthNotProjected from '@salesforce/label/c.Plan_Health_Not_Projected';
import headerNotSet from '@salesforce/label/c.Plan_Header_Not_Set';
import headerActionTitle from '@salesforce/label/c.Plan_Header_Action_Title';
import headerNoPlan from '@salesforce/label/c.Plan_Header_No_Plan';
import headerCannotActivate from '@salesforce/label/c.Plan_Header_Cannot_Activate';
import headerCannotComplete from '@salesforce/label/c.Plan_Header_Cannot_Complete';
import headerCannotReopen from '@salesforce/label/c.Plan_Header_Cannot_Reopen';
import headerCannotAbandon from '@salesforce/label/c.Plan_Header_Cannot_Abandon';
import headerOpenStepsOne from '@salesforce/label/c.Plan_Header_Open_Steps_One';
import headerOpenStepsMany from '@salesforce/label/c.Plan_Header_Open_Steps_Many';
import headerStatusLine from '@salesforce/label/c.Plan_Header_Status_Line';
import headerActivated from '@salesforce/label/c.Plan_Header_Activated';
import headerCompleted from '@salesforce/label/c.Plan_Header_Completed';
import headerReopenedDraft from '@salesforce/label/c.Plan_Header_Reopened_Draft';
import headerReopened from '@salesforce/label/c.Plan_Header_Reopened';
import headerAbandoned from '@salesforce/label/c.Plan_Header_Abandoned';
import headerActivatedNoBaselines from '@salesforce/label/c.Plan_Header_Activated_No_Baselines';
import headerActivatedBaselines from '@salesforce/label/c.Plan_Header_Activated_Baselines';
import headerToastActivated from '@salesforce/label/c.Plan_Header_Toast_Activated';
import headerToastCompleted from '@salesforce/label/c.Plan_Header_Toast_Completed';
import headerToastReopened from '@salesforce/label/c.Plan_Header_Toast_Reopened';
import headerToastAbandoned from '@salesforce/label/c.Plan_Header_Toast_Abandoned';
import headerNoBaselines from '@salesforce/label/c.Plan_Header_No_Baselines';
import headerBaselines from '@salesforce/label/c.Plan_Header_Baselines';
import headerDetailsTitle from '@salesforce/label/c.Plan_Header_Details_Title';
import headerDetailsLine from '@salesforce/label/c.Plan_Header_Details_Line';
import headerDetailsSaved from '@salesforce/label/c.Plan_Header_Details_Saved';
import risksHeading from '@salesforce/label/c.Plan_Risks_Heading';
import risksAdd from '@salesforce/label/c.Plan_Risks_Add';
import risksEmpty from '@salesforce/label/c.Plan_Risks_Empty';
import risksOpenCount from '@salesforce/label/c.Plan_Risks_Open_Count';
import risksColumnRisk from '@salesforce/label/c.Plan_Risks_Column_Risk';
import risksColumnSeverity from '@salesforce/label/c.Plan_Risks_Column_Severity';
import risksColumnOwner from '@salesforce/label/c.Plan_Risks_Column_Owner';
import risksColumnMitigation from '@salesforce/label/c.Plan_Risks_Column_Mitigation';
import risksColumnDue from '@salesforce/label/c.Plan_Risks_Column_Due';
import risksColumnStatus from '@salesforce/label/c.Plan_Risks_Column_Status';
import risksColumnActions from '@salesforce/label/c.Plan_Risks_Column_Actions';
import risksSeverity from '@salesforce/label/c.Plan_Risks_Severity';
import risksNotRated from '@salesforce/label/c.Plan_Risks_Not_Rated';
import risksNoMitigation from '@salesforce/label/c.Plan_Risks_No_Mitigation';
import risksOverdue from '@salesforce/label/c.Plan_Risks_Overdue';
import risksNoOwner from '@salesforce/label/c.Plan_Risks_No_Owner';
import risksLinkedStep from '@salesforce/label/c.Plan_Risks_Linked_Step';
import risksEdit from '@salesforce/label/c.Plan_Risks_Edit';
import risksEditLabel from '@salesforce/label/c.Plan_Risks_Edit_Label';
import risksClose from '@salesforce/label/c.Plan_Risks_Close';
import risksCloseLabel from '@salesforce/label/c.Plan_Risks_Close_Label';
import risksReopen from '@salesforce/label/c.Plan_Risks_Reopen';
import risksReopenLabel from '@salesforce/label/c.Plan_Risks_Reopen_Label';
import risksFormAdd from '@salesforce/label/c.Plan_Risks_Form_Add';
import risksFormEdit from '@salesforce/label/c.Plan_Risks_Form_Edit';
import risksFieldTitle from '@salesforce/label/c.Plan_Risks_Field_Title';
import risksFieldCategory from '@salesforce/label/c.Plan_Risks_Field_Category';
import risksFieldLikelihood from '@salesforce/label/c.Plan_Risks_Field_Likelihood';
import risksFieldImpact from '@salesforce/label/c.Plan_Risks_Field_Impact';
import risksFieldOwner from '@salesforce/label/c.Plan_Risks_Field_Owner';
import risksFieldStep from '@salesforce/label/c.Plan_Risks_Field_Step';
import risksFieldMitigation from '@salesforce/label/c.Plan_Risks_Field_Mitigation';
import risksFieldDue from '@salesforce/label/c.Plan_Risks_Field_Due';
import risksFieldStatus from '@salesforce/label/c.Plan_Risks_Field_Status';
import risksNone from '@salesforce/label/c.Plan_Risks_None';
import risksSave from '@salesforce/label/c.Plan_Risks_Save';
import risksCancel from '@salesforce/label/c.Plan_Risks_Cancel';
import risksTitleRequired from '@salesforce/label/c.Plan_Risks_Title_Required';
import reviewHeading from '@salesforce/label/c.Plan_Review_Heading';
import reviewCadence from '@salesforce/label/c.Plan_Review_Cadence';
import reviewNoCadence from '@salesforce/label/c.Plan_Review_No_Cadence';
import reviewLast from '@salesforce/label/c.Plan_Review_Last';
import reviewNever from '@salesforce/label/c.Plan_Review_Never';
import reviewNext from '@salesforce/label/c.Plan_Review_Next';
import reviewNotScheduled from '@salesforce/label/c.Plan_Review_Not_Scheduled';
import reviewOverdueOne from '@salesforce/label/c.Plan_Review_Overdue_One';
import reviewOverdueMany from '@salesforce/label/c.Plan_Review_Overdue_Many';
import reviewLastNote from '@salesforce/label/c.Plan_Review_Last_Note';
import reviewMark from '@salesforce/label/c.Plan_Review_Mark';
import reviewNote from '@salesforce/label/c.Plan_Review_Note';
import reviewConfirm from '@salesforce/label/c.Plan_Review_Confirm';
import reviewCancel from '@salesforce/label/c.Plan_Review_Cancel';
import reviewNoteTooLong from '@salesforce/label/c.Plan_Review_Note_Too_Long';
import reviewRecorded from '@salesforce/label/c.Plan_Review_Recorded';
import reviewRecordedNext from '@salesforce/label/c.Plan_Review_Recorded_Next';
import reviewRecordedNoNext from '@salesforce/label/c.Plan_Review_Recorded_No_Next';
import reviewNotRecorded from '@salesforce/label/c.Plan_Review_Not_Recorded';
import historyHeading from '@salesforce/label/c.Plan_History_Heading';
import historyEmpty from '@salesforce/label/c.Plan_History_Empty';
import historyStatus from '@salesforce/label/c.Plan_History_Status';
import historyHealth from '@salesforce/label/c.Plan_History_Health';
import historyScore from '@salesforce/label/c.Plan_History_Score';

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
  timelineNoDueDate,
  templateOwnerColumn,
  templateOwnerViaStakeholder,
  templateOwnerViaOpportunityOwner,
  templateOwnerViaContactRole,
  templateOwnerViaMappedRole,
  templateOwnerJoinsPlan,
  templateOwnerUnassigned,
  templateOwnerNoRole,
  templateOwnerNoContact,
  templateOwnerNoPerson,
  templateOwnerNoSeller,
  templateOwnerEither,
  templateOwnerAdds,
  templateOwnerUnassignedOne,
  templateOwnerUnassignedMany,
  blankHeading,
  blankIntro,
  blankName,
  blankGoLive,
  blankGoLiveHelp,
  blankNameMissing,
  blankGoLiveMissing,
  blankGoLivePast,
  blankCreate,
  blankCancel,
  mapCommitteeHeading,
  mapCommitteeCaption,
  mapCommitteeNone,
  mapInfluence,
  mapInfluenceOf,
  mapStanceOf,
  mapUnknown,
  mapNoOne,
  mapNoOneYet,
  mapSigner,
  mapCanVeto,
  mapTeamHeading,
  mapTeamNone,
  mapStepsNone,
  mapStepsOne,
  mapStepsMany,
  mapOverdue,
  mapNext,
  mapShowSteps,
  mapHideSteps,
  stepListDetails,
  previewDealHeading,
  previewAskBuyerFirst,
  mapNoRole,
  mapEdit,
  mapRemove,
  mapRemoveConfirm,
  mapRemoveConfirmOne,
  mapRemoveConfirmMany,
  mapPeopleOne,
  mapPeopleMany,
  mapStepsAndOverdue,
  mapOverdueStep,
  mapNextWhen,
  mapToggleFor,
  templateOwnerPerson,
  templateRegion,
  templateLoading,
  templateNone,
  templateTemplate,
  templateRequired,
  templateGoLive,
  templatePlanName,
  templateSkipWeekends,
  templateDue,
  templateStep,
  templateSide,
  templateNotes,
  templateMilestone,
  templateInThePast,
  templateCreatePlan,
  templateAddSteps,
  templateStepsOne,
  templateStepsMany,
  templateMeta,
  templateGoLiveHelpClose,
  templateGoLiveHelpToday,
  templateGoLiveHelpNone,
  templateDefaultName,
  templatePastOne,
  templatePastMany,
  templatePreviewCaption,
  templateChooseFirst,
  templateDateFirst,
  emptyHeading,
  emptyHeadingFor,
  emptyExplanation,
  emptyFromTemplate,
  emptyOrBlank,
  emptyShare,
  emptyChooseTemplate,
  emptyStartBlank,
  emptyReadOnly,
  mapSave,
  mapKeep,
  mapRemoveButton,
  mapAddPeople,
  mapFromContactRoles,
  mapAddPerson,
  mapChoosePerson,
  mapSearch,
  mapSearchPlaceholder,
  mapSearchHint,
  mapSearching,
  mapSearchFailed,
  mapSearchResults,
  mapNoResults,
  mapKindUser,
  mapKindContact,
  mapResultDetail,
  mapAlreadyOnPlan,
  mapAddStakeholder,
  mapUserIsSeller,
  stakeholderFormSide,
  stakeholderFormRole,
  stakeholderFormRolePlaceholder,
  stakeholderFormInfluence,
  stakeholderFormInfluencePlaceholder,
  stakeholderFormStance,
  stakeholderFormSigner,
  stakeholderFormCanVeto,
  stakeholderFormSave,
  stepListMilestone,
  stepListHasNotes,
  stepListUntitled,
  stepListNotInPlan,
  stepListAfter,
  stepListAfterDone,
  stepListAfterSkipped,
  stepListWaitingOn,
  stepListNoDueDate,
  stepListNoOwner,
  stepListOverdue,
  stepListBuyerCommitted,
  stepListNotCommitted,
  stepListProjected,
  stepListStatusOf,
  stepListDueDateOf,
  stepListValueOf,
  stepListActionsFor,
  stepListGroupCount,
  stepListStepsOne,
  stepListStepsMany,
  stepListNoPhase,
  stepListMilestoneGroup,
  stepListMilestoneGroupDue,
  stepListNoMilestones,
  stepListAfterLastMilestone,
  stepListOwnerOption,
  stepListOwnerOptionRole,
  stepListNoOwnerOption,
  stepListNoDependency,
  stepListDependencyDue,
  stepListHeading,
  stepListGroupSteps,
  stepListByPhase,
  stepListByMilestone,
  stepListAddStep,
  stepListAddAStep,
  stepListAddAStepTo,
  stepListTable,
  stepListColumnStep,
  stepListColumnSide,
  stepListColumnOwner,
  stepListColumnDueDate,
  stepListColumnStatus,
  stepListActions,
  stepListDeliverable,
  stepListEmpty,
  stepListEmptyAdd,
  stepListEdit,
  stepListMoveUp,
  stepListMoveDown,
  stepListDelete,
  workspaceAddFromTemplate,
  workspaceReload,
  workspaceTemplatesFailed,
  workspaceTryAgain,
  workspaceReadOnly,
  workspacePlanViews,
  workspaceSaving,
  workspaceLoading,
  workspaceDefaultName,
  workspaceLoadFailed,
  workspaceNotSaved,
  tabsSteps,
  tabsTimeline,
  tabsStakeholders,
  tabsRisks,
  tabsRisksCount,
  tabsBuyerUpdates,
  tabsBuyerUpdatesCount,
  tabsShare,
  tabsCounted,
  tabsCountShown,
  tabsTitleCounted,
  previewCascadeCount,
  previewFixFirst,
  previewCheckFirst,
  previewSave,
  changeGone,
  changeListAnd,
  changeCauseDueSameDay,
  changeCauseDoneSameDay,
  changeCauseDueDayAfter,
  changeCauseDoneDayAfter,
  changeCauseDueDaysAfter,
  changeCauseDoneDaysAfter,
  changeCauseNow,
  changeCauseLate,
  changeCauseSkippedOne,
  changeCauseSkippedMany,
  changeCauseStarts,
  changeCauseDue,
  changeMoves,
  changeIsDue,
  changeBecause,
  changeReason,
  changeStatus,
  changeNoStatus,
  changeCompletedOn,
  changeLosesCompleted,
  changeNoLongerWaits,
  changeFollowUpsOne,
  changeFollowUpsMany,
  changeFieldTitle,
  changeFieldSide,
  changeFieldOwner,
  changeFieldDueDate,
  changeFieldStatus,
  changeFieldCompletedDate,
  changeFieldMilestone,
  changeFieldPhase,
  changeFieldDeliverable,
  changeFieldNotes,
  changeFieldDependency,
  changeFieldLag,
  changeFieldDuration,
  changeFieldCommitment,
  changeFieldVisibility,
  changeTemplateSteps,
  changeTemplateAdds,
  changeNoOwnerOne,
  changeNoOwnerMany,
  changePastOne,
  changePastMany,
  impactAgainst,
  impactOnCloseDate,
  impactAfterClose,
  impactBeforeClose,
  impactNoClose,
  impactCloseBecomes,
  impactCloseStays,
  impactCloseMoves,
  impactHealthGoes,
  impactHealthScore,
  impactHealthStays,
  impactWhy,
  impactTheBuyer,
  impactCommittedMove,
  impactCommittedLose,
  headerStatusDraftHelp,
  headerStatusActiveHelp,
  headerStatusCompletedHelp,
  headerStatusAbandonedHelp,
  headerActivate,
  headerActivateHelp,
  headerComplete,
  headerCompleteHelp,
  headerReopen,
  headerReopenHelp,
  headerAbandon,
  headerAbandonHelp,
  headerObjective,
  headerObjectiveHelp,
  headerSuccessCriteria,
  headerSuccessCriteriaHelp,
  headerValueSummary,
  headerValueSummaryHelp,
  changeStatusTitle,
  changeStatusLine,
  changeStatusDone,
  changeStatusNow,
  changeMoveTitle,
  changeMoveNoDate,
  changeClearDateTitle,
  changeClearDateLine,
  changeClearDateSaved,
  changeMoveSaved,
  changeAddTitle,
  changeAddLine,
  changeAddLineDue,
  changeAddSaved,
  changeEditTitle,
  changeEditLine,
  changeEditSaved,
  changeNothingToSave,
  changeDeleteTitle,
  changeDeleteLine,
  changeDelete,
  changeDeleteSaved,
  changeReorderTitle,
  changeReorderAbove,
  changeReorderBelow,
  changeReorderAboveSaved,
  changeReorderBelowSaved,
  changeTemplateAddTitle,
  changeTemplateCreateTitle,
  changeTemplateSaved,
  changeBlankTitle,
  changeBlankLine,
  changeBlankSaved,
  changeStakeholderAddTitle,
  changeStakeholderAddLine,
  changeStakeholderAddSaved,
  changeStakeholderChangeTitle,
  changeStakeholderGone,
  changeStakeholderEditTitle,
  changeStakeholderEditLine,
  changeStakeholderEditSaved,
  changeStakeholderRemoveTitle,
  changeStakeholderRemoveLine,
  changeStakeholderNoOwner,
  changeStakeholderRemove,
  changeStakeholderRemoveSaved,
  headerHeading,
  headerStatus,
  headerAbandonedBecause,
  headerActionsGroup,
  headerAbandonLegend,
  headerAbandonReason,
  headerAbandonReasonHelp,
  headerReasonMissing,
  headerAbandonKeep,
  headerAbandonConfirm,
  headerDetailsLegend,
  headerDetailsSave,
  headerDetailsEdit,
  healthClosed,
  healthNoCloseDate,
  healthNoProjection,
  healthOnCloseDate,
  healthNextBuyer,
  healthNextSeller,
  healthNoOpenBuyer,
  healthNoOpenSeller,
  healthNextSummary,
  healthDue,
  healthNoDueDate,
  healthOwnerPart,
  healthNoOwnerPart,
  healthNoOwner,
  healthScore,
  healthProgress,
  healthNoClose,
  healthNotProjected,
  headerNotSet,
  headerActionTitle,
  headerNoPlan,
  headerCannotActivate,
  headerCannotComplete,
  headerCannotReopen,
  headerCannotAbandon,
  headerOpenStepsOne,
  headerOpenStepsMany,
  headerStatusLine,
  headerActivated,
  headerCompleted,
  headerReopenedDraft,
  headerReopened,
  headerAbandoned,
  headerActivatedNoBaselines,
  headerActivatedBaselines,
  headerToastActivated,
  headerToastCompleted,
  headerToastReopened,
  headerToastAbandoned,
  headerNoBaselines,
  headerBaselines,
  headerDetailsTitle,
  headerDetailsLine,
  headerDetailsSaved,
  risksHeading,
  risksAdd,
  risksEmpty,
  risksOpenCount,
  risksColumnRisk,
  risksColumnSeverity,
  risksColumnOwner,
  risksColumnMitigation,
  risksColumnDue,
  risksColumnStatus,
  risksColumnActions,
  risksSeverity,
  risksNotRated,
  risksNoMitigation,
  risksOverdue,
  risksNoOwner,
  risksLinkedStep,
  risksEdit,
  risksEditLabel,
  risksClose,
  risksCloseLabel,
  risksReopen,
  risksReopenLabel,
  risksFormAdd,
  risksFormEdit,
  risksFieldTitle,
  risksFieldCategory,
  risksFieldLikelihood,
  risksFieldImpact,
  risksFieldOwner,
  risksFieldStep,
  risksFieldMitigation,
  risksFieldDue,
  risksFieldStatus,
  risksNone,
  risksSave,
  risksCancel,
  risksTitleRequired,
  reviewHeading,
  reviewCadence,
  reviewNoCadence,
  reviewLast,
  reviewNever,
  reviewNext,
  reviewNotScheduled,
  reviewOverdueOne,
  reviewOverdueMany,
  reviewLastNote,
  reviewMark,
  reviewNote,
  reviewConfirm,
  reviewCancel,
  reviewNoteTooLong,
  reviewRecorded,
  reviewRecordedNext,
  reviewRecordedNoNext,
  reviewNotRecorded,
  historyHeading,
  historyEmpty,
  historyStatus,
  historyHealth,
  historyScore
};

export type PlanLabels = typeof LABELS;
export type PlanLabelKey = keyof PlanLabels;

/** A label with its {0}, {1}, … filled in order: format(LABELS.sharingCreatedBy, date, name). */
export const format: (label: string, ...values: (string | number)[]) => string = fill;
