import { spawn } from 'node:child_process';
import mammoth from 'mammoth';
import WordExtractor from 'word-extractor';
import { UnreadableFileError } from '../limits.js';

/**
 * DOCX through mammoth's raw text (fields show their values, never their codes such as DOCPROPERTY).
 * Mammoth writes a blank line after every paragraph; the paragraphs stay one per line.
 */
export async function docxText(bytes: Uint8Array): Promise<string> {
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return result.value.replace(/\n\n/g, '\n');
  } catch (err) {
    throw new UnreadableFileError(`not a readable DOCX: ${(err as Error).message.split('\n')[0]}`);
  }
}

/** Legacy Word 97–2003 (.doc) through word-extractor (pure JS); antiword as the fallback where installed. */
export async function docText(bytes: Uint8Array, timeoutMs: number): Promise<{ text: string; engine: string; footnotes: string }> {
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes));
    return { text: cellsToLines(doc.getBody()), engine: 'word-extractor', footnotes: doc.getFootnotes() };
  } catch (err) {
    const fallback = await antiword(bytes, timeoutMs).catch(() => null);
    if (fallback !== null) return { text: fallback, engine: 'antiword', footnotes: '' };
    throw new UnreadableFileError(`not a readable Word .doc: ${(err as Error).message.split('\n')[0]}`);
  }
}

function antiword(bytes: Uint8Array, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('antiword', ['-m', 'UTF-8.txt', '-'], { stdio: ['pipe', 'pipe', 'ignore'], timeout: timeoutMs });
    const out: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.on('error', reject);
    child.stdin.on('error', () => {});
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out).toString('utf8')) : reject(new Error(`antiword exit ${code}`))));
    child.stdin.end(Buffer.from(bytes));
  });
}

/**
 * Old motions lay out their header as a table ("31 951<TAB>Verantwoordingsbrief 2008"): one cell per line,
 * as the PDF prints it, so the motion parser sees the same header lines.
 */
function cellsToLines(text: string): string {
  return text
    .split(/\t|\n/)
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
