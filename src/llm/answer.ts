/** Reading a model's answer: what every prompt set's parser (`PromptSet.combine`) starts from. */

/** Longer answers are refused unread: a real answer is a few hundred characters. Also bounds what the cache keeps. */
export const MAX_ANSWER_CHARS = 8_000;

/**
 * The fields of the first JSON object in an answer, keys in lower case; every prompt set's parser starts here.
 * Answers over `MAX_ANSWER_CHARS` are refused unread.
 */
export function answerFields(content: string): { ok: true; fields: Map<string, unknown> } | { ok: false; reason: string } {
  if (content.length > MAX_ANSWER_CHARS) return { ok: false, reason: `antwoord te lang (${content.length} tekens)` };
  const object = firstJsonObject(content);
  if (!object) return { ok: false, reason: 'antwoord is geen JSON-object' };
  return { ok: true, fields: new Map(Object.entries(object).map(([k, v]) => [k.toLowerCase(), v])) };
}

/** Whitespace runs to one space, ends trimmed. */
export function tidy(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function firstJsonObject(content: string): Record<string, unknown> | null {
  const whole = tryParse(content.trim());
  if (whole) return whole;
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(content);
  if (fenced) {
    const inFence = tryParse((fenced[1] ?? '').trim());
    if (inFence) return inFence;
  }
  // Leading or trailing prose: try each '{' with the brace that balances it (braces inside strings skipped).
  for (let start = content.indexOf('{'); start >= 0; start = content.indexOf('{', start + 1)) {
    const end = balancedEnd(content, start);
    if (end < 0) continue;
    const found = tryParse(content.slice(start, end + 1));
    if (found) return found;
  }
  return null;
}

function tryParse(s: string): Record<string, unknown> | null {
  if (!s.startsWith('{')) return null;
  try {
    const value: unknown = JSON.parse(s);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function balancedEnd(s: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < s.length; i++) {
    const c = s[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}
