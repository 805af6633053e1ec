/**
 * The pipeline's shape, checked (`npm run lint:deps`, and in CI): source → extract → parse → explain → link → publish.
 * A stage imports only the domain, the shared LLM machinery (`llm/`) and the stages before it; `llm/` and the store
 * import only the domain; no import cycles.
 * `pipeline/` (where the store meets the stages), `serve/` and `cli/` sit on top and may import anything below them,
 * except that the CLI's commands open the store (store/db.ts) and reach the rest of it through `pipeline/`.
 */
const STAGES = ['source', 'extract', 'parse', 'explain', 'link', 'publish'];

const stageRules = STAGES.map((stage, i) => ({
  name: `${stage}-imports-only-domain-and-earlier-stages`,
  comment: `src/${stage}/ may import src/domain/, src/llm/ and ${STAGES.slice(0, i).join(', ') || 'no other stage'}`,
  severity: 'error',
  from: { path: `^src/${stage}/` },
  to: { path: '^src/', pathNot: [`^src/(domain|types|llm|${STAGES.slice(0, i + 1).join('|')})/`] },
}));

module.exports = {
  forbidden: [
    ...stageRules,
    {
      name: 'domain-imports-only-domain',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/', pathNot: ['^src/domain/'] },
    },
    {
      name: 'llm-imports-only-domain',
      comment: 'src/llm/ (provider, cache keys, rate gate, retries, prompt-set contract) is shared by explain and link: it knows no stage',
      severity: 'error',
      from: { path: '^src/llm/' },
      to: { path: '^src/', pathNot: ['^src/(domain|llm)/'] },
    },
    {
      name: 'store-imports-only-domain',
      severity: 'error',
      from: { path: '^src/store/' },
      to: { path: '^src/', pathNot: ['^src/(domain|store)/'] },
    },
    {
      name: 'pipeline-below-serve-and-cli',
      severity: 'error',
      from: { path: '^src/pipeline/' },
      to: { path: '^src/(serve|cli)/' },
    },
    {
      name: 'cli-commands-reach-the-store-through-pipeline',
      comment: 'src/cli/commands/ may import src/store/db.ts (opening the store, its Store type); all else of the store through src/pipeline/',
      severity: 'error',
      from: { path: '^src/cli/commands/' },
      to: { path: '^src/store/', pathNot: ['^src/store/db\\.ts$'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
  },
};
