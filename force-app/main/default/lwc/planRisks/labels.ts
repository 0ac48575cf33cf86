/**
 * The Risks tab: its words, one Custom Label each (Plan_Risks_<Words>; the key is the same words in
 * camel case), so an admin's translation is what the rep reads.
 */
import heading from '@salesforce/label/c.Plan_Risks_Heading';
import add from '@salesforce/label/c.Plan_Risks_Add';
import empty from '@salesforce/label/c.Plan_Risks_Empty';
import openCount from '@salesforce/label/c.Plan_Risks_Open_Count';
import columnRisk from '@salesforce/label/c.Plan_Risks_Column_Risk';
import columnSeverity from '@salesforce/label/c.Plan_Risks_Column_Severity';
import columnOwner from '@salesforce/label/c.Plan_Risks_Column_Owner';
import columnMitigation from '@salesforce/label/c.Plan_Risks_Column_Mitigation';
import columnDue from '@salesforce/label/c.Plan_Risks_Column_Due';
import columnStatus from '@salesforce/label/c.Plan_Risks_Column_Status';
import columnActions from '@salesforce/label/c.Plan_Risks_Column_Actions';
import severity from '@salesforce/label/c.Plan_Risks_Severity';
import notRated from '@salesforce/label/c.Plan_Risks_Not_Rated';
import noMitigation from '@salesforce/label/c.Plan_Risks_No_Mitigation';
import overdue from '@salesforce/label/c.Plan_Risks_Overdue';
import noOwner from '@salesforce/label/c.Plan_Risks_No_Owner';
import linkedStep from '@salesforce/label/c.Plan_Risks_Linked_Step';
import edit from '@salesforce/label/c.Plan_Risks_Edit';
import editLabel from '@salesforce/label/c.Plan_Risks_Edit_Label';
import close from '@salesforce/label/c.Plan_Risks_Close';
import closeLabel from '@salesforce/label/c.Plan_Risks_Close_Label';
import reopen from '@salesforce/label/c.Plan_Risks_Reopen';
import reopenLabel from '@salesforce/label/c.Plan_Risks_Reopen_Label';
import formAdd from '@salesforce/label/c.Plan_Risks_Form_Add';
import formEdit from '@salesforce/label/c.Plan_Risks_Form_Edit';
import fieldTitle from '@salesforce/label/c.Plan_Risks_Field_Title';
import fieldCategory from '@salesforce/label/c.Plan_Risks_Field_Category';
import fieldLikelihood from '@salesforce/label/c.Plan_Risks_Field_Likelihood';
import fieldImpact from '@salesforce/label/c.Plan_Risks_Field_Impact';
import fieldOwner from '@salesforce/label/c.Plan_Risks_Field_Owner';
import fieldStep from '@salesforce/label/c.Plan_Risks_Field_Step';
import fieldMitigation from '@salesforce/label/c.Plan_Risks_Field_Mitigation';
import fieldDue from '@salesforce/label/c.Plan_Risks_Field_Due';
import fieldStatus from '@salesforce/label/c.Plan_Risks_Field_Status';
import none from '@salesforce/label/c.Plan_Risks_None';
import save from '@salesforce/label/c.Plan_Risks_Save';
import cancel from '@salesforce/label/c.Plan_Risks_Cancel';
import titleRequired from '@salesforce/label/c.Plan_Risks_Title_Required';

export const LABELS = {
  heading,
  add,
  empty,
  openCount,
  columnRisk,
  columnSeverity,
  columnOwner,
  columnMitigation,
  columnDue,
  columnStatus,
  columnActions,
  severity,
  notRated,
  noMitigation,
  overdue,
  noOwner,
  linkedStep,
  edit,
  editLabel,
  close,
  closeLabel,
  reopen,
  reopenLabel,
  formAdd,
  formEdit,
  fieldTitle,
  fieldCategory,
  fieldLikelihood,
  fieldImpact,
  fieldOwner,
  fieldStep,
  fieldMitigation,
  fieldDue,
  fieldStatus,
  none,
  save,
  cancel,
  titleRequired
} as const;

/** A label with its {0}, {1}, … filled in. */
export function fill(label: string, ...values: readonly (string | number)[]): string {
  return label.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
    const at = Number(index);
    return at < values.length ? String(values[at]) : placeholder;
  });
}
