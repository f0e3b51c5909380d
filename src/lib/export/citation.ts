// A ready-to-paste reference for a view, in Japanese and in English. The URL carries the view's
// state (cities, concept, query, language), so the reference reproduces what the reader saw.
import type { Localized } from '$lib/data/schemas';

export interface CitedPlan {
  city: Localized;
  title: string;
  /** What the city's text is (概要版, 一部の章 …): a figure from unlike documents must say so. */
  kinds?: Localized;
}

export interface CitationInput {
  site: Localized;
  view: Localized;
  plans: readonly CitedPlan[];
  url: string;
  accessed: Date;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The access date as a calendar date where the reader is, not in UTC. */
export function formatAccessDate(date: Date): Localized {
  const y = date.getFullYear();
  const m = date.getMonth() + 1;
  const d = date.getDate();
  return { ja: `${y}年${m}月${d}日`, en: `${y}-${pad(m)}-${pad(d)}` };
}

export function makeCitation(input: CitationInput): Localized {
  const date = formatAccessDate(input.accessed);
  const jaPlans = input.plans
    .map((p) => `${p.city.ja}「${p.title}」${p.kinds ? `（資料：${p.kinds.ja}）` : ''}`)
    .join('、');
  const enPlans = input.plans
    .map((p) => `${p.city.en}, “${p.title}”${p.kinds ? ` (text: ${p.kinds.en})` : ''}`)
    .join('; ');
  return {
    ja: `${input.site.ja}「${input.view.ja}」（${jaPlans}を加工して作成）${input.url}（${date.ja}閲覧）`,
    en: `${input.site.en}. “${input.view.en}.” Based on the comprehensive plans of ${enPlans}. ${input.url} (accessed ${date.en}).`,
  };
}
