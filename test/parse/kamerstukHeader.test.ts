import { describe, expect, it } from 'vitest';
import { vergaderjaarOf } from '../../src/parse/kamerstukHeader.js';

describe('vergaderjaar', () => {
  it('is read from the date; September, when Prinsjesdag starts a new one, stays undecided', () => {
    expect(vergaderjaarOf('2024-02-14')).toBe('2023–2024');
    expect(vergaderjaarOf('2023-10-01')).toBe('2023–2024');
    expect(vergaderjaarOf('2023-09-20')).toBeNull();
  });
});
