import { readFileSync } from 'node:fs';

/** US dollars per million tokens, in and out. */
export interface Price {
  in: number;
  out: number;
}

/**
 * List prices (standard tier, USD per 1M tokens) as published by OpenAI; check them before relying on the estimate,
 * and pass `--prices file.json` (`{"model": {"in": 0.15, "out": 0.6}}`) for other models or servers.
 * Local servers (Ollama, llama.cpp, vLLM) cost nothing per token: give them `{"in": 0, "out": 0}`.
 */
export const DEFAULT_PRICES: Record<string, Price> = {
  'gpt-4o-mini': { in: 0.15, out: 0.6 },
  'gpt-4o': { in: 2.5, out: 10 },
  'gpt-4.1-nano': { in: 0.1, out: 0.4 },
  'gpt-4.1-mini': { in: 0.4, out: 1.6 },
  'gpt-4.1': { in: 2, out: 8 },
  'gpt-3.5-turbo': { in: 0.5, out: 1.5 },
  'gpt-3.5-turbo-instruct': { in: 1.5, out: 2 },
};

export function loadPrices(file: string | null): Record<string, Price> {
  if (!file) return DEFAULT_PRICES;
  const extra = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Price>;
  for (const [model, p] of Object.entries(extra)) {
    if (typeof p?.in !== 'number' || typeof p?.out !== 'number') throw new Error(`${file}: price of "${model}" needs numbers "in" and "out" (USD per 1M tokens)`);
  }
  return { ...DEFAULT_PRICES, ...extra };
}

/** Estimated cost in USD, or null when the model has no price. A dated model name (`gpt-4o-mini-2024-07-18`) uses its base price. */
export function estimateCost(model: string, tokensIn: number, tokensOut: number, prices: Record<string, Price> = DEFAULT_PRICES): number | null {
  const price = prices[model] ?? prices[model.replace(/-\d{4}-\d{2}-\d{2}$/, '')];
  if (!price) return null;
  return (tokensIn * price.in + tokensOut * price.out) / 1_000_000;
}
