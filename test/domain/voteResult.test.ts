import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { TkBesluit, TkStemming } from '../../src/domain/tkRecords.js';
import { uitslagOf, voteResult, type BesluitFacts, type StemmingFacts } from '../../src/domain/voteResult.js';
import { loadTkmotiesZaken } from '../support/fakeOdataServer.js';

/** The same mapping the store does (store/tk/motionZaakReads besluitenFrom), from API records. */
function facts(b: TkBesluit, datum: string | null = null): BesluitFacts {
  return {
    id: b.Id,
    besluitSoort: b.BesluitSoort ?? null,
    besluitTekst: b.BesluitTekst ?? null,
    stemmingsSoort: b.StemmingsSoort ?? null,
    status: b.Status ?? null,
    volgorde: b.AgendapuntZaakBesluitVolgorde ?? null,
    datum,
    gewijzigdOp: b.GewijzigdOp ?? null,
    stemmingen: (b.Stemming ?? []).map(stemming),
  };
}

function stemming(s: TkStemming): StemmingFacts {
  return {
    id: s.Id,
    soort: s.Soort ?? null,
    fractieGrootte: s.FractieGrootte ?? null,
    actorNaam: s.ActorNaam ?? null,
    actorFractie: s.ActorFractie ?? null,
    fractieNaam: null,
    persoonId: s.Persoon_Id ?? null,
    isMember: !!(s.Persoon_Id ?? s.SidActorLid),
    vergissing: s.Vergissing === true,
    gewijzigdOp: s.GewijzigdOp ?? null,
  };
}

describe('vote result from real records', () => {
  it('reproduces the seats of all 7,071 recorded votes (tkmoties Stats) and their outcome', () => {
    let checked = 0;
    for (const z of loadTkmotiesZaken()) {
      const besluiten = (z.Besluit as (TkBesluit & { Stats: { Voor: number; Tegen: number } })[]);
      const v = voteResult(besluiten.map((b) => facts(b)));
      const b = besluiten[0]!;
      expect(v, String(z.Nummer)).not.toBeNull();
      expect([v!.zetelsVoor, v!.zetelsTegen], String(z.Nummer)).toEqual([b.Stats.Voor, b.Stats.Tegen]);
      const expected = b.BesluitSoort === 'Stemmen - aangenomen' ? 'aangenomen' : b.BesluitSoort === 'Stemmen - verworpen' ? 'verworpen' : b.Stats.Voor > b.Stats.Tegen ? 'aangenomen' : 'verworpen';
      expect(v!.uitslag, String(z.Nummer)).toBe(expected);
      expect(v!.hoofdelijk).toBe(b.StemmingsSoort === 'Hoofdelijk');
      if (v!.hoofdelijk) expect(v!.stemmingen.every((s) => s.persoon && s.zetels === 1)).toBe(true);
      checked++;
    }
    expect(checked).toBe(7071);
  });

  it('maps the BesluitSoort/BesluitTekst values of a real Besluit page', () => {
    const page = JSON.parse(readFileSync('fixtures/corpus/odata/entity-pages/besluit-page166.json', 'utf8')) as TkBesluit[];
    for (const b of page) {
      const u = uitslagOf({ besluitSoort: b.BesluitSoort ?? null, besluitTekst: b.BesluitTekst ?? null });
      if (b.BesluitSoort === 'Ingediend') expect(u).toBeNull();
      if (b.BesluitSoort === 'Stemmen - aangenomen') expect(u).toBe('aangenomen');
      if (b.BesluitSoort === 'Stemmen - verworpen') expect(u).toBe('verworpen');
      if (b.BesluitSoort === 'Stemmen - ingetrokken') expect(u).toBe('ingetrokken');
    }
    expect(page.some((b) => b.BesluitSoort === 'Ingediend')).toBe(true);
    expect(uitslagOf({ besluitSoort: 'Aanhouden', besluitTekst: 'Aangehouden.' })).toBe('aangehouden');
  });
});

describe('data faults', () => {
  const base = loadTkmotiesZaken(1)[0]!.Besluit as TkBesluit[];
  const vote = base[0]!;

  it('the latest real vote besluit wins; Ingediend and drafts never do', () => {
    const ingediend: TkBesluit = { Id: 'a', BesluitSoort: 'Ingediend', BesluitTekst: 'Ingediend', GewijzigdOp: '2022-01-25T00:00:00+01:00', Status: 'Besluit' };
    const aangehouden: TkBesluit = { Id: 'b', BesluitSoort: 'Aanhouden', BesluitTekst: 'Aangehouden.', Status: 'Besluit' };
    const draft: TkBesluit = { Id: 'c', BesluitSoort: 'Stemmen - aangenomen', Status: 'Voorstel' };
    const v = voteResult([facts(aangehouden, '2022-01-12'), facts(vote, '2022-01-19'), facts(ingediend, '2022-01-26'), facts(draft, '2022-02-01')]);
    expect(v?.uitslag).toBe('verworpen');
    expect(v?.datum).toBe('2022-01-19');
    expect(voteResult([facts(ingediend)])).toBeNull();
    expect(voteResult([facts(vote, '2022-01-19'), facts(aangehouden, '2022-01-12')])?.uitslag).toBe('verworpen');
    expect(voteResult([facts(vote, '2022-01-01'), facts(aangehouden, '2022-01-12')])?.uitslag).toBe('aangehouden');
  });

  it('duplicate Stemming rows count once', () => {
    const original = voteResult([facts(vote)])!;
    const rows = vote.Stemming!;
    const doubled = { ...vote, Stemming: [...rows, ...rows.slice(0, 3).map((s) => ({ ...s, Id: `${s.Id}-dup` }))] };
    const v = voteResult([facts(doubled)])!;
    expect([v.zetelsVoor, v.zetelsTegen]).toEqual([original.zetelsVoor, original.zetelsTegen]);
    expect(v.stemmingen).toHaveLength(original.stemmingen.length);
  });

  it('a member vote inside a fractie vote is listed with the member, not counted twice', () => {
    const original = voteResult([facts(vote)])!;
    const vvd = vote.Stemming!.find((s) => s.ActorFractie === 'VVD')!;
    const member: TkStemming = { ...vvd, Id: 'member-1', ActorNaam: 'Lid, A.', SidActorLid: 'S-1-5', Persoon_Id: 'nowhere-0000', FractieGrootte: 34 };
    const v = voteResult([facts({ ...vote, Stemming: [...vote.Stemming!, member] })])!;
    expect(v.zetelsTegen).toBe(original.zetelsTegen);
    expect(v.stemmingen.find((s) => s.persoon === 'Lid, A.')).toMatchObject({ fractie: 'VVD', zetels: 1 });
  });

  it('a vote under an old Fractie id keeps the fractie name recorded on the row', () => {
    const rows = vote.Stemming!.map((s) => ({ ...s, Fractie_Id: 'old-fractie-id-that-points-nowhere' }));
    const v = voteResult([facts({ ...vote, Stemming: rows })])!;
    expect(v.stemmingen.map((s) => s.fractie).sort()).toEqual(vote.Stemming!.map((s) => s.ActorFractie).sort());
  });
});
