/**
 * The template picker's owner column words: one Custom Label each (TEMPLATE_OWNER_LABELS names
 * them), handed to the view model so it stays free of Salesforce imports.
 */
import type { TemplateOwnerWords } from 'c/planViewModel';
import column from '@salesforce/label/c.Plan_Template_Owner_Column';
import viaStakeholder from '@salesforce/label/c.Plan_Template_Owner_Via_Stakeholder';
import viaOpportunityOwner from '@salesforce/label/c.Plan_Template_Owner_Via_Opportunity_Owner';
import viaContactRole from '@salesforce/label/c.Plan_Template_Owner_Via_Contact_Role';
import viaMappedRole from '@salesforce/label/c.Plan_Template_Owner_Via_Mapped_Role';
import joinsPlan from '@salesforce/label/c.Plan_Template_Owner_Joins_Plan';
import unassigned from '@salesforce/label/c.Plan_Template_Owner_Unassigned';
import noRole from '@salesforce/label/c.Plan_Template_Owner_No_Role';
import noContact from '@salesforce/label/c.Plan_Template_Owner_No_Contact';
import noPerson from '@salesforce/label/c.Plan_Template_Owner_No_Person';
import noSeller from '@salesforce/label/c.Plan_Template_Owner_No_Seller';
import either from '@salesforce/label/c.Plan_Template_Owner_Either';
import addsOwners from '@salesforce/label/c.Plan_Template_Owner_Adds';
import unassignedOne from '@salesforce/label/c.Plan_Template_Owner_Unassigned_One';
import unassignedMany from '@salesforce/label/c.Plan_Template_Owner_Unassigned_Many';

export const OWNER_WORDS: TemplateOwnerWords = {
  column,
  viaStakeholder,
  viaOpportunityOwner,
  viaContactRole,
  viaMappedRole,
  joinsPlan,
  unassigned,
  noRole,
  noContact,
  noPerson,
  noSeller,
  either,
  addsOwners,
  unassignedOne,
  unassignedMany
};
