// Every data file the slides are drawn from, fetched in parallel when /present opens: the print
// deck draws all slides at once, so each slide's data is there from the start. One broken file
// settles the whole deck as that file's problem, which the page shows in place of the slides.
import { loadConcepts } from '$lib/data/contract/concepts';
import { loadEvaluation } from '$lib/data/contract/evaluation';
import { loadGeoIndex, loadTopology } from '$lib/data/contract/geo';
import { loadPlan } from '$lib/data/contract/plan';
import { loadIndex } from '$lib/data/contract/planIndex';
import { loadMunicipalities, loadRegions } from '$lib/data/contract/regions';
import { loadTaxonomy } from '$lib/data/contract/taxonomy';
import { settle, type Settled } from '$lib/data/load';
import { decodeLand } from '$lib/map/decode';
import type { DeckData } from './deckData';

export async function loadDeck(fetchFn: typeof fetch, base: string): Promise<Settled<DeckData>> {
  return settle(
    (async () => {
      const indexing = loadIndex(fetchFn, base);
      const plans = indexing.then((index) =>
        Promise.all(index.cities.map((c) => loadPlan(fetchFn, base, c.id))),
      );
      const geo = loadGeoIndex(fetchFn, base);
      const land = geo.then((g) => loadTopology(fetchFn, base, g.land.file));
      const [index, taxonomy, concepts, regions, municipalities, evaluation, g, topo, planList] =
        await Promise.all([
          indexing,
          loadTaxonomy(fetchFn, base),
          loadConcepts(fetchFn, base),
          loadRegions(fetchFn, base),
          loadMunicipalities(fetchFn, base),
          loadEvaluation(fetchFn, base),
          geo,
          land,
          plans,
        ]);
      return {
        index,
        taxonomy,
        concepts,
        regions,
        municipalities,
        evaluation,
        geo: g,
        land: decodeLand(topo, g.land.object),
        plans: new Map(planList.map((p) => [p.id, p])),
      };
    })(),
  );
}
