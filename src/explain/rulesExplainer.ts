/**
 * The offline explainer the pipeline uses: rules@3 (`rules/explainer.ts`). This file is the stable import path for the
 * stages, scripts and benchmarks; rules@2 stays frozen in `rules/rulesV2.ts` for comparison only.
 */
export { explainWithRules, RULES_EXPLAINER, type RulesContext } from './rules/explainer.js';
