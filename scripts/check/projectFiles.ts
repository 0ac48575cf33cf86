// Walking the project: its package directories and the files in them.
import fs from 'node:fs';
import path from 'node:path';

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.sf', '.sfdx', '.localdevserver']);

/** All files under `dir` (recursively), absolute paths, sorted; [] when `dir` does not exist. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) out.push(...listFiles(full));
    } else if (entry.isFile()) {
      out.push(full);
    }
  }
  return out.sort();
}

interface SfdxProject {
  packageDirectories?: { path: string }[];
}

/** The package directories named in sfdx-project.json (force-app, dev-app), absolute. */
export function packageDirs(root: string): string[] {
  const project = JSON.parse(fs.readFileSync(path.join(root, 'sfdx-project.json'), 'utf8')) as SfdxProject;
  return (project.packageDirectories ?? []).map((dir) => path.join(root, dir.path));
}

/** Files of every package directory. */
export function sourceFiles(root: string): string[] {
  return packageDirs(root).flatMap((dir) => listFiles(dir));
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
