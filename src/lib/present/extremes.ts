// The largest and smallest of a few counted values, with ties kept together, for titles such as
// "X has the most, Y the fewest". Pure.

export interface Counted {
  id: string;
  value: number;
}

export interface Extremes {
  /** Ids sharing the largest value, in input order. */
  most: string[];
  max: number;
  /** Ids sharing the smallest value; empty when every value is the same. */
  least: string[];
  min: number;
}

export function findExtremes(values: readonly Counted[]): Extremes {
  if (values.length === 0) return { most: [], max: 0, least: [], min: 0 };
  const max = Math.max(...values.map((v) => v.value));
  const min = Math.min(...values.map((v) => v.value));
  const ids = (n: number) => values.filter((v) => v.value === n).map((v) => v.id);
  return { most: ids(max), max, least: min === max ? [] : ids(min), min };
}
