// ESLint flat config: typescript-eslint's recommended rules over src/, test/, scripts/ and bin/.
// Build output, dependencies, scratch work and data files (JSON) are not linted.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'node_modules/', 'scratch/', 'data/', 'coverage/', 'out/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    rules: {
      // `_`-prefixed names mark deliberately unused parameters and destructured leftovers.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // Control characters in regexes are intentional: the normaliser and decoder match them.
      'no-control-regex': 'off',
      // `a || b()` and `c ? f() : g()` as statements are an accepted idiom in our scripts.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
    },
  },
);
