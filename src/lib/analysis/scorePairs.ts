// Pair precision and recall for the concept matcher: does it call two items from different
// cities "the same concept" exactly when the evaluation set says so?

export interface GoldPair {
  a: string;
  b: string;
  same: boolean;
}

export interface PairReport {
  pairs: number;
  /** Pairs whose items are not in the plans (not scored). */
  missing: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** `judge` returns undefined when an item of the pair cannot be found. */
export function scorePairs(
  pairs: readonly GoldPair[],
  judge: (a: string, b: string) => boolean | undefined,
): PairReport {
  const r = { tp: 0, fp: 0, fn: 0, tn: 0, missing: 0 };
  for (const p of pairs) {
    const same = judge(p.a, p.b);
    if (same === undefined) r.missing++;
    else if (same && p.same) r.tp++;
    else if (same && !p.same) r.fp++;
    else if (!same && p.same) r.fn++;
    else r.tn++;
  }
  const precision = ratio(r.tp, r.tp + r.fp);
  const recall = ratio(r.tp, r.tp + r.fn);
  return {
    pairs: pairs.length,
    ...r,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}

export interface OperatingPoint {
  threshold: number;
  precision: number;
  recall: number;
}

/**
 * Precision and recall if pairs were called "same" at score ≥ threshold, for every distinct score:
 * shows whether any cut of the matcher's score would meet a target.
 */
export function sweepPairScores(
  pairs: readonly GoldPair[],
  scoreOf: (a: string, b: string) => number | undefined,
): OperatingPoint[] {
  const scored = pairs.flatMap((p) => {
    const score = scoreOf(p.a, p.b);
    return score === undefined ? [] : [{ score, same: p.same }];
  });
  const positives = scored.filter((s) => s.same).length;
  const thresholds = [...new Set(scored.map((s) => s.score))].sort((a, b) => b - a);
  return thresholds.map((threshold) => {
    const called = scored.filter((s) => s.score >= threshold);
    const tp = called.filter((s) => s.same).length;
    return {
      threshold,
      precision: ratio(tp, called.length),
      recall: ratio(tp, positives),
    };
  });
}
