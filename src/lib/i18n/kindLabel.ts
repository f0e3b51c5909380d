// Names of the item kinds (priority, policy, measure …) in both languages, for the pages that
// list plan items.
import type { ItemKind } from '$lib/data/schemas';
import type { Lang } from './lang';

const KIND_LABELS: Record<Lang, Record<ItemKind, string>> = {
  ja: {
    priority: '重点事項',
    viewpoint: '視点',
    principle: '基本姿勢',
    goal: '目標',
    policy: '施策',
    method: '手法',
    project: 'プロジェクト',
    theme: 'テーマ',
    measure: '取組',
    issue: '課題',
    context: '背景',
    strategy: '戦略',
    approach: '考え方',
  },
  en: {
    priority: 'Priority',
    viewpoint: 'Viewpoint',
    principle: 'Principle',
    goal: 'Goal',
    policy: 'Policy',
    method: 'Method',
    project: 'Project',
    theme: 'Theme',
    measure: 'Measure',
    issue: 'Issue',
    context: 'Context',
    strategy: 'Strategy',
    approach: 'Approach',
  },
};

/** Kinds come from the data, so an unknown one (a later schema addition) falls back to its id. */
export function kindLabel(lang: Lang, kind: string): string {
  return (KIND_LABELS[lang] as Record<string, string>)[kind] ?? kind;
}
