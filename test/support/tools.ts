/**
 * The optional Debian tools, in one place: which are installed, and the skip message naming the package.
 *
 * A tool counts as installed when it is found on the PATH, as the code under test finds it (it spawns `pdftotext`,
 * `tesseract`, `antiword` by name). `bash scripts/without-tools.sh npx vitest run` hides them all from the PATH, as on a
 * fresh machine. With `MOTIEMONITOR_REQUIRE_TOOLS=1` (the CI pass with every package installed) a missing tool fails
 * the test file instead of skipping it, so no test is skipped there by accident.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export type Tool = 'pdftotext' | 'pdftoppm' | 'pdfinfo' | 'chromium' | 'tesseract' | 'antiword';

/** The Debian package that installs each tool (`tesseract` means tesseract with the Dutch model). */
export const DEBIAN_PACKAGE: Record<Tool, string> = {
  pdftotext: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  chromium: 'chromium',
  tesseract: 'tesseract-ocr tesseract-ocr-nld',
  antiword: 'antiword',
};

/** The full path of an executable on the PATH, or null. */
export function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    try {
      if (!statSync(file).isFile()) continue;
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not here
    }
  }
  return null;
}

const cache = new Map<Tool, boolean>();

export function hasTool(tool: Tool): boolean {
  let found = cache.get(tool);
  if (found === undefined) {
    found = onPath(tool) !== null;
    // OCR needs the Dutch model too (tesseract-ocr-nld), as src/extract/pdf/ocr.ts does.
    if (found && tool === 'tesseract') {
      const langs = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8', timeout: 10_000 });
      found = /\bnld\b/.test(`${langs.stdout ?? ''}${langs.stderr ?? ''}`);
    }
    cache.set(tool, found);
  }
  return found;
}

/** Null when every tool is installed, else the skip message: which tools are missing and the apt-get line. */
export function missingTools(...tools: Tool[]): string | null {
  const missing = tools.filter((t) => !hasTool(t));
  if (missing.length === 0) return null;
  const packages = [...new Set(missing.flatMap((t) => DEBIAN_PACKAGE[t].split(' ')))];
  return `${missing.join(', ')} not installed (apt-get install ${packages.join(' ')})`;
}

/**
 * For `describe.skipIf(!needs(...))`: true when the tools are there; otherwise prints the skip message once,
 * or throws under MOTIEMONITOR_REQUIRE_TOOLS=1.
 */
export function needs(what: string, ...tools: Tool[]): boolean {
  const missing = missingTools(...tools);
  if (missing === null) return true;
  if (process.env.MOTIEMONITOR_REQUIRE_TOOLS === '1') throw new Error(`${what}: ${missing}, and MOTIEMONITOR_REQUIRE_TOOLS=1`);
  console.warn(`skipped: ${what}: ${missing}`);
  return false;
}

/** Debian's chromium as found on the PATH (normally /usr/bin/chromium); null when it is not installed. */
export function chromiumPath(): string | null {
  return onPath('chromium');
}

/** The flags every browser test launches Debian's chromium with. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
