/**
 * Windows-1252, written out: Node 20's TextDecoder reads the label as ISO-8859-1 and turns 0x80–0x9F
 * (‘ ’ “ ” – — € …) into control characters. As browsers do, ISO-8859-1 is read the same way
 * (files labelled Latin-1 are in practice Windows-1252).
 */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80]! : String.fromCharCode(b))).join('');
  }
  return out;
}
