/**
 * Character-level similarity of two texts, 0 … 1: (N + M − D) / (N + M), where D is the number of characters
 * inserted or deleted by the shortest edit script (Myers' O((N+M)·D) algorithm, memory O(N+M)).
 * Used to compare the two PDF engines' outputs; `maxD` bounds the work on very different texts.
 */
export function similarity(a: string, b: string, maxD = 20_000): number {
  const n = a.length;
  const m = b.length;
  if (n + m === 0) return 1;
  const max = Math.min(n + m, maxD);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a.charCodeAt(x) === b.charCodeAt(y)) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return (n + m - d) / (n + m);
    }
  }
  return (n + m - max) / (n + m);
}

/** Whitespace folded: how texts are compared across engines (line breaks and blank lines differ by design). */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
