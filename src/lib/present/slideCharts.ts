// The charts the current view offers for a slide PNG. Export menus register theirs while they are
// mounted, so presentation mode reuses the same chart, legend and source footer as the chart
// downloads instead of guessing them from the page. A plain module: read at click time only.

export interface SlideChart {
  title: string;
  svg: () => SVGSVGElement | null | undefined;
  legend?: readonly { label: string; color: string }[];
}

export interface SlideChartOffer {
  charts: () => readonly SlideChart[];
  /** The source lines under the chart: 出典 and each plan shown. */
  footer: () => string[];
}

const offers = new Set<SlideChartOffer>();

/** Registers an offer; returns the function that withdraws it (an $effect's cleanup). */
export function offerSlideCharts(offer: SlideChartOffer): () => void {
  offers.add(offer);
  return () => offers.delete(offer);
}

/** The first chart on the page that is drawn, with its footer. */
export function pickSlideChart(): {
  chart: SlideChart;
  svg: SVGSVGElement;
  footer: string[];
} | null {
  for (const offer of offers) {
    for (const chart of offer.charts()) {
      const svg = chart.svg();
      if (svg && svg.getBoundingClientRect().width > 0)
        return { chart, svg, footer: offer.footer() };
    }
  }
  return null;
}
