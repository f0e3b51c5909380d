// Everything the slides are drawn from: the public data files, validated, as /present loads them.
import type { FeatureCollection } from 'geojson';
import type {
  Concepts,
  Evaluation,
  GeoIndex,
  Municipality,
  Plan,
  PlanIndex,
  Regions,
  Taxonomy,
} from '$lib/data/schemas';
import type { Shape } from '$lib/map/features';

export interface DeckData {
  index: PlanIndex;
  taxonomy: Taxonomy;
  concepts: Concepts;
  regions: Regions;
  municipalities: Municipality[];
  evaluation: Evaluation;
  geo: GeoIndex;
  land: FeatureCollection<Shape> | null;
  /** Every city's plan file, by city id: source documents and item titles. */
  plans: ReadonlyMap<string, Plan>;
}
