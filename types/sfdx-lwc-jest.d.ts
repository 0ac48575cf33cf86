/** The parts of @salesforce/sfdx-lwc-jest the LWC Jest tests use (the package ships no types). */
declare module '@salesforce/sfdx-lwc-jest' {
  /** A wire adapter a test drives: emit data or an error to the wired component. */
  export interface ApexTestWireAdapter {
    emit(value: unknown): void;
    error(body?: unknown, status?: number, statusText?: string): void;
    getLastConfig(): Record<string, unknown> | null;
  }
  export function createApexTestWireAdapter<T extends (...args: never[]) => unknown>(
    fn: T
  ): T & ApexTestWireAdapter & { adapter: unknown };
}
