import { describe, expect, it } from 'vitest';
import { estimateCost, loadPrices } from '../../src/llm/prices.js';

describe('estimateCost', () => {
  it('uses the price table, dated model names, and says null for unknown models', () => {
    expect(estimateCost('gpt-4o-mini', 1_000_000, 1_000_000)).toBeCloseTo(0.75, 10);
    expect(estimateCost('gpt-4o-mini-2024-07-18', 2_000_000, 0)).toBeCloseTo(0.3, 10);
    expect(estimateCost('llama3.1:8b', 1000, 1000)).toBeNull();
    expect(estimateCost('llama3.1:8b', 1000, 1000, { 'llama3.1:8b': { in: 0, out: 0 } })).toBe(0);
    expect(() => loadPrices('package.json')).toThrow(/needs numbers "in" and "out"/);
  });
});
