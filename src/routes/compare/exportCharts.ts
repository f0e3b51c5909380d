// What the export menu offers to download as images on /compare: the heat map in its current
// metric, the SDG strip, and each city's emphasis chart. Loaded with the export menu's panel (when
// the reader points at or focuses the tools), not with the page.
import type { ExportableChart } from '$lib/components/ExportMenu.svelte';
import { LEVELS, levelRank } from '$lib/analysis/categoryLevels';
import { heatFill } from '$lib/charts/heatmap';
import type { Lang } from '$lib/i18n/lang';
import type { Messages } from './messages';
import type { Metric } from './compareState.svelte';

export interface CompareFigures {
  heat: HTMLElement | null;
  sdg: HTMLElement | null;
  emphasis: HTMLElement | null;
}

export interface CompareChartsInput {
  t: Messages;
  lang: Lang;
  metric: Metric;
  metricName: string;
  cities: ReadonlyArray<{ id: string; name: Record<Lang, string> }>;
  /** Read when an image is asked for, so the charts drawn by then are found. */
  figures: () => CompareFigures;
}

export function compareCharts({
  t,
  lang,
  metric,
  metricName,
  cities,
  figures,
}: CompareChartsInput): ExportableChart[] {
  return [
    {
      id: `heatmap-${metric}`,
      title: `${t.matrixHeading}（${metricName}）`,
      svg: () => figures().heat?.querySelector('svg'),
      legend:
        metric === 'level'
          ? LEVELS.map((level) => ({
              label: t.levelName[level],
              color: heatFill(levelRank(level), LEVELS.length),
            }))
          : [
              { label: t.legendLow, color: heatFill(0, 1) },
              { label: t.legendHigh, color: heatFill(1, 1) },
            ],
    },
    {
      id: 'sdgs',
      title: t.sdgHeading,
      svg: () => figures().sdg?.querySelector('svg'),
      legend: [{ label: t.legendNoSdg, color: '#eef0f3' }],
    },
    ...cities.map((c) => ({
      id: `emphasis-${c.id}`,
      title: t.emphasisLabel(c.name[lang]),
      svg: () => figures().emphasis?.querySelector<SVGSVGElement>(`[data-city="${c.id}"] svg`),
      legend: [{ label: t.metricShare, color: '#1f5fa8' }],
      cities: [c.id],
    })),
  ];
}
