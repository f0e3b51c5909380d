import { getContext, setContext } from 'svelte';
import type { ScaleBand, ScaleLinear } from 'd3';
import type { Margin } from './context';

/** What a BandFrame shares with its layers; getters, so layers follow resizes. */
export interface BandContext {
  readonly width: number;
  readonly height: number;
  readonly margin: Margin;
  /** One band per column (category, SDG goal). */
  readonly x: ScaleBand<string>;
  /** One band per row (city, category). */
  readonly y: ScaleBand<string>;
  /** A value scale across the plotting width, for bars. */
  readonly value: ScaleLinear<number, number>;
}

const BAND = Symbol('band-chart');

export function setBandContext(ctx: BandContext): BandContext {
  return setContext(BAND, ctx);
}

export function getBandContext(): BandContext {
  const ctx = getContext<BandContext | undefined>(BAND);
  if (!ctx) throw new Error('Band chart layers must sit inside a BandFrame');
  return ctx;
}
