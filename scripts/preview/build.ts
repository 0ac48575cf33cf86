import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup, type Plugin } from 'rollup';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '../..');
const lwcDir = path.join(projectRoot, 'force-app/main/default/lwc');

/**
 * Resolves the Salesforce-only imports of our components to stand-ins: Apex methods to calls on
 * the preview server's Apex bridge, schema tokens to their API names, toasts and navigation to
 * browser versions. Placed before the LWC plugin so it wins.
 */
function salesforceStandIns(): Plugin {
  const standins = path.join(here, 'standins');
  return {
    name: 'salesforce-stand-ins',
    resolveId(source) {
      if (source.startsWith('@salesforce/apex/')) return `\0apex:${source.slice('@salesforce/apex/'.length)}`;
      if (source === '@salesforce/apex') return path.join(standins, 'apex.js');
      if (source.startsWith('@salesforce/schema/'))
        return `\0schema:${source.slice('@salesforce/schema/'.length)}`;
      if (source.startsWith('@salesforce/label/'))
        return `\0label:${source.slice('@salesforce/label/'.length)}`;
      if (source === '@salesforce/user/Id') return '\0user-id';
      if (source === 'lightning/platformShowToastEvent') return path.join(standins, 'toast.js');
      if (source === 'lightning/navigation') return path.join(standins, 'navigation.js');
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
      if (id.startsWith('\0label:'))
        return `export default ${JSON.stringify(id.slice('\0label:'.length).split('.').pop())};`;
      if (id === '\0user-id') return `export default '005000000000001AAA';`;
      if (id === '\0gate-closed') return 'export default false;';
      return null;
    }
  };
}

/** Our components by their c/ names, from the Salesforce layout (lwc/<name>/<name>.js). */
function componentAliases(): { name: string; path: string }[] {
  return readdirSync(lwcDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(lwcDir, entry.name, `${entry.name}.js`)))
    .map((entry) => ({ name: `c/${entry.name}`, path: path.join(lwcDir, entry.name, `${entry.name}.js`) }));
}

/** Builds the preview bundle (the compiled .js of the TypeScript LWCs must exist: `npm run build`). */
export async function buildPreview(
  outFile = path.join(projectRoot, 'artifacts/preview/app.js')
): Promise<string> {
  if (!existsSync(path.join(lwcDir, 'planWorkspace/planWorkspace.js'))) {
    throw new Error('The components are not compiled: run `npm run build` first.');
  }
  const bundle = await rollup({
    input: path.join(here, 'app/main.js'),
    plugins: [
      salesforceStandIns(),
      replace({
        preventAssignment: true,
        values: { 'import.meta.env.SSR': 'false', 'process.env.NODE_ENV': JSON.stringify('production') }
      }),
      lwc({
        rootDir: projectRoot,
        modules: [...componentAliases(), { npm: 'lightning-base-components' }],
        enableDynamicComponents: true
      })
    ],
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
      warn(warning);
    }
  });
  await bundle.write({ file: outFile, format: 'iife', inlineDynamicImports: true, sourcemap: false });
  await bundle.close();
  return outFile;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildPreview();
  process.stdout.write(`Preview bundle: ${path.relative(projectRoot, out)}\n`);
}
