/**
 * Fuzzy string matching as the `fuzzyset` package does it (a port of
 * fuzzyset.js, which PostgREST uses for its "Perhaps you meant" hints):
 * cosine similarity of 3-grams (then 2-grams), re-ranked by Levenshtein
 * distance, keeping scores of at least 0.33.
 */

const MIN_SCORE = 0.33;
const GRAM_SIZES = [3, 2];
const NON_WORD = /[^a-zA-Z0-9\u00C0-\u00FF\u0621-\u064A\u0660-\u0669, ]+/g;

function gramCounts(value: string, size: number): Map<string, number> {
  let simplified = `-${value.toLowerCase().replace(NON_WORD, '')}-`;
  while (simplified.length < size) simplified += '-';
  const counts = new Map<string, number>();
  for (let i = 0; i + size <= simplified.length; i += 1) {
    const gram = simplified.slice(i, i + size);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function norm(counts: Map<string, number>): number {
  let sum = 0;
  for (const count of counts.values()) sum += count * count;
  return Math.sqrt(sum);
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

function distanceScore(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - levenshtein(a, b) / longest;
}

/** Scored matches for `query` among `candidates`, best first. */
export function fuzzyMatches(
  candidates: string[],
  query: string,
): { score: number; value: string }[] {
  const exact = new Map<string, string>();
  for (const candidate of candidates) {
    if (!exact.has(candidate.toLowerCase())) exact.set(candidate.toLowerCase(), candidate);
  }
  const normalizedQuery = query.toLowerCase();
  const exactMatch = exact.get(normalizedQuery);
  if (exactMatch !== undefined) return [{ score: 1, value: exactMatch }];

  const items = [...exact.keys()];
  for (const size of GRAM_SIZES) {
    const queryGrams = gramCounts(query, size);
    const queryNorm = norm(queryGrams);
    const scored: { score: number; value: string }[] = [];
    for (const item of items) {
      const itemGrams = gramCounts(item, size);
      let dot = 0;
      for (const [gram, count] of queryGrams) dot += count * (itemGrams.get(gram) ?? 0);
      if (dot > 0) scored.push({ score: dot / (queryNorm * norm(itemGrams)), value: item });
    }
    if (scored.length === 0) continue;
    scored.sort((a, b) => b.score - a.score);
    const reranked = scored
      .slice(0, 50)
      .map(({ value }) => ({ score: distanceScore(value, normalizedQuery), value }))
      .sort((a, b) => b.score - a.score)
      .filter(({ score }) => score >= MIN_SCORE)
      .map(({ score, value }) => ({ score, value: exact.get(value) as string }));
    if (reranked.length > 0) return reranked;
    // fuzzyset.js stops at the first gram size with any overlap, even when the
    // Levenshtein threshold then removes every candidate.
    return [];
  }
  return [];
}

/** Returns the best match for `query`, or null when nothing scores at least 0.33. */
export function fuzzyBest(candidates: string[], query: string): string | null {
  return fuzzyMatches(candidates, query)[0]?.value ?? null;
}
