import type { OpenAiProviderOptions } from './openAiProvider.js';
import type { ResponseFormat } from './provider.js';

export const DEFAULT_MODEL = 'gpt-4o-mini';

export interface LlmFlags {
  model?: string;
  baseUrl?: string;
  timeout?: string;
  responseFormat?: string;
}

/**
 * Provider settings from flags, then the environment (`OPENAI_API_KEY`, `OPENAI_BASE_URL`, `MOTIEMONITOR_MODEL`).
 * Returns an error message instead of throwing, so the CLI can show it as a user error.
 */
export function resolveOpenAiOptions(flags: LlmFlags, env: NodeJS.ProcessEnv = process.env): OpenAiProviderOptions | { error: string } {
  const baseURL = flags.baseUrl || env.OPENAI_BASE_URL || null;
  const apiKey = env.OPENAI_API_KEY || null;
  const model = flags.model || env.MOTIEMONITOR_MODEL || DEFAULT_MODEL;
  if (!apiKey && !baseURL) {
    return { error: 'set OPENAI_API_KEY for OpenAI, or give --base-url (or OPENAI_BASE_URL) for a local server such as Ollama (http://localhost:11434/v1)' };
  }
  if (baseURL && !/^https?:\/\//.test(baseURL)) return { error: `--base-url "${baseURL}" is not an http(s) URL` };
  const timeoutSeconds = flags.timeout === undefined ? 60 : Number(flags.timeout);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) return { error: `--timeout "${flags.timeout}" is not a number of seconds` };
  const responseFormat = (flags.responseFormat ?? 'json_schema') as ResponseFormat;
  if (!['json_schema', 'json_object', 'none'].includes(responseFormat)) {
    return { error: `--response-format "${flags.responseFormat}": use json_schema, json_object or none` };
  }
  return { apiKey, baseURL, model, timeoutMs: timeoutSeconds * 1000, responseFormat };
}
