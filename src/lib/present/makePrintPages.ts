// The print view's pages: one per category, one column per city, each column the city's items
// in that category in plan order. Pure; the route lays it out.
import type { CategoryId, PlanItem } from '$lib/data/schemas';

export interface PrintablePlan {
  id: string;
  items: readonly PlanItem[];
}

export interface PrintColumn {
  city: string;
  items: PlanItem[];
}

export interface PrintPage {
  category: CategoryId;
  columns: PrintColumn[];
}

export function makePrintPages(
  plans: readonly PrintablePlan[],
  categories: readonly CategoryId[],
): PrintPage[] {
  return categories.map((category) => ({
    category,
    columns: plans.map((plan) => ({
      city: plan.id,
      items: plan.items.filter((item) => item.categories?.includes(category)),
    })),
  }));
}
