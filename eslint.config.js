// One lint config for the whole repository (ESLint flat config).
// - LWCs under force-app: Salesforce's recommended LWC rules, scoped to the lwc folders.
// - Every .ts (LWCs, their tests, scripts/): typescript-eslint strict + type-aware rules, no `any`.
// - Jest tests: the jest plugin. scripts/: Node globals (the preview app's browser code: browser globals).
import js from '@eslint/js';
import lwcConfig from '@salesforce/eslint-config-lwc';
import jestPlugin from 'eslint-plugin-jest';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const LWC_FILES = ['force-app/**/lwc/**/*.{js,ts}'];
const TS_FILES = ['**/*.ts'];
const JEST_FILES = ['force-app/**/__tests__/**/*.{js,ts}', 'force-app/test/**/*.{js,ts}'];
const NODE_FILES = ['scripts/**/*.{js,ts}', '*.js'];
const BROWSER_FILES = ['scripts/preview/app/**/*.js', 'scripts/preview/standins/**/*.js'];

/** Scopes a shared config array (written without `files`) to the given files. */
const scoped = (configs, files) => configs.map((config) => ({ ...config, files }));

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      // TypeScript build output, git-ignored; the .ts sources are linted instead.
      'force-app/**/lwc/**/*.js',
      '!force-app/**/lwc/**/__tests__/**/*.js',
      'coverage/**',
      'artifacts/**',
      'tmp/**',
      '.sf/**',
      '.sfdx/**',
      '.localdevserver/**'
    ]
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  // Plain JavaScript outside the LWC folders (config files, scripts/bin, the preview app).
  { files: ['**/*.js'], ...js.configs.recommended },

  // LWC: recommended rules (base LWC rules, eslint recommended, import, jest, lightning), scoped.
  ...scoped(lwcConfig.configs.recommended, LWC_FILES),

  // TypeScript everywhere: strict and type-aware.
  ...scoped([...tseslint.configs.strictTypeChecked, ...tseslint.configs.stylisticTypeChecked], TS_FILES),
  {
    files: TS_FILES,
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { tsconfigRootDir: import.meta.dirname }
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true }
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // node:test's test()/describe() return promises the runner tracks itself.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite'] }
          ]
        }
      ],
      // Stylistic or noisy members of the strict set that catch no bugs.
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      '@typescript-eslint/no-unnecessary-type-conversion': 'off',
      // The TypeScript-aware versions of the LWC config's core rules.
      'no-shadow': 'off',
      '@typescript-eslint/no-shadow': 'error',
      'no-use-before-define': 'off',
      '@typescript-eslint/no-use-before-define': ['error', { functions: false, typedefs: false }],
      'no-unused-vars': 'off',
      'consistent-return': 'off',
      'dot-notation': 'off',
      '@typescript-eslint/dot-notation': 'error',
      'no-return-await': 'off',
      '@typescript-eslint/return-await': 'error',
      'no-empty-function': 'off',
      'no-useless-constructor': 'off',
      // tsc resolves imports (including the `c/...` path mappings); the import plugin cannot.
      'import/named': 'off',
      'import/namespace': 'off',
      'import/default': 'off',
      'import/export': 'off'
    }
  },

  // Each tree type-checks with its own tsconfig (the LWC one includes the Jest tests and types/).
  {
    files: ['force-app/**/*.ts', 'types/**/*.ts'],
    languageOptions: { parserOptions: { project: ['./tsconfig.test.json'] } }
  },
  {
    files: ['scripts/**/*.ts'],
    languageOptions: { parserOptions: { project: ['./scripts/tsconfig.json'] } }
  },

  // Jest tests of the LWCs.
  {
    files: JEST_FILES,
    ...jestPlugin.configs['flat/recommended'],
    languageOptions: { globals: { ...globals.jest, ...globals.node } }
  },
  {
    files: JEST_FILES.filter((pattern) => pattern.endsWith('ts}')),
    rules: {
      // jest's `expect(...).toHaveBeenCalled` style passes methods around by design.
      '@typescript-eslint/unbound-method': 'off',
      'jest/unbound-method': 'error'
    }
  },

  // Node-side code: sync CLI, local org, checks, preview build, config files.
  { files: NODE_FILES, languageOptions: { globals: { ...globals.node } } },
  { files: BROWSER_FILES, languageOptions: { globals: { ...globals.browser } } }
);
