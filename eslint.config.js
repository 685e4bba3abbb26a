import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import layerImports from './eslint-rules/layer-imports.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'specs/**', '**/generated/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { srconnect: { rules: { 'layer-imports': layerImports } } },
    rules: {
      'srconnect/layer-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['eslint-rules/**/*.js'],
    languageOptions: { globals: { console: 'readonly' } },
  },
);
