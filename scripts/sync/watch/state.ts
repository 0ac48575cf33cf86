import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { WATCHED, type Marks } from './changes.ts';

/** What `rollup --watch` keeps between runs: the org it watches, its marks, its last full pass. */
export interface WatchState {
  version: 1;
  instanceUrl: string;
  userId: string;
  marks: Marks;
  /** When the last full pass started (ISO), or null before the first. */
  lastFullPass: string | null;
}

/**
 * The default state file: under the user's state directory ($XDG_STATE_HOME, else
 * ~/.local/state), one file per org and login, so two watches on two orgs never share a mark.
 */
export function defaultStateFile(instanceUrl: string, label: string, env: NodeJS.ProcessEnv): string {
  const base = env.XDG_STATE_HOME?.trim() ? env.XDG_STATE_HOME : path.join(homedir(), '.local', 'state');
  const host = new URL(instanceUrl).host;
  const key = (label === 'SF_INSTANCE_URL' ? host : `${host}-${label}`).replace(/[^A-Za-z0-9._-]/g, '_');
  return path.join(base, 'plan-sync', `watch-${key}.json`);
}

function isMarks(value: unknown): value is Marks {
  if (typeof value !== 'object' || value === null) return false;
  return WATCHED.every((object) => {
    const mark = (value as Record<string, unknown>)[object] as
      { stamp?: unknown; seen?: unknown; past?: unknown } | undefined;
    return (
      mark !== undefined &&
      (mark.stamp === null || typeof mark.stamp === 'string') &&
      (mark.past === undefined || typeof mark.past === 'boolean') &&
      (mark.past === undefined || typeof mark.past === 'boolean') &&
      Array.isArray(mark.seen) &&
      mark.seen.every((k) => typeof k === 'string')
    );
  });
}

/** The stored state, or null when there is none (or it is unreadable: the watch starts afresh). */
export function readState(file: string): WatchState | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = JSON.parse(text) as Partial<WatchState>;
    if (
      parsed.version !== 1 ||
      typeof parsed.instanceUrl !== 'string' ||
      typeof parsed.userId !== 'string' ||
      !isMarks(parsed.marks) ||
      !(parsed.lastFullPass === null || typeof parsed.lastFullPass === 'string')
    )
      return null;
    return parsed as WatchState;
  } catch {
    return null;
  }
}

/** Writes the state atomically: a crash leaves the old file or the new one, never half of one. */
export function writeState(file: string, state: WatchState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temporary, file);
}
