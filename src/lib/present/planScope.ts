// What each city's source documents cover, from the data contract's `sources[].scope` (written by
// the build from the curation file, or by the reader from the text), with the items drawn from
// each document and the category most of them carry. The four seed texts are not four whole plans
// (a city bulletin's overview plus one chapter, a 概要版, a draft 序論, a summary), and the slides
// must say so. Pure.
import type { CategoryId, DocumentKind, DocumentScope, Plan } from '$lib/data/schemas';
import { scopesOf } from '$lib/data/documentScope';

export interface ScopeDocument {
  file: string;
  title: string;
  /** What the document is, as the data says (unknown when the plan file does not say). */
  kind: DocumentKind;
  scope: DocumentScope;
  items: number;
  /** The category most of its items carry (ties: taxonomy order), and how many do. */
  topCategory: CategoryId | null;
  topCount: number;
}

export interface PlanScope {
  city: string;
  documents: ScopeDocument[];
  /** No document is the whole plan. */
  partial: boolean;
}

export function readPlanScope(
  plan: Pick<Plan, 'id' | 'sources' | 'items'>,
  categories: readonly CategoryId[],
): PlanScope {
  const scopes = scopesOf(plan);
  const documents = plan.sources.map((source, i) => {
    const items = plan.items.filter((item) => item.source.file === source.file);
    let topCategory: CategoryId | null = null;
    let topCount = 0;
    for (const category of categories) {
      const count = items.filter((item) => item.categories?.includes(category)).length;
      if (count > topCount) [topCategory, topCount] = [category, count];
    }
    const scope = scopes[i]!;
    return {
      file: source.file,
      title: source.title,
      kind: scope.kind,
      scope,
      items: items.length,
      topCategory,
      topCount,
    };
  });
  return {
    city: plan.id,
    documents,
    partial: documents.length > 0 && documents.every((d) => d.kind !== 'whole'),
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
      (d) => d.kind === 'chapters' && d.topCategory === category && d.topCount * 2 > d.items,
    ) ?? null
  );
}
