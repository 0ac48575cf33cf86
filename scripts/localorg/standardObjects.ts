import type { FieldDef } from './schema.ts';

/** The standard objects and fields the product touches (see docs/data-model.md), as the local org serves them. */
export interface StandardObject {
  name: string;
  label: string;
  labelPlural?: string;
  keyPrefix: string;
  readOnly?: boolean;
  fields: FieldDef[];
}

const base = { required: false, unique: false, externalId: false, createable: true, updateable: true };
const text = (name: string, label: string, length = 255, required = false): FieldDef => ({
  ...base,
  name,
  label,
  type: 'string',
  length,
  required
});
const ref = (
  name: string,
  label: string,
  referenceTo: string,
  relationshipName: string,
  required = false
): FieldDef => ({
  ...base,
  name,
  label,
  type: 'reference',
  length: 18,
  referenceTo,
  relationshipName,
  required,
  deleteConstraint: 'SetNull'
});
const readOnly = (f: FieldDef): FieldDef => ({ ...f, createable: false, updateable: false });

export const OPPORTUNITY_STAGES = [
  'Prospecting',
  'Qualification',
  'Needs Analysis',
  'Value Proposition',
  'Id. Decision Makers',
  'Perception Analysis',
  'Proposal/Price Quote',
  'Negotiation/Review',
  'Closed Won',
  'Closed Lost'
];

/** Default probability per stage, as a new org ships it. */
export const STAGE_PROBABILITY: Record<string, number> = {
  Prospecting: 10,
  Qualification: 10,
  'Needs Analysis': 20,
  'Value Proposition': 50,
  'Id. Decision Makers': 60,
  'Perception Analysis': 70,
  'Proposal/Price Quote': 75,
  'Negotiation/Review': 90,
  'Closed Won': 100,
  'Closed Lost': 0
};

/** Task.Status as a new org ships it: only Completed is a closed status (TaskStatus.IsClosed). */
export const TASK_STATUSES = [
  'Not Started',
  'In Progress',
  'Completed',
  'Waiting on someone else',
  'Deferred'
];
export const TASK_CLOSED_STATUSES: ReadonlySet<string> = new Set(['Completed']);
/** Task.Status's default value as a new org ships it (TaskStatus.IsDefault). */
export const TASK_DEFAULT_STATUS = 'Not Started';

/** The TaskStatus rows a new org serves: one per Task status, in the picklist's order. */
export function taskStatusRows(): Record<string, unknown>[] {
  return TASK_STATUSES.map((name, index) => ({
    ApiName: name,
    MasterLabel: name,
    IsClosed: TASK_CLOSED_STATUSES.has(name),
    IsDefault: name === TASK_DEFAULT_STATUS,
    SortOrder: index + 1
  }));
}
export const TASK_PRIORITIES = ['High', 'Normal', 'Low'];

const picklist = (
  name: string,
  label: string,
  values: string[],
  defaultValue: string,
  required = false
): FieldDef => ({
  ...base,
  name,
  label,
  type: 'picklist',
  length: 40,
  picklistValues: values,
  restricted: true,
  defaultValue,
  required
});
const derivedFlag = (name: string, label: string): FieldDef => ({
  ...base,
  name,
  label,
  type: 'boolean',
  createable: false,
  updateable: false,
  derived: true
});

