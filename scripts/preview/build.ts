import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup, type Plugin } from 'rollup';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import { LABELS_FILE, readLabels } from './apexBridge/labels.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '../..');
const lwcDir = path.join(projectRoot, 'force-app/main/default/lwc');
const standins = path.join(here, 'standins');
export const DEFAULT_BUNDLE = path.join(projectRoot, 'artifacts/preview/app.js');

/** Module ids of the Salesforce-only imports that resolve to a stand-in file. */
const STANDIN_FILES: Record<string, string> = {
  '@salesforce/apex': 'apex.js',
  'lightning/platformShowToastEvent': 'toast.js',
  'lightning/uiRecordApi': 'uiRecordApi.js',
  'lightning/navigation': 'navigation.js'
};

/** Where the base components package keeps its value for a scoped import ('@salesforce/label/X.y'). */
function baseComponentImport(source: string): string {
  return path.join(
    projectRoot,
    'node_modules/lightning-base-components/scopedImports',
    `${source.replace(/^@salesforce\//, '@salesforce-').replace(/\//g, '-')}.js`
  );
}

/**
 * Resolves the Salesforce-only imports of our components to stand-ins: Apex methods to calls on
 * the preview server's Apex bridge, schema tokens to their API names, toasts and record update
 * notices to browser versions. Placed before the LWC plugin so it wins.
 */
function salesforceStandIns(): Plugin {
  return {
    name: 'salesforce-stand-ins',
    resolveId(source) {
      const file = STANDIN_FILES[source];
      if (file) return path.join(standins, file);
      if (source.startsWith('@salesforce/apex/')) return `\0apex:${source.slice('@salesforce/apex/'.length)}`;
      if (source.startsWith('@salesforce/schema/'))
        return `\0schema:${source.slice('@salesforce/schema/'.length)}`;
      // The base components' own labels ship in the package (scopedImports): leave those to it.
      if (source.startsWith('@salesforce/label/') && !existsSync(baseComponentImport(source)))
        return `\0label:${source.slice('@salesforce/label/'.length)}`;
      if (source === '@salesforce/user/Id') return '\0user-id';
      if (source === '@salesforce/gate/bc.260.enableComboboxElementInternals') return '\0gate-closed';
      return null;
    },
    load(id) {
      if (id.startsWith('\0apex:')) {
        const method = id.slice('\0apex:'.length);
        return [
          `import { callApex, createApexWireAdapter } from ${JSON.stringify(path.join(standins, 'apex.js'))};`,
          `const method = (params) => callApex(${JSON.stringify(method)}, params);`,
          `method.adapter = createApexWireAdapter(${JSON.stringify(method)});`,
          'export default method;'
        ].join('\n');
      }
      if (id.startsWith('\0schema:')) {
        const [objectApiName, fieldApiName] = id.slice('\0schema:'.length).split('.');
        return fieldApiName
          ? `export default ${JSON.stringify({ objectApiName, fieldApiName })};`
          : `export default ${JSON.stringify({ objectApiName })};`;
      }
      if (id.startsWith('\0label:')) {
        // Our Custom Labels with the values the org would give them (c.Name → the label's value); a
        // label the labels file lacks fails the build, as it fails the deploy.
        const scoped = id.slice('\0label:'.length);
        const name = scoped.split('.').pop() ?? '';
        const value = readLabels().get(name);
        if (value === undefined && scoped.startsWith('c.'))
          throw new Error(`@salesforce/label/${scoped}: ${LABELS_FILE} has no label ${name}`);
        return `export default ${JSON.stringify(value ?? name)};`;
      }
      if (id === '\0user-id') return `export default '005000000000001AAA';`;
      if (id === '\0gate-closed') return 'export default { isOpen: () => false };';
      return null;
    }
  };
}

/** Our components by their c/ names, from the Salesforce layout (<dir>/<name>/<name>.js). */
function componentAliases(dir: string): { name: string; path: string }[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, `${entry.name}.js`)))
    .map((entry) => ({ name: `c/${entry.name}`, path: path.join(dir, entry.name, `${entry.name}.js`) }));
}

