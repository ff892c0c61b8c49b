// @ts-check
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default defineConfig(
  { ignores: ['dist/', 'dist.next-*/', 'dist.old-*/', '.astro/', 'node_modules/', 'test-results/'] },
  // Type-aware rules (floating promises, unsafe any, needless assertions) on every TypeScript file.
  ...tseslint.configs.recommendedTypeChecked,
  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
  ...astro.configs.recommended,
  // jsx-a11y's rules on .astro templates (alt text, labels, roles, tab order). The plugin's peer
  // range stops at ESLint 9; package.json's `overrides` lets it take ours, and the rules run.
  ...astro.configs['jsx-a11y-strict'],
  {
    files: ['**/*.astro'],
    rules: {
      // A table or column that scrolls sideways is a named <section tabindex="0">, so a keyboard
      // can reach and scroll it (axe's scrollable-region-focusable, checked by the browser tests).
      // The rule's documentation names scroll containers as the exception; every focusable
      // <section> here is one.
      'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['section'], roles: ['tabpanel'] }],
    },
  },
  // .astro and plain JavaScript files are outside the TypeScript program the type-aware rules need.
  { files: ['**/*.astro', '**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
