/** The shared plan engine, the same module the Lightning components import as c/planEngine. */
export * from '../../force-app/main/default/lwc/planEngine/planEngine.ts';
