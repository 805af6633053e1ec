import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countSentences } from '../../src/explain/checks.js';
import { explainWithRules } from '../../src/explain/rulesExplainer.js';
import { readPublicatie, renderPublicatie } from '../../src/extract/formats/publicatieXml.js';
import { parseMotion } from '../../src/parse/motionParser.js';
import { FIXTURES } from '../support/corpus.js';

/** The 399 official XML publications, rendered by the extraction stage, parse completely (issue 3 acceptance). */
describe('parseMotion on the text rendered from the official XML', () => {
  const dir = join(FIXTURES, 'corpus', 'odata', 'documentpublicatie-xml');
  const files = readdirSync(dir).filter((f) => f.endsWith('.xml'));

  it('parses dossier, nummer, vergaderjaar, indieners, date and operative clauses of every publication, agreeing with the XML', () => {
    expect(files.length).toBe(399);
    const problems: string[] = [];
    for (const f of files) {
      const pub = readPublicatie(readFileSync(join(dir, f)));
      const p = parseMotion(renderPublicatie(pub), {});
      const say = (what: string) => problems.push(`${f}: ${what}`);
      if (!p) {
        say('not parsed');
        continue;
      }
      if (!p.kamerstuk || !p.kst) say('no kamerstuk');
      if (pub.kst && p.kst !== pub.kst) say(`kst ${p.kst} ≠ ${pub.kst}`);
      if (pub.ondernummer && String(p.kamerstuk?.nummer) !== pub.ondernummer.trim()) say(`nummer ${p.kamerstuk?.nummer} ≠ ${pub.ondernummer}`);
      if (!p.vergaderjaar) say('no vergaderjaar');
      if (p.indieners.length === 0) say('no indieners');
      if (!p.datum || (pub.datum && p.datum !== pub.datum)) say(`datum ${p.datum} ≠ ${pub.datum}`);
      if (p.operative.length === 0) say('no operative clause');
      const e = explainWithRules(p, { id: f, soort: 'motie', apiSoort: 'Motie', titel: null, onderwerp: null, datum: null, bronUrl: null, herkomst: 'test', verwijderd: false });
      if (e.status !== 'ok' || countSentences(e.implicatie) !== 1) say(`explanation: ${e.status} ${e.implicatie}`);
    }
    expect(problems).toEqual([]);
  });
});