/** Files under `dir` (tests excluded) whose name ends with one of `extensions`. */
function sourceFiles(dir: string, extensions: string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && extensions.some((x) => e.name.endsWith(x)))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => !file.includes(`${path.sep}__tests__${path.sep}`));
}

function mtime(file: string): number {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

/** Runs `tsc -p tsconfig.json` (npm run build) when a component's .ts is newer than its .js. */
export function ensureCompiled(log: (line: string) => void = () => undefined): void {
  const stale = sourceFiles(lwcDir, ['.ts'])
    .filter((file) => !file.endsWith('.d.ts'))
    .some((file) => mtime(file) > mtime(file.replace(/\.ts$/, '.js')));
  if (!stale) return;
  log('Compiling the TypeScript components (npm run build)…');
  const tsc = path.join(projectRoot, 'node_modules/typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], {
    cwd: projectRoot,
    encoding: 'utf8'
  });
  if (result.status !== 0)
    throw new Error(`The components do not compile (npm run build):\n${result.stdout}${result.stderr}`);
}

/** Builds the preview bundle (the compiled .js of the TypeScript LWCs must exist: `npm run build`). */
export async function buildPreview(outFile = DEFAULT_BUNDLE): Promise<string> {
  if (!existsSync(path.join(lwcDir, 'planWorkspace/planWorkspace.js'))) {
    throw new Error('The components are not compiled: run `npm run build` first.');
  }
  await bundleEntry(path.join(here, 'app/main.js'), outFile);
  // The buyer room's page is a site page of its own: it loads only the buyer's component.
  await bundleEntry(path.join(here, 'app/buyer.js'), buyerBundleOf(outFile));
  return outFile;
}

/** The buyer page's bundle, beside the record page's. */
export function buyerBundleOf(bundleFile: string): string {
  return path.join(path.dirname(bundleFile), 'buyer.js');
}

async function bundleEntry(input: string, outFile: string): Promise<void> {
  const bundle = await rollup({
    input,
    plugins: [
      salesforceStandIns(),
      replace({
        preventAssignment: true,
        values: { 'import.meta.env.SSR': 'false', 'process.env.NODE_ENV': JSON.stringify('production') }
      }),
      lwc({
        rootDir: projectRoot,
        modules: [...componentAliases(lwcDir), { npm: 'lightning-base-components' }],
        enableDynamicComponents: true
      })
    ],
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
      // The base components package's own template warnings are not ours to fix.
      if (warning.message.includes('node_modules/lightning-base-components/')) return;
      warn(warning);
    }
  });
  await bundle.write({ file: outFile, format: 'iife', inlineDynamicImports: true, sourcemap: false });
  await bundle.close();
}

/**
 * Compiles the components when needed and builds the bundle unless it is newer than every
 * compiled component, stand-in and preview app file.
 */
export async function ensurePreviewBundle(
  outFile = DEFAULT_BUNDLE,
  log: (line: string) => void = () => undefined
): Promise<string> {
  ensureCompiled(log);
  const inputs = [
    ...sourceFiles(lwcDir, ['.js', '.html', '.css']),
    ...sourceFiles(standins, ['.js']),
    ...sourceFiles(path.join(here, 'app'), ['.js']),
    LABELS_FILE,
    fileURLToPath(import.meta.url)
  ];
  const built = Math.min(mtime(outFile), mtime(buyerBundleOf(outFile)));
  if (built && inputs.every((file) => mtime(file) <= built)) return outFile;
  log('Building the preview bundle (LWC, base components, stand-ins)…');
  return buildPreview(outFile);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureCompiled((line) => process.stderr.write(`${line}\n`));
  const out = await buildPreview();
  process.stdout.write(`Preview bundle: ${path.relative(projectRoot, out)}\n`);
}
