import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportRows } from '../../src/pipeline/exportRows.js';
import { extractStage } from '../../src/pipeline/extractStage.js';
import { importPaths } from '../../src/pipeline/importStage.js';
import { linkStage } from '../../src/pipeline/linkStage.js';
import { parseStage } from '../../src/pipeline/parseStage.js';
import { loadMotionView } from '../../src/pipeline/views.js';
import { getDocument } from '../../src/store/documentRepo.js';
import { tempStore } from '../support/tempStore.js';

/**
 * End to end over the store: the seed letters and a real answer to Kamervragen are imported as files, together with the
 * motions they cite, and the export shows the link both ways.
 */
const ERKENS_GRINWIS = '5dfd71b1-473d-471e-a7c7-7cca3dab0a23';
const FRITSMA_ID = '0b7f7a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';

/** The real moties-toegelicht record of motie Erkens en Grinwis (36 197, nr. 15). */
function erkensLine(): string {
  const line = readFileSync('fixtures/corpus/moties-toegelicht/moties.jsonl', 'utf8')
    .split('\n')
    .find((l) => l.includes(ERKENS_GRINWIS));
  if (!line) throw new Error('motion 5dfd71b1 missing from the corpus');
  return line;
}

/** Motie Fritsma (19 637, nr. 2380) as its kamerstuk is printed; the text follows the official layout. */
const FRITSMA_TEXT = `Tweede Kamer der Staten-Generaal
Vergaderjaar 2017–2018

19 637 Vreemdelingenbeleid

Nr. 2380 MOTIE VAN HET LID FRITSMA
Voorgesteld 7 maart 2018

De Kamer,

gehoord de beraadslaging,

constaterende dat het kabinet onderzoekt of arbeidskrachten van buiten de EU naar Nederland kunnen worden gehaald als beloning voor landen die meewerken aan het terugnemen van illegalen;

verzoekt de regering, geen arbeidskrachten van buiten de EU naar Nederland te halen als beloning voor landen die niet meewerken aan het terugnemen van illegalen,

en gaat over tot de orde van de dag.

Fritsma

kst-19637-2380
ISSN 0921 - 7371
’s-Gravenhage 2018

Tweede Kamer, vergaderjaar 2017–2018, 19 637, nr. 2380
`;

function fritsmaLine(): string {
  return JSON.stringify({ id: FRITSMA_ID, titel: 'Vreemdelingenbeleid', onderwerp: 'Motie van het lid Fritsma', tekst: FRITSMA_TEXT, datum: '2018-03-07' });
}

let cleanup = () => {};
afterEach(() => cleanup());

async function runStages(store: ReturnType<typeof tempStore>['store']): Promise<void> {
  await extractStage(store);
  parseStage(store);
  linkStage(store);
}

function rowsById(store: ReturnType<typeof tempStore>['store']): Map<string, Record<string, unknown>> {
  return new Map([...exportRows(store.db)].map((r) => [r.id as string, r]));
}

type Verwijzing = { kamerstuk: string | null; naam: string | null; snippet: string; motie_id: string | null; zeker: boolean };

