/**
 * The formula and roll-up fields the local org evaluates, as SQL over the record's own row.
 * `{t}` is the row's table alias, `{today}` the org clock's date ('YYYY-MM-DD').
 * Roll-up summaries (COUNT/MAX/MIN/SUM with equals filters) are derived from their XML; formulas
 * are evaluated only where listed here (the product's reports and roll-up read these). Any other
 * formula field reads as null (see docs/local-org.md).
 */
export const KNOWN_FORMULAS: Record<string, string> = {
  'Opportunity.Has_Active_Plan__c': '(CASE WHEN ({Active_Plan_Count__c}) > 0 THEN 1 ELSE 0 END)',
  'Mutual_Action_Plan__c.Percent_Complete__c':
    '(CASE WHEN ({Step_Count__c}) > 0 THEN ROUND(100.0 * ({Completed_Step_Count__c}) / ({Step_Count__c}), 0) ELSE 0 END)',
  'Plan_Step__c.Is_Overdue__c': `(CASE WHEN {t}."Due_Date__c" IS NOT NULL AND {t}."Due_Date__c" < '{today}' AND COALESCE({t}."Status__c", '') NOT IN ('Done', 'Skipped') THEN 1 ELSE 0 END)`,
  'Plan_Step__c.Days_Late__c': `(CASE WHEN {t}."Due_Date__c" IS NOT NULL AND {t}."Due_Date__c" < '{today}' AND COALESCE({t}."Status__c", '') NOT IN ('Done', 'Skipped') THEN CAST(julianday('{today}') - julianday({t}."Due_Date__c") AS INTEGER) ELSE 0 END)`,
  'Plan_Step__c.Slip_Days__c': `(CASE WHEN COALESCE({t}."Status__c", '') = 'Skipped' THEN NULL ELSE CAST(julianday(CASE WHEN {t}."Status__c" = 'Done' AND {t}."Completed_Date__c" IS NOT NULL THEN {t}."Completed_Date__c" ELSE {t}."Due_Date__c" END) - julianday({t}."Baseline_Date__c") AS INTEGER) END)`,
  'Plan_Step__c.Owner_Name__c': '(SELECT o."Name" FROM "Plan_Stakeholder__c" o WHERE o."Id" = {t}."Owner__c")'
};
