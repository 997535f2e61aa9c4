import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = [
  'auth',
  'schools',
  'ects',
  'mentors',
  'pairings',
  'timetable',
  'sessions',
  'concerns',
  'training',
  'dashboards',
  'staff',
  'calendar',
  'imports',
  'exports',
  'headteacher',
  'ect',
];

// A feature may import itself and shared code (src/components, src/lib, src/config), never
// another feature or the app shell: src/app composes features.
const crossFeatureRules = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^@/features/(?!${feature}(/|$))`,
            message: 'A feature must not import another feature: compose them in src/app instead.',
          },
          {
            regex: '^@/app(/|$)',
            message: 'Features must not import the app shell.',
          },
          {
            // Two levels up can leave the feature, where the alias rules above cannot see.
            group: ['../../**'],
            message: `Import through the alias instead, for example @/features/${feature}/...`,
          },
        ],
      },
    ],
  },
}));

export default defineConfig([
  globalIgnores([
    'dist/',
    'node_modules/',
    '.local-supabase/',
    'test-results/',
    'playwright-report/',
    'src/database.types.ts',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Type-only imports vanish from the bundle; marking them keeps Vite from loading modules
    // only for their types.
    files: ['src/**/*.{ts,tsx}', 'e2e/**/*.ts', '*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'error' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-console': 'error',
    },
  },
  ...crossFeatureRules,
  {
    files: ['src/components/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}', 'src/config/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // '@/features/x', '../features/x', '../../app/router' and the like.
              regex: '^(@|\\.\\.?(/\\.\\.)*)/(features|app)(/|$)',
              message: 'Shared code must not import features or the app shell.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      '*.{js,mjs,cjs,ts}',
      'scripts/**/*.{js,mjs,cjs,ts}',
      'local-supabase/**/*.{js,mjs,cjs,ts}',
      'supabase/**/*.{js,mjs,cjs,ts}',
      'bench/**/*.{js,mjs,cjs,ts}',
      'e2e/**/*.ts',
    ],
    languageOptions: { globals: globals.node },
  },
]);
