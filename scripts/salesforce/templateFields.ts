/**
 * The plan template fields the package's tools read and write: seed-templates writes them, the
 * preview's Apex bridge reads them back (as PlanSelector.activeTemplates does), and the
 * least-privilege check grants exactly them to the integration user.
 */

/** The template fields seed-templates writes (besides the external ID). */
export const TEMPLATE_FIELDS = ['Name', 'Plan_Type__c', 'Description__c', 'Is_Active__c'] as const;

/** The template step fields seed-templates writes (besides the external ID and the master). */
export const TEMPLATE_STEP_VALUE_FIELDS = [
  'Name',
  'Side__c',
  'Owner_Role__c',
  'Phase__c',
  'Offset_Days__c',
  'Duration_Days__c',
  'Lag_Days__c',
  'Depends_On_Key__c',
  'Is_Milestone__c',
  'Visibility__c',
  'Deliverable__c',
  'Description__c',
  'Sort_Order__c'
] as const;