describe('link stage, end to end', () => {
  it('links the seed letters and an answer to the motions they cite, both ways, and resolves motions that arrive later', async () => {
    const t = tempStore();
    cleanup = t.cleanup;
    const letters = ['002_1f48367c55694ea7.txt', '003_45ed286d7100bb3b.txt', '004_981b918f2eac9697.txt'].map((f) => join('fixtures/seeds', f));
    const answer = join(t.dir, 'ah-tk-20232024-2168.txt');
    copyFileSync('fixtures/corpus/brieven/ah-tk-20232024-2168.txt', answer);

    // First the letters alone: references found, nothing to resolve to yet.
    expect(importPaths(t.store, [...letters, answer]).failures).toEqual([]);
    await runStages(t.store);
    let rows = rowsById(t.store);
    const letterRows = [...rows.values()].filter((r) => r.soort !== 'motie');
    expect(letterRows).toHaveLength(4);
    const refsOf = (r: Record<string, unknown>) => r.verwijzingen as Verwijzing[];
    const fritsmaLetter = letterRows.find((r) => refsOf(r).some((v) => v.kamerstuk === '19637-2380'))!;
    expect(refsOf(fritsmaLetter)[0]).toMatchObject({ naam: 'motie van het lid Fritsma', motie_id: null, zeker: false });
    expect(refsOf(fritsmaLetter)[0]!.snippet).toContain('de op 10 april 2018 aangenomen motie van het lid Fritsma');

    // The motions arrive: the next run relinks (the set of motions changed) and resolves exactly.
    const jsonl = join(t.dir, 'moties.jsonl');
    writeFileSync(jsonl, `${erkensLine()}\n${fritsmaLine()}\n`);
    expect(importPaths(t.store, [jsonl]).failures).toEqual([]);
    await runStages(t.store);
    rows = rowsById(t.store);

    const letter = rows.get(fritsmaLetter.id as string)!;
    expect(refsOf(letter)).toEqual([
      expect.objectContaining({ kamerstuk: '19637-2380', naam: 'motie van het lid Fritsma', motie_id: FRITSMA_ID, zeker: true }),
    ]);
    const fritsma = rows.get(FRITSMA_ID)!;
    expect(fritsma.fase).toBe('beantwoord');
    expect(fritsma.beantwoord_door).toEqual([
      { brief_id: letter.id, datum: null, snippet: refsOf(letter)[0]!.snippet },
    ]);

    const answerRow = [...rows.values()].find((r) => refsOf(r)?.some?.((v) => v.kamerstuk === '36197-15'))!;
    expect(refsOf(answerRow).find((v) => v.kamerstuk === '36197-15')).toMatchObject({
      naam: 'motie van de leden Erkens en Grinwis',
      motie_id: ERKENS_GRINWIS,
      zeker: true,
    });
    const erkens = rows.get(ERKENS_GRINWIS)!;
    expect(erkens.fase).toBe('beantwoord');
    expect(erkens.beantwoord_door).toEqual([
      expect.objectContaining({ brief_id: answerRow.id, datum: '2024-07-17', snippet: expect.stringContaining('Erkens en Grinwis (Kamerstuk 36 197, nr. 15)') }),
    ]);

    // The lifecycle `show` prints: submitted, then the letter with its stance.
    const view = loadMotionView(t.store.db, getDocument(t.store.db, ERKENS_GRINWIS)!);
    expect(view.lifecycle.events.map((e) => e.soort)).toEqual(['ingediend', 'brief']);
    expect(view.lifecycle.events[1]).toMatchObject({ documentId: answerRow.id, label: expect.stringContaining('in lijn met de motie') });

    // The letters cite motions that are not stored: found, not resolved.
    const becker = letterRows.find((r) => refsOf(r).some((v) => v.kamerstuk === '35300-VI-37'))!;
    expect(refsOf(rows.get(becker.id as string)!)[0]).toMatchObject({ naam: 'motie Becker c.s.', motie_id: null, zeker: false });

    // Idempotent: nothing changed, nothing relinked.
    const again = linkStage(t.store);
    expect(again.unchanged).toBe(4);
    expect(again.references).toBe(0);
  });

  it('resolves a reference by name alone as probable, not certain', async () => {
    const t = tempStore();
    cleanup = t.cleanup;
    const letter = join(t.dir, 'brief.txt');
    writeFileSync(
      letter,
      `Datum 3 mei 2018\nOnderwerp Terugkeer en arbeidsmigratie\n\nHierbij informeer ik uw Kamer over de motie-Fritsma over arbeidskrachten van buiten de EU als beloning voor landen die niet meewerken aan het terugnemen van illegalen. Het kabinet voert de motie uit.\n\nDe Staatssecretaris van Justitie en Veiligheid,\n\nM.G.J. Harbers\n`,
    );
    const jsonl = join(t.dir, 'moties.jsonl');
    writeFileSync(jsonl, `${fritsmaLine()}\n`);
    importPaths(t.store, [letter, jsonl]);
    await runStages(t.store);
    const rows = [...exportRows(t.store.db)];
    const brief = rows.find((r) => r.soort !== 'motie')!;
    expect(brief.verwijzingen).toEqual([
      expect.objectContaining({ kamerstuk: null, naam: 'motie Fritsma', motie_id: FRITSMA_ID, zeker: false }),
    ]);
    expect(rows.find((r) => r.id === FRITSMA_ID)!.fase).toBe('beantwoord');
  });

  it('a Handelingen text that announces a stored motion links to it without making it beantwoord', async () => {
    const t = tempStore();
    cleanup = t.cleanup;
    const verslag = join(t.dir, 'handelingen.txt');
    writeFileSync(
      verslag,
      'Vreemdelingenbeleid\n\nDe voorzitter:\nDeze motie is voorgesteld door het lid Fritsma.\nZij krijgt nr. 2380 (19637).\n\nDe heer Fritsma (PVV):\nDank u wel, voorzitter.\n',
    );
    const jsonl = join(t.dir, 'moties.jsonl');
    writeFileSync(jsonl, `${fritsmaLine()}\n`);
    importPaths(t.store, [verslag, jsonl]);
    await runStages(t.store);
    const rows = [...exportRows(t.store.db)];
    const doc = rows.find((r) => r.id !== FRITSMA_ID)!;
    expect(doc.soort).toBe('overig');
    expect(doc.verwijzingen).toEqual([
      expect.objectContaining({ kamerstuk: '19637-2380', naam: 'motie van het lid Fritsma', motie_id: FRITSMA_ID, zeker: true }),
    ]);
    const motion = rows.find((r) => r.id === FRITSMA_ID)!;
    expect(motion.beantwoord_door).toEqual([]);
    expect(motion.fase).toBe('ingediend');
  });
});
