// Adds categories and SDGs to plan items. This is a stub that returns the plans unchanged; the
// labelling step replaces it.
import type { Plan } from '../src/lib/data/schemas';

export function labelPlans(plans: Plan[]): Plan[] {
  return plans;
}
