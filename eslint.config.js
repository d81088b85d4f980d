// ESLint flat config. The layering rules of GUIDE §2 are enforced here:
// shared/ imports nothing of ours and no Electron/Node/DOM/React/Dexie;
// renderer/ and electron/ import shared/ but never each other.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'fs', 'fs/promises', 'path', 'os', 'crypto', 'child_process', 'url', 'util', 'stream',
  'events', 'http', 'https', 'net', 'worker_threads', 'buffer', 'zlib',
];
const nodeImports = nodeBuiltins.flatMap((m) => [m, `node:${m}`]);

export default tseslint.config(
  {
    ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', '.bench/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a string union, not an enum (GUIDE §3).' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeImports.map((name) => ({ name, message: 'shared/ is pure: no Node.' })),
            { name: 'electron', message: 'shared/ is pure: no Electron.' },
            { name: 'react', message: 'shared/ is pure: no React.' },
            { name: 'react-dom', message: 'shared/ is pure: no React.' },
            { name: 'dexie', message: 'shared/ is pure: no Dexie.' },
            { name: 'dexie-react-hooks', message: 'shared/ is pure: no Dexie.' },
          ],
          patterns: [
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ imports nothing of ours.' },
            { group: ['react-dom/*', '@fullcalendar/*'], message: 'shared/ is pure: no UI.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeImports.map((name) => ({ name, message: 'The renderer is a web page: no Node.' })),
            { name: 'electron', message: 'The renderer reaches the host only through platform/ (window.desk).' },
          ],
          patterns: [{ group: ['**/electron/**'], message: 'renderer/ never imports electron/.' }],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' },
            { group: ['react', 'react-dom', 'dexie', 'dexie-react-hooks'], message: 'Main holds no UI and no domain data.' },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*.{js,mjs}', 'test/bench/**/*.{js,mjs}', '*.config.{js,ts}', 'vite.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
