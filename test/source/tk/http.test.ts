import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttp, HttpError, parseRetryAfter, USER_AGENT, type RetryEvent } from '../../../src/source/tk/http.js';
import type { Clock } from '../../../src/domain/clock.js';
import { odataSource, pages } from '../../../src/source/tk/odataSource.js';
import { changedMotieZakenUrl } from '../../../src/source/tk/queries.js';
import { startFakeOdataServer, type FakeOdataServer } from '../../support/fakeOdataServer.js';

let server: FakeOdataServer;
beforeAll(async () => {
  server = await startFakeOdataServer({ zaakLimit: 600 });
});
afterAll(() => server.close());

/** A clock that records every wait and lets time pass at once: what the client decided, without timing it. */
function recordingClock(): { waits: number[]; clock: Clock } {
  let t = 0;
  const waits: number[] = [];
  return { waits, clock: { now: () => t, sleep: async (ms) => void (waits.push(ms), (t += ms)) } };
}

const quick = (events: RetryEvent[] = [], extra = {}) =>
  createHttp({ rate: 0, concurrency: 4, baseDelayMs: 10, maxDelayMs: 50, timeoutMs: 2_000, onRetry: (e) => events.push(e), ...extra });

async function allIds(http: ReturnType<typeof createHttp>): Promise<string[]> {
  const ids: string[] = [];
  for await (const p of pages<{ Id: string }>(http, changedMotieZakenUrl(server.baseUrl, { since: null, until: null }))) ids.push(...p.records.map((r) => r.Id));
  return ids;
}

describe('the one request function against the fake server', () => {
  it('follows @odata.nextLink through pages of 250 and sends the User-Agent', async () => {
    const before = server.requests.length;
    const ids = await allIds(quick());
    expect(ids).toHaveLength(600);
    expect(new Set(ids).size).toBe(600);
    const sent = server.requests.slice(before);
    expect(sent).toHaveLength(3);
    expect(sent[1]).toContain('$skip=250');
    expect(sent.every((r) => !r.includes('$top'))).toBe(true);
    expect(USER_AGENT).toMatch(/^motiemonitor\//);
    expect(server.userAgents.slice(before)).toEqual([USER_AGENT, USER_AGENT, USER_AGENT]);
  });

  it('waits out a 429 as long as Retry-After says, then goes on', async () => {
    const events: RetryEvent[] = [];
    server.faults.push({ match: /\/Zaak\?.*\$skip=250/, kind: '429', times: 1, retryAfterSeconds: 1 });
    const { waits, clock } = recordingClock();
    const ids = await allIds(quick(events, { clock }));
    expect(ids).toHaveLength(600);
    expect(events).toHaveLength(1);
    expect(events[0]!.reason).toBe('HTTP 429');
    expect(events[0]!.delayMs).toBeGreaterThanOrEqual(1000);
    // It really waited that long before asking again.
    expect(waits).toEqual([events[0]!.delayMs]);
  });

  it('retries a 503, a connection cut mid-body and an answer slower than the timeout', async () => {
    const events: RetryEvent[] = [];
    server.faults.push({ match: /\/Zaak\?/, kind: '503', times: 2 });
    server.faults.push({ match: /\$skip=250/, kind: 'cut', times: 1 });
    server.faults.push({ match: /\$skip=500/, kind: 'slow', times: 1, delayMs: 800 });
    const ids = await allIds(quick(events, { timeoutMs: 300 }));
    expect(ids).toHaveLength(600);
    expect(events.map((e) => e.reason)).toEqual(['HTTP 503', 'HTTP 503', expect.stringMatching(/cut off|terminated|socket|ECONNRESET/i), 'no answer within 300 ms']);
  });

  it('a page that repeats the previous one is fetched again: no gap, no duplicate', async () => {
    server.faults.push({ match: /\$skip=500/, kind: 'repeat', times: 1 });
    const ids = await allIds(quick());
    expect(ids).toHaveLength(600);
    expect(new Set(ids).size).toBe(600);
  });

  it('a file shorter than its ContentLength is retried; a 404 is not', async () => {
    const events: RetryEvent[] = [];
    const doc = server.sets.get('Document')![0]!;
    const src = odataSource(quick(events), server.baseUrl);
    server.faults.push({ match: /\/resource$/, kind: 'cut', times: 1 });
    const file = await src.documentFile(String(doc.Id), Number(doc.ContentLength));
    expect(file.bytes.length).toBe(doc.ContentLength);
    expect(events).toHaveLength(1);
    await expect(src.documentFile('00000000-0000-4000-8000-000000000000', null)).rejects.toMatchObject({ status: 404, attempts: 1 });
    // A length that never matches: retried, then a clear error.
    await expect(src.documentFile(String(doc.Id), Number(doc.ContentLength) + 1)).rejects.toThrow(/gave up after 6 attempts: length \d+ differs from ContentLength/);
  });

  it('gives up with a clear error when the server keeps failing', async () => {
    server.faults.push({ match: /Fractie/, kind: '503', times: 10 });
    const http = quick([], { retries: 2 });
    await expect(http.getJson(`${server.baseUrl}/Fractie`)).rejects.toThrow(HttpError);
    server.faults.length = 0;
  });

  it('keeps to the rate limit', async () => {
    const { waits, clock } = recordingClock();
    const http = createHttp({ rate: 20, concurrency: 4, clock });
    await Promise.all(Array.from({ length: 6 }, () => http.getJson(`${server.baseUrl}/Fractie`)));
    // 6 requests at 20/s: each after the first waits its 50 ms slot.
    expect(waits).toEqual([50, 50, 50, 50, 50]);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('7')).toBe(7000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect(parseRetryAfter('soon')).toBeNull();
  });
});

describe('a server that loops', () => {
  it('stops when a nextLink repeats', async () => {
    const loop = createServer((req, res) => {
      const self = `http://127.0.0.1:${(loop.address() as AddressInfo).port}/Zaak?page=2`;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ value: [{ Id: req.url?.includes('page=2') ? 'b' : 'a' }], '@odata.nextLink': self }));
    });
    await new Promise<void>((r) => loop.listen(0, '127.0.0.1', r));
    const first = `http://127.0.0.1:${(loop.address() as AddressInfo).port}/Zaak`;
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const p of pages<{ Id: string }>(quick(), first)) seen.push(...p.records.map((r) => r.Id));
      })(),
    ).rejects.toThrow(/same next page twice/);
    expect(seen).toEqual(['a', 'b']);
    loop.close();
  });
});
