// What each city's source documents cover. The four seed texts are not four whole plans (a city
// bulletin's overview plus one chapter, a 概要版, a draft 序論, a summary), and the slides must say
// so. The data contract has no `scope` field yet; until it does, the scope is read here, and only
// here, from the plan file's source titles and the items drawn from each, so that the field can
// replace this one function.
import type { CategoryId, Plan } from '$lib/data/schemas';

export type DocumentPart = 'bulletin' | 'summary' | 'introduction' | 'chapter' | 'draft';

export interface ScopeDocument {
  file: string;
  title: string;
  /** What part of a plan the title says the document is, in the order of PARTS. */
  parts: DocumentPart[];
  items: number;
  /** The category most of its items carry (ties: taxonomy order), and how many do. */
  topCategory: CategoryId | null;
  topCount: number;
}

export interface PlanScope {
  city: string;
  documents: ScopeDocument[];
  /** Every document names itself as a part of a plan, not the whole of one. */
  partial: boolean;
}

const PARTS: readonly [DocumentPart, RegExp][] = [
  ['bulletin', /広報|紹介記事/],
  ['summary', /概要/],
  ['introduction', /序論/],
  ['chapter', /方策の柱|第.+章|[^文]章$/],
  ['draft', /[（(]案[）)]/],
];

export function readPlanScope(
  plan: Pick<Plan, 'id' | 'sources' | 'items'>,
  categories: readonly CategoryId[],
): PlanScope {
  const documents = plan.sources.map((source) => {
    const items = plan.items.filter((item) => item.source.file === source.file);
    let topCategory: CategoryId | null = null;
    let topCount = 0;
    for (const category of categories) {
      const count = items.filter((item) => item.categories?.includes(category)).length;
      if (count > topCount) [topCategory, topCount] = [category, count];
    }
    const parts = PARTS.filter(([, pattern]) => pattern.test(source.title)).map(([part]) => part);
    return {
      file: source.file,
      title: source.title,
      parts,
      items: items.length,
      topCategory,
      topCount,
    };
  });
  return {
    city: plan.id,
    documents,
    partial: documents.length > 0 && documents.every((d) => d.parts.length > 0),
  };
}

/**
 * The one chapter of a city's documents whose items lean to `category`, when there is one: a
 * city whose source is one chapter leans to that chapter's subject, and a slide on emphasis says
 * so. Null when no chapter of the city carries `category` on most of its items.
 */
export function findLeaningChapter(scope: PlanScope, category: CategoryId): ScopeDocument | null {
  return (
    scope.documents.find(
      (d) => d.parts.includes('chapter') && d.topCategory === category && d.topCount * 2 > d.items,
    ) ?? null
  );
}
