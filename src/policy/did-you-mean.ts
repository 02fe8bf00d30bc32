/** The closest candidate to a misspelt key, e.g. `fail_on` -> `fail-on`, or undefined when none is close. */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  const normalized = normalize(input);
  const exact = candidates.find((candidate) => normalize(candidate) === normalized);
  if (exact !== undefined) return exact;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(normalized, normalize(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const tolerance = Math.max(1, Math.floor(normalized.length / 4));
  return bestDistance <= tolerance ? best : undefined;
}

function normalize(key: string): string {
  return key
    .slice(0, 100)
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[_\s]+/g, '-');
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}
