import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import kcn from './scripts/eslint-module-boundaries.mjs';

export default tseslint.config(
  { ignores: ['node_modules', 'data', 'dist', 'migrations', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Module boundaries (decision 013): another module only through its face (index.ts); the
    // kernel and the domain import no module.
    files: ['src/server/modules/**', 'src/web/modules/**', 'src/server/kernel/**', 'src/domain/**'],
    plugins: { kcn },
    rules: { 'kcn/module-boundaries': 'error' },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
