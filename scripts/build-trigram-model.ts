/**
 * Builds the Dutch character-trigram model of the quality verdict (src/extract/quality/dutchTrigrams.json) from
 * texts in the repository: the `tekst` of every motion in fixtures/corpus/moties-toegelicht/moties.jsonl and the
 * clean seed letters 003 and 004. Run: `npx tsx scripts/build-trigram-model.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { toLetters, wordsOf } from '../src/extract/quality/letters.js';

const texts: string[] = [];
for (const line of readFileSync('fixtures/corpus/moties-toegelicht/moties.jsonl', 'utf8').split('\n')) {
  if (line.trim()) texts.push((JSON.parse(line) as { tekst: string }).tekst);
}
for (const seed of ['003_45ed286d7100bb3b.txt', '004_981b918f2eac9697.txt']) texts.push(readFileSync(`fixtures/seeds/${seed}`, 'utf8'));

const trigrams = new Map<string, number>();
const words = new Map<string, number>();
for (const text of texts) {
  const letters = toLetters(text);
  for (let i = 0; i + 3 <= letters.length; i++) {
    const t = letters.slice(i, i + 3);
    trigrams.set(t, (trigrams.get(t) ?? 0) + 1);
  }
  for (const w of wordsOf(text)) words.set(w, (words.get(w) ?? 0) + 1);
}
const model = {
  source:
    'fixtures/corpus/moties-toegelicht/moties.jsonl (field tekst, ' +
    `${texts.length - 2} motions) + fixtures/seeds/003 and 004; built by scripts/build-trigram-model.ts`,
  texts: texts.length,
  // Trigrams seen once are mostly OCR noise and names: dropping them keeps the file small.
  trigrams: Object.fromEntries([...trigrams].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1])),
  commonWords: [...words].filter(([w]) => w.length > 1 || w === 'u').sort((a, b) => b[1] - a[1]).slice(0, 300).map(([w]) => w),
};
writeFileSync('src/extract/quality/dutchTrigrams.json', JSON.stringify(model) + '\n');
console.log(`${Object.keys(model.trigrams).length} trigrams, ${model.commonWords.length} common words from ${texts.length} texts`);
