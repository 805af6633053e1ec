import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** The body of a chat-completions request as the fake server received it. */
export interface FakeChatRequest {
  model: string;
  messages: { role: string; content: string }[];
  temperature?: number;
  max_tokens?: number;
  response_format?: { type: string; json_schema?: { name: string; schema: unknown; strict?: boolean } };
}

export interface ReceivedRequest {
  body: FakeChatRequest;
  /** 0-based order of arrival. */
  index: number;
  authorization: string | undefined;
  /** Date.now() at arrival. */
  at: number;
}

export type FakeReply =
  /**
   * A completion with this content; `usage` null leaves the field out; `delayMs` answers late; `after` answers once
   * that promise has settled (a test orders events with it instead of with time).
   */
  | { content: string; usage?: { prompt_tokens: number; completion_tokens: number } | null; delayMs?: number; after?: Promise<unknown> }
  /** An error status with optional headers (e.g. Retry-After) and body. */
  | { status: number; headers?: Record<string, string>; body?: unknown; delayMs?: number; after?: Promise<unknown> }
  /** Never answers (until the server closes). */
  | { hang: true };

export type Script = (request: ReceivedRequest) => FakeReply;

export interface FakeOpenAiServer {
  /** `http://127.0.0.1:<port>/v1`, for the SDK's baseURL. */
  baseURL: string;
  requests: ReceivedRequest[];
  /** Most requests being answered at the same moment (for concurrency checks). */
  maxInFlight: number;
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 that speaks OpenAI's chat-completions protocol (POST /v1/chat/completions)
 * and answers as the test's script says: good answers, garbage, errors, 429s, hangs.
 */
export async function startFakeOpenAiServer(script: Script): Promise<FakeOpenAiServer> {
  const requests: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  const state = { inFlight: 0, maxInFlight: 0 };
  const server = createServer((req, res) => void handle(req, res));
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
      return;
    }
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as FakeChatRequest;
    const received: ReceivedRequest = { body, index: requests.length, authorization: req.headers.authorization, at: Date.now() };
    requests.push(received);
    const reply = script(received);
    if ('hang' in reply) return;
    state.inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
    if (reply.after) await reply.after;
    state.inFlight--;
    if ('status' in reply) {
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(JSON.stringify(reply.body ?? { error: { message: `scripted ${reply.status}`, type: 'server_error' } }));
      return;
    }
    const chars = body.messages.reduce((n, m) => n + m.content.length, 0);
    const usage =
      reply.usage === null
        ? undefined
        : (reply.usage ?? { prompt_tokens: Math.ceil(chars / 4), completion_tokens: Math.ceil(reply.content.length / 4) });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        id: `chatcmpl-${received.index}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: body.model,
        choices: [{ index: 0, message: { role: 'assistant', content: reply.content }, finish_reason: 'stop' }],
        ...(usage ? { usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } } : {}),
      }),
    );
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    get maxInFlight() {
      return state.maxInFlight;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The content of a good JSON answer. */
export function jsonAnswer(samenvatting: string, implicatie: string): string {
  return JSON.stringify({ samenvatting, implicatie });
}
