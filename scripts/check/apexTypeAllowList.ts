// Names the Apex type check (apex-ls, standard library and SObject stubs of API 65) does not know
// but Salesforce does: types, methods or fields newer than its stubs. Key: the name as apex-ls
// quotes it in its message (e.g. `Schema.Some_New_Object`, `System.SomeNewClass`); value: why it is
// allowed (the API version that added it). A finding quoting an allow-listed name is dropped, so
// keep this list short and explained. Empty: the project's Apex uses nothing newer than API 65.
export const APEX_TYPE_ALLOW_LIST: Readonly<Partial<Record<string, string>>> = {};
