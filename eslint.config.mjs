// ESLint with typescript-eslint's recommended rules (syntax only, no type information: fast enough for every npm test).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.vscode-test/**', '.test-artifacts/**', 'models/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  {
    rules: {
      // Control characters are matched on purpose: escaping terminal output, refusing binary text, private separators.
      'no-control-regex': 'off',
      // `a && b()` and `c ? d() : e()` as statements read plainly in the index builders.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  // Browser globals in the code-server shim, which runs in the page.
  { files: ['test/editors/code-shim.cjs'], languageOptions: { globals: { ...globals.browser } } },
  // CommonJS files (VS Code's test runner entry, the memory probe) and the training scripts' data packages may require.
  { files: ['**/*.cjs', 'scripts/**/*.ts'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
