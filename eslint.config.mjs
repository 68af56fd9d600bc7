// Lint for the whole tree. Besides the usual checks it enforces the layer table of STYLE.md
// (docs/ARCHITECTURE.md): which folder may import what, and that a renderer feature is used only
// through its index.ts. tests/architecture/boundaries.test.ts proves each rule fires.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

/** Pure JS packages core may use: they run alike in the renderer, a worker and Node. */
export const CORE_PACKAGES = ['diff-match-patch', 'entities', 'fast-xml-parser', 'fflate', 'htmlparser2', 'valibot']

const NODE_BUILTINS = '^(node:|(fs|path|os|child_process|crypto|url|util|stream|worker_threads|module)(/|$))'
/** A relative specifier that climbs out of its src/ folder into one of `folders`. */
const into = (...folders) => `^(\\.\\./)+(${folders.join('|')})(/|$)`

const rule = (regex, message) => ({ regex, message })

/** One owner of document structure in the app: the analysis worker parses, every other place asks it. */
const STRUCTURE_OWNER = 'src/renderer/workers/analysis-structure.ts'
const PARSES_STRUCTURE = rule(
  '(^|/)core/structure(/index)?$',
  'the analysis worker alone parses structure (workers/analysis-structure.ts): ask it; types are in core/structure/types.',
)

/** The layer table: what each folder of src/ must not import. */
const LAYERS = {
  core: [
    rule(
      `^(?!\\.|(${CORE_PACKAGES.join('|')})$)`,
      'core is pure TS: relative imports and the pure packages listed in eslint.config.mjs only.',
    ),
    rule(into('renderer', 'main', 'preload', 'cli', 'shared'), 'core imports only core.'),
  ],
  shared: [rule('^(?!\\./|valibot$)', 'shared is the IPC contract: it imports only its own files and valibot.')],
  cli: [
    rule('^(react|react-dom|dexie|dexie-react-hooks|electron)(/|$)', 'the CLI runs in Node: no React, Dexie or Electron.'),
    rule(into('renderer', 'main', 'preload'), 'the CLI uses core, not the app.'),
  ],
  main: [
    rule('^(react|react-dom|dexie|dexie-react-hooks)(/|$)', 'the main process has no React or Dexie.'),
    rule(into('renderer', 'preload', 'cli'), 'main uses core and shared only.'),
  ],
  preload: [
    rule('^(react|react-dom|dexie|dexie-react-hooks)(/|$)', 'the preload has no React or Dexie.'),
    rule(NODE_BUILTINS, 'the sandboxed preload has no Node modules.'),
    rule(into('core', 'renderer', 'main', 'cli'), 'the preload bridges the IPC contract in shared/ only.'),
  ],
  renderer: [
    rule('^electron(/|$)', 'the renderer reaches Electron only through preload and platform/.'),
    rule(NODE_BUILTINS, 'the renderer has no Node modules.'),
    rule(into('main', 'preload', 'cli'), 'the renderer uses core and shared only.'),
    PARSES_STRUCTURE,
  ],
}

/** Renderer folders below the features: they must not reach up into features or the app shell. */
const RENDERER_BELOW_FEATURES = ['db', 'i18n', 'navigation', 'platform', 'text-view', 'ui', 'workers']
const FEATURE_INSIDES = rule('(^|/)features/[^/]+/', 'a feature is used only through its index.ts.')
const FEATURE_RULES = [
  rule('^\\.\\./[^./][^/]*/', 'a feature is used only through its index.ts; what two features share lives below both.'),
  rule(into('app'), 'features sit below the app shell.'),
]
const BELOW_FEATURES_RULES = [rule(into('features', 'app'), 'this folder sits below the features and the app shell.')]

const restrict = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } })

/** Globals that exist only in a DOM or Node runtime; core must not touch them (core tsconfig has no such types). */
const CORE_GLOBALS = ['document', 'window', 'localStorage', 'indexedDB', 'process', 'Buffer', 'require', '__dirname', 'self'].map(
  (name) => ({ name, message: 'core is pure: the caller passes in what it needs from the runtime.' }),
)

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'playwright-report/', 'bench/results/', '**/*.tsbuildinfo'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-sequences': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // Stripping C0 control characters from imported text and file names is deliberate.
      'no-control-regex': 'off',
    },
  },
  {
    // The two classic hook rules; the React Compiler's rules judge code for a compiler this app does not use.
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  // Tests build hostile input (a backup with a wrong field, an IPC call with any payload).
  { files: ['tests/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  { files: ['**/*.mjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
  restrict(['src/core/**'], LAYERS.core),
  { files: ['src/core/**'], rules: { 'no-restricted-globals': ['error', ...CORE_GLOBALS] } },
  restrict(['src/shared/**'], LAYERS.shared),
  restrict(['src/cli/**'], LAYERS.cli),
  restrict(['src/main/**'], LAYERS.main),
  restrict(['src/preload/**'], LAYERS.preload),
  restrict(['src/renderer/**'], [...LAYERS.renderer, FEATURE_INSIDES]),
  restrict(['src/renderer/features/**'], [...LAYERS.renderer, ...FEATURE_RULES]),
  restrict(
    RENDERER_BELOW_FEATURES.map((folder) => `src/renderer/${folder}/**`),
    [...LAYERS.renderer, FEATURE_INSIDES, ...BELOW_FEATURES_RULES],
  ),
  restrict([STRUCTURE_OWNER], [...LAYERS.renderer.filter((r) => r !== PARSES_STRUCTURE), FEATURE_INSIDES, ...BELOW_FEATURES_RULES]),
)
