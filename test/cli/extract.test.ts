import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/tempStore.js';
import * as make from '../support/makePdfs.js';

const cli = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('motiemonitor text / extract', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('text --json prints exactly one object {status, score, reason, engine, rendition, pages, text}', () => {
    const r = cli(['text', 'fixtures/corpus/pdf/motie/d7a5dc6c-3636-4acd-8630-96c14e97dcce.pdf', '--json']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['status', 'score', 'reason', 'engine', 'rendition', 'pages', 'text']);
    expect(out).toMatchObject({ status: 'ok', rendition: 'pdf', pages: 1 });
    expect(out.text).toMatch(/^Tweede Kamer der Staten-Generaal\n/);
  });

  it('text prints the text on stdout and the verdict on stderr; an unreadable file exits 1 with its reason', () => {
    const ok = cli(['text', 'fixtures/corpus/odata/documentpublicatie-xml/0037dc14-ffaa-4d74-ade5-18b94967fc12.xml']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^Tweede Kamer der Staten-Generaal\nVergaderjaar 2023-2024\n36 372\n/);
    expect(ok.stderr).toMatch(/^ok \(score \d\.\d\d\) via publicatie-xml from xml: reads as Dutch/m);
    writeFileSync(join(tmp.dir, 'locked.pdf'), make.encryptedPdf());
    const bad = cli(['text', join(tmp.dir, 'locked.pdf'), '--json']);
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ status: 'unreadable', reason: 'the PDF is encrypted (password protected)', text: '' });
  });

  it('extract --json reports what it did; a second run has nothing to do; --force redoes it', async () => {
    // A folder of its own: a good PDF and an encrypted one.
    const files = join(tmp.dir, 'extract');
    mkdirSync(files);
    writeFileSync(join(files, 'brief.pdf'), await make.kamerbriefWithMargin());
    writeFileSync(join(files, 'locked.pdf'), make.encryptedPdf());
    const db = join(tmp.dir, 'mm.db');
    execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', '--db', db, 'import', files], { encoding: 'utf8' });
    const first = cli(['--db', db, '--json', 'extract']);
    expect(first.status).toBe(0);
    const report = JSON.parse(first.stdout) as { extracted: number; statuses: Record<string, number>; failed: { message: string }[] };
    expect(report.extracted).toBe(2);
    expect(report.statuses).toEqual({ ok: 1, unreadable: 1 });
    expect(report.failed[0]!.message).toBe('the PDF is encrypted (password protected)');
    const second = cli(['--db', db, 'extract']);
    expect(second.stdout).toMatch(/^0 extracted, 2 up to date, 0 unreadable; 0 PDF pages in \d+\.\d s$/m);
    const forced = cli(['--db', db, 'extract', '--force', '--engine', 'pdfjs']);
    expect(forced.stdout).toMatch(/^2 extracted \(ok 1, unreadable 1\), 0 up to date, 1 unreadable; 1 PDF pages in/m);
    expect(forced.stdout).toMatch(/unreadable local-[0-9a-f]+: the PDF is encrypted/);
  });
});
