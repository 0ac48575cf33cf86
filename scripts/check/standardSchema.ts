// The standard objects and fields the product depends on (docs/data-model.md, "Standard fields").
// Reference checks accept these besides what force-app defines; a reference to any other standard
// field fails until it is added here, on purpose: the package must not depend on schema by accident.
// The local org server may reuse this list to know which standard fields to serve.

export interface StandardField {
  /** For lookups: the object the field points to, and the relationship name used in paths. */
  referenceTo?: string;
  relationshipName?: string;
}

export interface StandardObject {
  fields: Readonly<Record<string, StandardField>>;
}

/** Fields every object has (custom ones included). */
export const COMMON_STANDARD_FIELDS: readonly string[] = [
  'Id',
  'Name',
  'CreatedDate',
  'LastModifiedDate',
  'SystemModstamp'
];

/** Lookups every object has (custom ones included). */
export const COMMON_STANDARD_LOOKUPS: Readonly<Record<string, StandardField>> = {
  // The Share tab shows who made each buyer link (PlanSelector: Plan_Share__c.CreatedBy.Name).
  CreatedById: { referenceTo: 'User', relationshipName: 'CreatedBy' }
};

/** Fields every custom metadata type has. */
export const CUSTOM_METADATA_FIELDS: readonly string[] = [
  'Id',
  'DeveloperName',
  'MasterLabel',
  'Label',
  'QualifiedApiName',
  'NamespacePrefix',
  'Language'
];

export const STANDARD_OBJECTS: Readonly<Record<string, StandardObject>> = {
  Opportunity: {
    fields: {
      Name: {},
      AccountId: { referenceTo: 'Account', relationshipName: 'Account' },
      OwnerId: { referenceTo: 'User', relationshipName: 'Owner' },
      StageName: {},
      CloseDate: {},
      Amount: {},
      IsClosed: {},
      IsWon: {},
      NextStep: {},
      LastModifiedDate: {}
    }
  },
  Account: { fields: { Name: {} } },
  Contact: {
    fields: {
      FirstName: {},
      LastName: {},
      Name: {},
      Title: {},
      Email: {},
      AccountId: { referenceTo: 'Account', relationshipName: 'Account' },
      // Sharing a plan never emails a contact who opted out (PlanShareService).
      HasOptedOutOfEmail: {}
    }
  },
  // UserType: the people search offers only Standard users (not portal, guest or automated ones).
  // TimeZoneSidKey: the buyer room's today is the day in the plan owner's (opportunity owner's) time zone.
  User: { fields: { Name: {}, Email: {}, Title: {}, IsActive: {}, UserType: {}, TimeZoneSidKey: {} } },
  // PlanController's canEdit: the running user's edit access to the opportunity.
  UserRecordAccess: { fields: { UserId: {}, RecordId: {}, HasEditAccess: {} } },
  // The Apex tests create users with a standard profile and the package's permission sets.
  Profile: { fields: { Name: {} } },
  PermissionSet: { fields: { Name: {} } },
  // The Apex tests read fixtures shared with the TypeScript tests (PlanThatCountsFixtures).
  StaticResource: { fields: { Name: {}, Body: {} } },
  // PlanContract_Tests checks that its own source runs every shared contract scenario.
  ApexClass: { fields: { Name: {}, Body: {} } },
  OpportunityContactRole: {
    fields: {
      OpportunityId: { referenceTo: 'Opportunity', relationshipName: 'Opportunity' },
      ContactId: { referenceTo: 'Contact', relationshipName: 'Contact' },
      Role: {},
      IsPrimary: {}
    }
  },
  // PlanShareService logs each buyer link it emails as a completed Task (never the email itself,
  // whose body holds the token); its tests read the Tasks and EmailMessages to prove it.
  Task: {
    fields: {
      WhoId: {},
      WhatId: {},
      OwnerId: {},
      Status: {},
      ActivityDate: {},
      Subject: {},
      Description: {}
    }
  },
  EmailMessage: { fields: { Subject: {}, TextBody: {}, HtmlBody: {} } }
};

/** Standard child relationships used in queries: parent object → relationship name → child object. */
export const STANDARD_CHILD_RELATIONSHIPS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Opportunity: { OpportunityContactRoles: 'OpportunityContactRole' }
};
