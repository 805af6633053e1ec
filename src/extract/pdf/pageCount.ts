/**
 * The page count a PDF declares in its page tree (the largest `/Count`), read from the raw bytes without parsing.
 * Returns null when the tree sits in a compressed object stream. Used to say "500 of 1,000 pages read"
 * when poppler stopped at the page limit.
 */
export function declaredPageCount(bytes: Uint8Array): number | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let max = 0;
  for (const m of text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)) {
    max = Math.max(max, Number(m[1] ?? m[2]));
  }
  return max > 0 ? max : null;
}