export const STANDARD_OBJECTS: StandardObject[] = [
  {
    name: 'User',
    label: 'User',
    keyPrefix: '005',
    fields: [
      { ...readOnly(text('Name', 'Full Name', 121)), derived: true },
      text('FirstName', 'First Name', 40),
      text('LastName', 'Last Name', 80, true),
      { ...text('Username', 'Username', 80, true), unique: true },
      { ...base, name: 'Email', label: 'Email', type: 'email', length: 128, required: true },
      text('Alias', 'Alias', 8),
      text('Title', 'Title', 80),
      text('TimeZoneSidKey', 'Time Zone', 40),
      text('LanguageLocaleKey', 'Language', 40),
      text('LocaleSidKey', 'Locale', 40),
      { ...base, name: 'IsActive', label: 'Active', type: 'boolean', defaultValue: true },
      {
        ...base,
        name: 'UserType',
        label: 'User Type',
        type: 'picklist',
        length: 40,
        restricted: true,
        defaultValue: 'Standard',
        picklistValues: ['Standard', 'PowerPartner', 'CsnOnly', 'AutomatedProcess']
      }
    ]
  },
  {
    name: 'Organization',
    label: 'Organization',
    keyPrefix: '00D',
    readOnly: true,
    fields: (
      [
        text('Name', 'Name', 80),
        text('TimeZoneSidKey', 'Time Zone', 40),
        text('InstanceName', 'Instance Name', 5),
        { ...base, name: 'IsSandbox', label: 'Is Sandbox', type: 'boolean' },
        { ...base, name: 'TrialExpirationDate', label: 'Trial Expiration Date', type: 'datetime' },
        text('NamespacePrefix', 'Namespace Prefix', 15),
        text('OrganizationType', 'Edition', 40),
        text('LanguageLocaleKey', 'Language', 40),
        // Setup → Fiscal Year, standard fiscal years: the month the fiscal year starts in (1–12).
        {
          ...base,
          name: 'FiscalYearStartMonth',
          label: 'Fiscal Year Start Month',
          type: 'int',
          precision: 2,
          scale: 0
        }
      ] as FieldDef[]
    ).map(readOnly)
  },
  {
    name: 'Account',
    label: 'Account',
    keyPrefix: '001',
    fields: [
      text('Name', 'Account Name', 255, true),
      text('Industry', 'Industry', 255),
      text('Website', 'Website', 255),
      ref('OwnerId', 'Owner ID', 'User', 'Owner')
    ]
  },
  {
    name: 'Contact',
    label: 'Contact',
    keyPrefix: '003',
    fields: [
      text('FirstName', 'First Name', 40),
      text('LastName', 'Last Name', 80, true),
      { ...readOnly(text('Name', 'Full Name', 121)), derived: true },
      text('Title', 'Title', 128),
      { ...base, name: 'Email', label: 'Email', type: 'email', length: 80 },
      // "Email Opt Out": the Send Email action refuses a contact who opted out (rest/actions.ts).
      { ...base, name: 'HasOptedOutOfEmail', label: 'Email Opt Out', type: 'boolean', defaultValue: false },
      ref('AccountId', 'Account ID', 'Account', 'Account'),
      ref('OwnerId', 'Owner ID', 'User', 'Owner')
    ]
  },
  {
    name: 'Opportunity',
    label: 'Opportunity',
    keyPrefix: '006',
    fields: [
      text('Name', 'Name', 120, true),
      ref('AccountId', 'Account ID', 'Account', 'Account'),
      ref('OwnerId', 'Owner ID', 'User', 'Owner'),
      {
        ...base,
        name: 'StageName',
        label: 'Stage',
        type: 'picklist',
        length: 255,
        picklistValues: OPPORTUNITY_STAGES,
        restricted: true,
        required: true
      },
      { ...base, name: 'CloseDate', label: 'Close Date', type: 'date', required: true },
      { ...base, name: 'Amount', label: 'Amount', type: 'currency', precision: 18, scale: 2 },
      { ...base, name: 'Probability', label: 'Probability (%)', type: 'percent', precision: 3, scale: 0 },
      {
        ...base,
        name: 'IsClosed',
        label: 'Closed',
        type: 'boolean',
        createable: false,
        updateable: false,
        derived: true
      },
      {
        ...base,
        name: 'IsWon',
        label: 'Won',
        type: 'boolean',
        createable: false,
        updateable: false,
        derived: true
      },
      text('NextStep', 'Next Step', 255),
      text('Description', 'Description', 32000)
    ]
  },
  {
    name: 'OpportunityContactRole',
    label: 'Opportunity Contact Role',
    keyPrefix: '00K',
    fields: [
      {
        ...ref('OpportunityId', 'Opportunity ID', 'Opportunity', 'Opportunity', true),
        updateable: false,
        deleteConstraint: 'Cascade'
      },
      { ...ref('ContactId', 'Contact ID', 'Contact', 'Contact', true), deleteConstraint: 'Cascade' },
      {
        ...base,
        name: 'Role',
        label: 'Role',
        type: 'picklist',
        length: 40,
        restricted: false,
        picklistValues: [
          'Business User',
          'Decision Maker',
          'Economic Buyer',
          'Economic Decision Maker',
          'Evaluator',
          'Executive Sponsor',
          'Influencer',
          'Technical Buyer',
          'Other'
        ]
      },
      { ...base, name: 'IsPrimary', label: 'Primary', type: 'boolean', defaultValue: false }
    ]
  },
  {
    // Custom activity fields (objects/Activity/fields) are added to Task when the schema loads.
    name: 'Task',
    label: 'Task',
    keyPrefix: '00T',
    fields: [
      text('Subject', 'Subject', 255),
      picklist('Status', 'Status', TASK_STATUSES, TASK_DEFAULT_STATUS, true),
      picklist('Priority', 'Priority', TASK_PRIORITIES, 'Normal', true),
      { ...base, name: 'ActivityDate', label: 'Due Date Only', type: 'date' },
      { ...ref('OwnerId', 'Assigned To ID', 'User', 'Owner'), required: true },
      {
        ...ref('WhatId', 'Related To ID', 'Opportunity', 'What'),
        relationshipName: undefined,
        polymorphic: true,
        deleteConstraint: 'Cascade'
      },
      { ...ref('WhoId', 'Name ID', 'Contact', 'Who'), deleteConstraint: 'Cascade' },
      { ...readOnly(ref('AccountId', 'Account ID', 'Account', 'Account')), derived: true },
      derivedFlag('IsClosed', 'Closed'),
      derivedFlag('IsHighPriority', 'High Priority'),
      {
        ...base,
        name: 'CompletedDateTime',
        label: 'Completed Date/Time',
        type: 'datetime',
        createable: false,
        updateable: false,
        derived: true
      },
      { ...text('Description', 'Comments', 32000), type: 'textarea' }
    ]
  },
  {
    // The Task Status picklist's values with their closed and default flags (Setup → Task → Status).
    name: 'TaskStatus',
    label: 'Task Status Value',
    keyPrefix: '01J',
    readOnly: true,
    fields: (
      [
        text('ApiName', 'Api Name', 255),
        text('MasterLabel', 'Master Label', 255),
        { ...base, name: 'IsClosed', label: 'Closed', type: 'boolean' },
        { ...base, name: 'IsDefault', label: 'Default', type: 'boolean' },
        { ...base, name: 'SortOrder', label: 'Sort Order', type: 'int' }
      ] as FieldDef[]
    ).map(readOnly)
  },
  {
    // Setup → Notification Builder → Custom Notifications: seeded from the package's notificationtypes.
    name: 'CustomNotificationType',
    label: 'Custom Notification Type',
    keyPrefix: '0ML',
    readOnly: true,
    fields: (
      [
        text('DeveloperName', 'API Name', 80),
        text('MasterLabel', 'Label', 80),
        text('CustomNotifTypeName', 'Custom Notification Name', 80),
        text('Description', 'Description', 255),
        { ...base, name: 'Desktop', label: 'Desktop', type: 'boolean' },
        { ...base, name: 'Mobile', label: 'Mobile', type: 'boolean' }
      ] as FieldDef[]
    ).map(readOnly)
  }
];
