// The coarse kinds the map groups frameworks by. The contract's `kind` holds the Japanese label;
// the source's own wording stays in `kindDetail`. Colours come from the Okabe–Ito set so that
// overlapping hulls stay tellable apart with common colour-vision deficiencies.

export const FRAMEWORK_KINDS = [
  { ja: '連携中枢都市圏', en: 'Cooperative central metropolitan area', color: '#0072B2' },
  { ja: '定住自立圏', en: 'Settlement and self-reliance area', color: '#009E73' },
  { ja: '一部事務組合', en: 'Partial-affairs association', color: '#D55E00' },
  { ja: '広域連合', en: 'Wide-area union', color: '#7A5195' },
  { ja: '協議会・共同処理', en: 'Council or joint service', color: '#B8860B' },
  { ja: '広域プロジェクト', en: 'Regional project', color: '#CC79A7' },
] as const;

export type FrameworkKind = (typeof FRAMEWORK_KINDS)[number]['ja'];

export const KIND_NAMES: readonly string[] = FRAMEWORK_KINDS.map((k) => k.ja);

/** The kind entry for a framework's `kind`; unknown kinds (a later ingest) fall back to grey. */
export function findKind(kind: string): { ja: string; en: string; color: string } {
  return FRAMEWORK_KINDS.find((k) => k.ja === kind) ?? { ja: kind, en: kind, color: '#666666' };
}
