import { describe, expect, it } from 'vitest';
import { formatDutchDate, isDateLine, MONTHS, parseDutchDate, parseLastDutchDate } from '../../../src/domain/dutch/dates.js';

describe('Dutch dates', () => {
  it('reads a printed date to ISO', () => {
    expect(parseDutchDate('Voorgesteld 9 februari 2023')).toBe('2023-02-09');
    expect(parseDutchDate('1 DECEMBER 2021')).toBe('2021-12-01');
    expect(parseLastDutchDate('Voorgesteld tijdens het Wetgevingsoverleg van 12 februari 2024')).toBe('2024-02-12');
    expect(parseLastDutchDate('op 3 maart 2024 en 4 april 2024')).toBe('2024-04-04');
    expect(parseDutchDate('32 maart 2024')).toBeNull();
    expect(parseDutchDate('9 febuari 2023')).toBeNull();
  });

  it('knows a line that is only a date', () => {
    expect(isDateLine('14 februari 2024')).toBe(true);
    expect(isDateLine('14 februari 2024 en meer')).toBe(false);
  });

  it('writes an ISO date the Dutch way, and reads it back', () => {
    expect(formatDutchDate('2023-02-09')).toBe('9 februari 2023');
    expect(formatDutchDate('2024-10-01T10:00:00Z')).toBe('1 oktober 2024');
    expect(formatDutchDate('onbekend')).toBeNull();
    MONTHS.forEach((_, i) => {
      const iso = `2024-${String(i + 1).padStart(2, '0')}-15`;
      expect(parseDutchDate(formatDutchDate(iso)!)).toBe(iso);
    });
  });
});
