import { getContext, setContext } from 'svelte';
import type { BandScale, LinearScale } from './scales';

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
  readonly x: LinearScale;
  readonly y: BandScale;
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
