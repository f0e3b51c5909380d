// Content terms of a plan item, for matching items across plans. Japanese has no spaces, so words
// come from Intl.Segmenter (built into Node and browsers, no dictionary to ship). Runs of adjacent
// content words are kept as compounds too (健康|寿命 → 健康寿命), because a compound says far more
// about what an item pursues than either word alone.

import { normalizeText } from './segmentWords';

/** Words that say how (推進, 充実, 強化 …) or where (地域, まち …) rather than what. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  (
    '推進 充実 強化 促進 整備 確保 向上 実現 活用 実施 事業 対応 構築 体制 取組 取り組み 取組み 取り組 等 ' +
    '図る 維持 創出 形成 展開 提供 検討 仕組み 基盤 環境 地域 市民 市 本市 まち づくり まちづくり 施策 ' +
    '適切 適正 効果 効果的 効率 効率的 的 化 性 関する 向け 様々 多様 機能 計画 管理 運営 運用 全体 ' +
    '一人ひとり 一人 ひとり 誰 持続 可能 持続可能 社会 活動 目指 目指す 高める 支援 必要 重要 新た ' +
    'など 充実強化 見直し 方向 方針 基本 目標 主 主な 各種 関係 関連 総合 総合的 積極 積極的 継続 ' +
    '取り 組み 等の 年度 令和 平成 状況 課題 現状 将来 未来 今後 ため 活性 活性化 振興 ' +
    '暮らし 暮らせる 住み 生活 安心 安全 安全安心 ひと 方々 世代 全て 向上 拡大 拡充 ' +
    '事項 取組事項 分野 制度 情報 サービス 意識 醸成 見据 据え 超 持つ 受入れ 者 世帯 プロジェクト 事業名 事業内容 応援 対策 快適 育む 豊か 輝く 元気 活力 魅力 笑顔 幸せ しあわせ 子ども こども 子供 予防 良い 多く 大切 ネットワーク システム'
  ).split(/\s+/),
);

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

/** The labeller's normal form (NFKC, no whitespace or markup, lower-case Latin), so both agree. */
export const normalizeForMatch = normalizeText;

const STARTS_WITH_HIRAGANA = /^\p{Script=Hiragana}/u;
const HAS_LETTER = /[\p{L}\p{N}]/u;

function isContentWord(word: string): boolean {
  if (!HAS_LETTER.test(word)) return false;
  // Particles, inflections and particle phrases (に関する, に対する) start with hiragana; the few
  // hiragana content words (まち, づくり) are generic anyway.
  if (STARTS_WITH_HIRAGANA.test(word)) return false;
  return !/^\d+$/.test(word);
}

export interface Terms {
  /** Content words and compounds, each once. */
  readonly terms: readonly string[];
  /** The subset that is not generic. */
  readonly specific: readonly string[];
  /** The subset made of two or more words. */
  readonly compounds: readonly string[];
}

/** Split normalized text into content words, adding each run of adjacent content words as a compound. */
export function extractTerms(text: string): Terms {
  // 福島イノベーション・コースト構想 is one name: a ・ between katakana words joins, not lists.
  const norm = normalizeForMatch(text).replace(
    /(?<=[\p{Script=Katakana}ー])・(?=\p{Script=Katakana})/gu,
    '',
  );
  const out = new Set<string>();
  const compounds = new Set<string>();
  let run: string[] = [];
  // A generic word inside a run splits it: 担い手|確保|育成 yields 担い手 and 育成, not 担い手確保育成.
  const flush = () => {
    let part: string[] = [];
    for (const w of [...run, '']) {
      if (w && !GENERIC_WORDS.has(w)) {
        part.push(w);
        continue;
      }
      if (part.length > 1) {
        out.add(part.join(''));
        compounds.add(part.join(''));
      }
      part = [];
    }
    run = [];
  };
  for (const { segment, isWordLike } of segmenter.segment(norm)) {
    if (isWordLike && isContentWord(segment)) {
      // A lone kanji (業, 者, 見) means little by itself; it still joins its neighbours' compound.
      if ([...segment].length > 1) out.add(segment);
      run.push(segment);
    } else {
      flush();
    }
  }
  flush();
  const terms = [...out];
  return {
    terms,
    specific: terms.filter((t) => !GENERIC_WORDS.has(t)),
    compounds: [...compounds],
  };
}
