import { describe, expect, it } from 'vitest';
import { normalizeInstant } from '../../../src/domain/instant.js';
import {
  changedDocumentsUrl,
  changedEntitiesUrl,
  changedMotieZakenUrl,
  countUrl,
  deletedUrl,
  documentResourceUrl,
  publicatieResourceUrl,
  recentMotieZakenUrl,
  zaakByIdUrl,
  DEFAULT_BASE_URL,
  DEFAULT_SOORTEN,
} from '../../../src/source/tk/queries.js';

const B = DEFAULT_BASE_URL;
const W = { since: '2024-01-15T08:30:00.1234567Z', until: null };

describe('URL builders: the exact queries sent to the API', () => {
  it('documents of the default soorten changed since the watermark, oldest first, never $top', () => {
    const url = changedDocumentsUrl(B, DEFAULT_SOORTEN, W);
    expect(url).toBe(
      "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Document?$filter=(Soort%20eq%20'Motie'%20or%20Soort%20eq%20'Motie%20(gewijzigd/nader)'%20or%20Soort%20eq%20'Brief%20regering')%20and%20ApiGewijzigdOp%20ge%202024-01-15T08:30:00.1234567Z" +
        '&$orderby=ApiGewijzigdOp%20asc,Id%20asc' +
        '&$expand=Zaak($select=Id,Nummer,Soort),DocumentActor,HuidigeDocumentVersie($select=Id,ExterneIdentifier;$expand=DocumentPublicatie($select=Id,Identifier,DocumentType,ContentType,ContentLength,GewijzigdOp,Verwijderd))',
    );
    expect(url).not.toContain('$top');
    // What the server decodes:
    expect(new URL(url).searchParams.get('$filter')).toBe(
      "(Soort eq 'Motie' or Soort eq 'Motie (gewijzigd/nader)' or Soort eq 'Brief regering') and ApiGewijzigdOp ge 2024-01-15T08:30:00.1234567Z",
    );
  });

  it('one soort without parentheses, a window with an end, quotes doubled', () => {
    const url = changedDocumentsUrl(B, ["Brief o'regering"], { since: null, until: '2024-02-01T00:00:00.0000000Z' });
    expect(new URL(url).searchParams.get('$filter')).toBe("Soort eq 'Brief o''regering' and ApiGewijzigdOp lt 2024-02-01T00:00:00.0000000Z");
  });

  it('motion zaken with actors, besluiten (through Besluit/Zaak), stemmingen and the vote date', () => {
    expect(changedMotieZakenUrl(B, { since: null, until: null })).toBe(
      `${B}/Zaak?$filter=Soort%20eq%20'Motie'&$orderby=ApiGewijzigdOp%20asc,Id%20asc` +
        '&$expand=ZaakActor,Besluit($expand=Stemming,Agendapunt($select=Id,Activiteit_Id;$expand=Activiteit($select=Id,Datum)))',
    );
    expect(decodeURIComponent(changedMotieZakenUrl(B, W))).toContain("$filter=Soort eq 'Motie' and ApiGewijzigdOp ge 2024-01-15T08:30:00.1234567Z&");
  });

  it('recent zaken for the grace period, one zaak by id, tombstones, small sets, $count, resources', () => {
    expect(decodeURIComponent(recentMotieZakenUrl(B, '2024-03-01'))).toBe(
      `${B}/Zaak?$filter=Soort eq 'Motie' and GestartOp ge 2024-03-01T00:00:00Z&$orderby=GestartOp asc,Id asc&$expand=` +
        'ZaakActor,Besluit($expand=Stemming,Agendapunt($select=Id,Activiteit_Id;$expand=Activiteit($select=Id,Datum)))',
    );
    expect(zaakByIdUrl(B, '025459cb-2dfc-4cd4-ac4c-2e28907a2687')).toMatch(/\/Zaak\(025459cb-2dfc-4cd4-ac4c-2e28907a2687\)\?\$expand=ZaakActor,/);
    expect(decodeURIComponent(deletedUrl(B, 'Document', W))).toBe(
      `${B}/Document?$filter=Verwijderd eq true and ApiGewijzigdOp ge 2024-01-15T08:30:00.1234567Z&$select=Id,Verwijderd,ApiGewijzigdOp&$orderby=ApiGewijzigdOp asc,Id asc`,
    );
    expect(changedEntitiesUrl(B, 'FractieZetelPersoon', { since: null, until: null })).toBe(`${B}/FractieZetelPersoon?$orderby=ApiGewijzigdOp%20asc,Id%20asc`);
    expect(countUrl(changedMotieZakenUrl(B, W))).toBe(`${B}/Zaak/$count?$filter=Soort%20eq%20'Motie'%20and%20ApiGewijzigdOp%20ge%202024-01-15T08:30:00.1234567Z`);
    expect(documentResourceUrl(B + '/', 'c97fc989-acc5-4a18-b763-ab2882e3970b')).toBe(`${B}/Document(c97fc989-acc5-4a18-b763-ab2882e3970b)/resource`);
    expect(publicatieResourceUrl(B, '37b00c53-3686-43b1-b461-01086c45c5bd')).toBe(`${B}/DocumentPublicatie(37b00c53-3686-43b1-b461-01086c45c5bd)/resource`);
  });

  it('watermarks: API timestamps in one comparable form', () => {
    expect(normalizeInstant('2022-01-20T12:33:58.3595716Z')).toBe('2022-01-20T12:33:58.3595716Z');
    expect(normalizeInstant('2022-01-20T12:29:05.839629Z')).toBe('2022-01-20T12:29:05.8396290Z');
    expect(normalizeInstant('2022-01-20T10:58:21.743+01:00')).toBe('2022-01-20T09:58:21.7430000Z');
    expect(normalizeInstant('2024-01-01')).toBe('2024-01-01T00:00:00.0000000Z');
    // Fraction digits of different length compare correctly once normalised.
    expect(normalizeInstant('2022-01-20T12:29:05.839629Z') < normalizeInstant('2022-01-20T12:29:05.8396291Z')).toBe(true);
    expect(() => normalizeInstant('gisteren')).toThrow(/not a date/);
  });
});
