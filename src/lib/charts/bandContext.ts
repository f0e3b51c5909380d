import { getContext, setContext } from 'svelte';
import type { Margin } from './context';
import type { BandScale, LinearScale } from './scales';

/** What a BandFrame shares with its layers; getters, so layers follow resizes. */
export interface BandContext {
  readonly width: number;
  readonly height: number;
  readonly margin: Margin;
  /** One band per column (category, SDG goal). */
  readonly x: BandScale;
  /** One band per row (city, category). */
  readonly y: BandScale;
  /** A value scale across the plotting width, for bars. */
  readonly value: LinearScale;
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
