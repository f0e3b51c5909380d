// The `cities` URL parameter (?cities=iwaki,hiratsuka): which cities a view compares and in what
// order. The list of known ids always comes from index.json, so a city added by the ingest command
// is accepted without code changes. Anything unknown is dropped and reported, never fatal.

export interface ParsedCities {
  /** The cities to show, in the order asked for; every known city when nothing usable was asked. */
  cities: string[];
  /** Raw values that were ignored (unknown ids, duplicates), for a visible notice. */
  rejected: string[];
}

/** Splits, trims and lower-cases `raw`; keeps known ids once each, in the order given. */
export function parseCities(raw: string | null, known: readonly string[]): ParsedCities {
  if (raw === null || raw.trim() === '') return { cities: [...known], rejected: [] };
  const cities: string[] = [];
  const rejected: string[] = [];
  for (const part of raw.split(',')) {
    const value = part.trim();
    if (value === '') continue;
    const id = value.toLowerCase();
    if (known.includes(id) && !cities.includes(id)) cities.push(id);
    else rejected.push(value);
  }
  // An all-invalid list would leave an empty view; showing every city is the useful fallback.
  return { cities: cities.length ? cities : [...known], rejected };
}

/**
 * The parameter value for `cities`, or null when it is the default (every known city in index
 * order), so the plain link stays canonical.
 */
export function formatCities(cities: readonly string[], known: readonly string[]): string | null {
  const isDefault = cities.length === known.length && cities.every((c, i) => c === known[i]);
  return isDefault ? null : cities.join(',');
}

/** `cities` with `id` moved by `delta` places (clamped); unchanged when `id` is not in it. */
export function moveCity(cities: readonly string[], id: string, delta: number): string[] {
  const from = cities.indexOf(id);
  if (from < 0) return [...cities];
  const to = Math.max(0, Math.min(cities.length - 1, from + delta));
  const next = cities.filter((c) => c !== id);
  next.splice(to, 0, id);
  return next;
}

/**
 * `cities` with `id` added (at the end) or removed. The last city cannot be removed: a comparison
 * of nothing is never what the reader wants.
 */
export function toggleCity(cities: readonly string[], id: string): string[] {
  if (!cities.includes(id)) return [...cities, id];
  return cities.length > 1 ? cities.filter((c) => c !== id) : [...cities];
}
