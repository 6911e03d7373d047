import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

/** The folders of src/ that draw a view of their own; none may import another. */
const VIEWS = ['timeline', 'events', 'filters', 'map'];
/**
 * The folders of parts the views and the app share, above state/ and ui/: later reporting, the
 * source list, import and export, printing, share links, and the embed view (which, like app/,
 * composes the views).
 */
const PARTS = ['reporting', 'sources', 'formats', 'print', 'share'];
const SRC = './src';
const ABOVE_UI = [`${SRC}/app`, `${SRC}/embed`, ...[...VIEWS, ...PARTS].map((v) => `${SRC}/${v}`)];

/**
 * One-way imports (DESIGN.md): model ← state ← views ← app, and ui shared by the views. A folder
 * imports only from the folders to its left; nothing in src/ imports build scripts.
 */
const importBoundaries = [
  {
    target: `${SRC}/model`,
    // The loader reads other formats (CSV, ACLED, TimelineJS) through formats/' readers, which
    // import only model/ themselves.
    from: [`${SRC}/state`, `${SRC}/ui`, ...ABOVE_UI.filter((f) => f !== `${SRC}/formats`)],
    message:
      'model/ is the bottom layer: it imports nothing else from src/ but the format readers.',
  },
  {
    target: `${SRC}/i18n`,
    from: [`${SRC}/state`, `${SRC}/ui`, ...ABOVE_UI],
    message:
      'i18n/ sits beside model/ at the bottom (model/ and state/ write sentences with it): it may import model/ only.',
  },
  {
    target: `${SRC}/state`,
    from: [`${SRC}/ui`, ...ABOVE_UI],
    message: 'state/ may import model/ only.',
  },
  {
    target: `${SRC}/ui`,
    from: ABOVE_UI,
    message: 'ui/ is shared by the views: it may import model/ and state/, not a view or app/.',
  },
  ...VIEWS.map((view) => ({
    target: `${SRC}/${view}`,
    from: [
      `${SRC}/app`,
      `${SRC}/embed`,
      ...VIEWS.filter((v) => v !== view).map((v) => `${SRC}/${v}`),
    ],
    message: `${view}/ is a view: it may import model/, state/ and ui/, not another view or app/.`,
  })),
  { target: SRC, from: './scripts', message: 'src/ ships to the browser; scripts/ is build-time.' },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'bench/results', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: importBoundaries }],
      'no-duplicate-imports': ['error', { allowSeparateTypeImports: true }],
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
