// The coarse kinds the map groups frameworks by. The contract's `kind` holds the Japanese label;
// the source's own wording stays in `kindDetail`.

export const FRAMEWORK_KINDS = [
  { ja: '連携中枢都市圏', en: 'Cooperative central metropolitan area' },
  { ja: '定住自立圏', en: 'Settlement and self-reliance area' },
  { ja: '一部事務組合', en: 'Partial-affairs association' },
  { ja: '広域連合', en: 'Wide-area union' },
  { ja: '協議会・共同処理', en: 'Council or joint service' },
  { ja: '広域プロジェクト', en: 'Regional project' },
] as const;

export type FrameworkKind = (typeof FRAMEWORK_KINDS)[number]['ja'];

export const KIND_NAMES: readonly string[] = FRAMEWORK_KINDS.map((k) => k.ja);

/** The labels of a framework's `kind`; a kind added by a later ingest shows as itself. */
export function findKind(kind: string): { ja: string; en: string } {
  return FRAMEWORK_KINDS.find((k) => k.ja === kind) ?? { ja: kind, en: kind };
}
