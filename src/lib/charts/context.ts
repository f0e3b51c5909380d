import { getContext, setContext } from 'svelte';
import type { ScaleBand, ScaleLinear } from 'd3';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** What a frame shares with its layers; getters, so layers follow resizes. */
export interface ChartContext {
  readonly width: number;
  readonly height: number;
  readonly margin: Margin;
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleBand<string>;
}

const CHART = Symbol('chart');

export function setChartContext(ctx: ChartContext): ChartContext {
  return setContext(CHART, ctx);
}

export function getChartContext(): ChartContext {
  const ctx = getContext<ChartContext | undefined>(CHART);
  if (!ctx) throw new Error('Chart layers must sit inside a ChartFrame');
  return ctx;
}
