/**
 * Prints the quality verdict over every corpus motion text (fixtures/corpus/moties-toegelicht/moties.jsonl, field
 * `tekst`), the corpus letters and the seeds: the distribution of statuses and every text that is not `ok`.
 * Run: `npx tsx scripts/quality-report.ts [--all]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { judgeText } from '../src/extract/quality/verdict.js';

const showAll = process.argv.includes('--all');
const sets: { name: string; texts: { id: string; text: string }[] }[] = [
  {
    name: 'moties-toegelicht (tekst)',
    texts: readFileSync('fixtures/corpus/moties-toegelicht/moties.jsonl', 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { id: string; tekst: string })
      .map((m) => ({ id: m.id, text: m.tekst })),
  },
  {
    name: 'brieven',
    texts: readdirSync('fixtures/corpus/brieven')
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({ id: f, text: readFileSync(`fixtures/corpus/brieven/${f}`, 'utf8') })),
  },
  {
    name: 'seeds',
    texts: readdirSync('fixtures/seeds').map((f) => ({ id: f, text: readFileSync(`fixtures/seeds/${f}`, 'utf8') })),
  },
];

for (const set of sets) {
  const counts: Record<string, number> = {};
  const lines: string[] = [];
  for (const t of set.texts) {
    const v = judgeText(t.text);
    counts[v.status] = (counts[v.status] ?? 0) + 1;
    if (showAll || v.status !== 'ok' || set.name === 'seeds') lines.push(`  ${v.status.padEnd(8)} ${v.score.toFixed(3)}  ${t.id}  ${v.reason}`);
  }
  console.log(`${set.name}: ${set.texts.length} texts: ${Object.entries(counts).map(([s, n]) => `${s} ${n}`).join(', ')}`);
  for (const l of lines) console.log(l);
}
