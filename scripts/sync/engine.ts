/** The shared plan engine (scripts/planEngine.ts), as the sync CLI's modules import it. */
export * from '../planEngine.ts';
