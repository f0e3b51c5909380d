// The slide PNG: the view's first chart framed by lib/export (title, legend, 出典 footer), fitted
// onto 1920×1080. Imported on click only, like the other exports.
import { composeChartSvg, downloadBlob, svgToPng } from '$lib/export/chartSvg';
import { fitSlide } from './fitSlide';
import { pickSlideChart } from './slideCharts';

/** Downloads the PNG; false when the view offers no drawn chart. */
export async function exportSlidePng(slideTitle: string | null, filename: string) {
  const picked = pickSlideChart();
  if (!picked) return false;
  const { chart, svg, footer } = picked;
  const title = slideTitle ? `${slideTitle}：${chart.title}` : chart.title;
  const file = composeChartSvg({ svg, title, legend: chart.legend ?? [], footer });
  downloadBlob(await svgToPng(fitSlide(file).svg, 1), `${filename}.png`);
  return true;
}
