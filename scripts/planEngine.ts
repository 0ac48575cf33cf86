/**
 * The shared plan engine, the same module the Lightning components import as c/planEngine: the one
 * entry to it for the Node tools (the sync CLI, the preview's Apex bridge, the benchmarks).
 */
export * from '../force-app/main/default/lwc/planEngine/planEngine.ts';
