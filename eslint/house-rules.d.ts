import type { ESLint } from 'eslint';

/** The house rules of docs/architecture.md: `boundaries` and `one-fetcher`. */
export declare const houseRules: ESLint.Plugin;
