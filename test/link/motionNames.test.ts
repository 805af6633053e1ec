import { describe, expect, it } from 'vitest';
import { findNameMentions } from '../../src/link/motionNames.js';

describe('motions by name', () => {
  it.each([
    ['In reactie op de motie Becker c.s. verstrekken wij', 'motie Becker c.s.', ['Becker']],
    ['conform de motie-Fritsma.', 'motie Fritsma', ['Fritsma']],
    ['de motie van het lid Fritsma (Kamerstuk', 'motie van het lid Fritsma', ['Fritsma']],
    ['de motie van de leden Stoffer en Bisschop over', 'motie van de leden Stoffer en Bisschop', ['Stoffer', 'Bisschop']],
    ['de opvolging van de motie Hagen/Sneller.3 Ik', 'motie Hagen/Sneller', ['Hagen', 'Sneller']],
    ['aangenomen motie van het lid Van\nZanten c.s.2, waarmee', 'motie van het lid Van Zanten c.s.', ['Van Zanten']],
    ['de motie-Ceder/Dekker-Abdulaziz heeft', 'motie Ceder/Dekker-Abdulaziz', ['Ceder', 'Dekker-Abdulaziz']],
  ])('%s', (text, naam, names) => {
    const m = findNameMentions(text);
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ naam, names });
  });

  it('keeps the glued footnote marker apart from the name', () => {
    expect(findNameMentions('de motie Brekelmans1. In een')[0]).toMatchObject({ names: ['Brekelmans'], marker: 1 });
  });

  it('does not take headings, anaphora or parties for names', () => {
    expect(findNameMentions('MOTIE VAN HET LID FRITSMA\nMotie\nDe Kamer,\ndeze motie, de motie van uw Kamer, de motie van de SP')).toEqual([]);
  });
});
