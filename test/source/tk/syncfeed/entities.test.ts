import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAtomPage } from '../../../../src/source/tk/syncfeed/atomPage.js';
import { toEntity } from '../../../../src/source/tk/syncfeed/entities.js';
import { amsterdamDay, normalizeInstant } from '../../../../src/domain/instant.js';

const entries = (name: string) => parseAtomPage(readFileSync(`fixtures/corpus/syncfeed/${name}`, 'utf8'), name).entries;

describe('SyncFeed entities as typed records', () => {
  it('a real Besluit equals its recorded OData twin where both APIs have the field', () => {
    const besluit = toEntity('Besluit', entries('kaeldrin-besluit-feed-page.xml')[0]!);
    const odata = JSON.parse(readFileSync('fixtures/corpus/syncfeed/kaeldrin-besluit-odata.json', 'utf8')) as Record<string, unknown>;
    const record = (odata.value as Record<string, unknown>[] | undefined)?.[0] ?? odata;
    expect(besluit.ok).toBe(true);
    if (!besluit.ok) return;
    expect(besluit.record).toMatchObject({ Id: record.Id, Status: record.Status, AgendapuntZaakBesluitVolgorde: record.AgendapuntZaakBesluitVolgorde, Agendapunt_Id: record.Agendapunt_Id });
    // tk:bijgewerkt is Amsterdam time without an offset: the same instant as OData's GewijzigdOp.
    expect(besluit.record.GewijzigdOp).toBe(normalizeInstant(String(record.GewijzigdOp)));
  });

  it('an Activiteit gives the day the Kamer met, in Amsterdam', () => {
    const a = toEntity('Activiteit', entries('kaeldrin-activiteit-feed-page.xml')[0]!);
    expect(a.ok && a.record.Datum).toBe('2026-06-24T12:00:00.0000000Z');
    expect(amsterdamDay('2026-06-24T22:30:00.0000000Z')).toBe('2026-06-25');
    expect(normalizeInstant('2026-01-10T13:40:40.903', 'amsterdam')).toBe('2026-01-10T12:40:40.9030000Z');
  });

  it('tombstones are valid without fields; a value that breaks the schema is rejected by id', () => {
    const [tomb, , vote] = entries('kaeldrin-stemming-feed-page.xml');
    expect(toEntity('Stemming', tomb!)).toMatchObject({ ok: true, record: { Id: tomb!.id, Verwijderd: true } });
    const bad = toEntity('Stemming', { ...vote!, fields: { ...vote!.fields, fractieGrootte: 'negen', vergissing: 'misschien' } });
    expect(bad).toMatchObject({ ok: false, category: 'Stemming', id: vote!.id });
    expect(!bad.ok && bad.reason).toMatch(/FractieGrootte.*Vergissing|Vergissing.*FractieGrootte/);
  });
});
