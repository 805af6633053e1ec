/**
 * `npm run bench [-- name …]`: runs every bench/*.bench.ts (or the named ones) in turn.
 * Each prints its own figures with the baseline it compares against; see bench/RESULTS.md.
 */
import { readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

const wanted = process.argv.slice(2);
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

console.log(`# Motiemonitor benchmarks, ${new Date().toISOString().slice(0, 10)}`);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`);
for (const file of files) {
  console.log(`## ${file.replace('.bench.ts', '')}`);
  const mod = (await import(`./${file}`)) as { run: () => Promise<void> };
  await mod.run();
  console.log('');
}
