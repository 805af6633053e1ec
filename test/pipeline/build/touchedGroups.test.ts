import { afterEach, describe, expect, it } from 'vitest';
import type { MotionSummary } from '../../../src/publish/model.js';
import { savePublishedMotion } from '../../../src/store/publishRepo.js';
import { TouchedGroups } from '../../../src/pipeline/build/touchedGroups.js';
import { tempStore } from '../../support/tempStore.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function summary(id: string, o: Partial<MotionSummary>): string {
  const m: MotionSummary = {
    id, datum: null, titel: null, onderwerp: null, implicatie: null, samenvatting: null, explainer: null, uitslag: 'onbekend',
    zetelsVoor: null, zetelsTegen: null, indieners: [], dossier: null, kst: null, themes: [], bronUrl: null, tekstStatus: null, letters: 0, ...o,
  };
  return JSON.stringify(m);
}

describe('TouchedGroups', () => {
  it('collects the groups of the summaries before and after a change', () => {
    const t = new TouchedGroups(10);
    t.add(summary('m1', { datum: '2023-02-14', indieners: [{ naam: 'A. Lid', fractie: 'VVD' }], dossier: '21501-02', themes: ['zorg'] }));
    t.add(summary('m1', { datum: '2023-03-01', indieners: [{ naam: 'A. Lid', fractie: 'SP' }], dossier: null, themes: [] }));
    t.add(null); // a motion that had no summary before
    const affected = t.affected();
    expect(affected).not.toBe('all');
    const groups = affected as Exclude<typeof affected, 'all'>;
    expect([...groups.get('fracties')!]).toEqual(['VVD', 'SP']);
    expect([...groups.get('leden')!]).toEqual(['A. Lid']);
    expect([...groups.get('dossiers')!]).toEqual(['21501-02']);
    expect([...groups.get('themas')!]).toEqual(['zorg']);
    expect([...groups.get('archief')!]).toEqual(['2023-02', '2023-03']);
  });

  it('gives up counting past its limit: every group is affected', () => {
    const t = new TouchedGroups(2);
    t.add(summary('m1', { themes: ['zorg'] }));
    t.add(summary('m2', { themes: ['wonen'] }));
    expect(t.affected()).not.toBe('all');
    t.add(summary('m3', { themes: ['onderwijs'] }));
    expect(t.affected()).toBe('all');
    t.add(summary('m4', { themes: ['defensie'] }));
    expect(t.affected()).toBe('all');
  });

  it('starts out with every group when told so (a bulk change)', () => {
    const t = new TouchedGroups(100, true);
    t.add(summary('m1', { themes: ['zorg'] }));
    expect(t.affected()).toBe('all');
  });

  it('reads the published summary of a motion from the store', () => {
    const { store, cleanup } = tempStore();
    cleanups.push(cleanup);
    savePublishedMotion(store.db, { id: 'm1', fingerprint: 'fp', shard: '2023-Q1', datum: '2023-02-14', summaryJson: summary('m1', { dossier: '36200' }), facets: null });
    const t = new TouchedGroups(10);
    t.addStored(store.db, 'm1');
    t.addStored(store.db, 'never-published');
    const affected = t.affected() as Exclude<ReturnType<TouchedGroups['affected']>, 'all'>;
    expect([...affected.get('dossiers')!]).toEqual(['36200']);
    expect([...affected.get('archief')!]).toEqual(['onbekend']);
  });
});
