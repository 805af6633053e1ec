/** What a PDF engine hands to clean-up and judging: the text of each page, in reading order. */
export interface PdfEngineResult {
  engine: 'pdftotext' | 'pdfjs';
  /** One string per page read, lines separated by `\n`. */
  pages: string[];
  /** Pages in the file (may exceed `pages.length` when the page limit cut it short). */
  pageCount: number;
  /** Margin column / letterhead text that the engine could tell apart from the body (pdfjs only). */
  letterhead: string[];
  /** Pages that had no text at all (image-only scans). */
  emptyPages: number;
}
