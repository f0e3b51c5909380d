// Interaction speed on /compare, measured in Chromium for the 4 real cities and for 20, 50 and 100
// synthetic ones (clones of the real plans). Each change is real input (a key press on the category menu, a click
// on a city's checkbox), and two times are taken in the page:
// - repaint: the browser's own Event Timing figure, from the input to the next frame painted after
//   its handlers ran (what INP measures). Event Timing reports nothing under 16 ms, so a repaint
//   within one frame reads as below 16.
// - settled: from the input (its Event Timing start, or for an event quicker than Event Timing
//   reports, the time its pointerdown or keydown reached the page) until the frame after the last
//   DOM change it caused (rows that follow in later frames, the URL catching up) has begun.
// Each figure is the median of REPEATS changes; the report also gives how settled time grows with
// the number of cities (settledGrowth in budgets.ts).
import { chromium, type Page } from 'playwright-core';
import { makeSyntheticData, serveSyntheticData } from './synthetic';

export interface InteractionFigures {
  cities: number;
  /** Medians in ms; a repaint below Event Timing's 16 ms floor is reported as 0. */
  categoryMs: number;
  citiesMs: number;
  categorySettledMs: number;
  citiesSettledMs: number;
  /** Every change's settled time, in the order measured. */
  categorySettled?: number[];
  citiesSettled?: number[];
}

/** Changes of each kind per city count; each figure is their median. */
export const REPEATS = 5;
export const CITY_COUNTS = [4, 20, 50, 100];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Probe {
  t0: number;
  /** When the input reached the page (the first pointerdown or keydown after t0), or 0. */
  input: number;
  /** Removes the input listeners. */
  inputs: AbortController;
  last: number;
  entries: { name: string; start: number; duration: number }[];
  observers: { disconnect(): void }[];
}

async function timeChange(page: Page, input: () => Promise<void>) {
  await page.evaluate(() => {
    const probe: Probe = {
      t0: performance.now(),
      input: 0,
      inputs: new AbortController(),
      last: 0,
      entries: [],
      observers: [],
    };
    (window as unknown as { __probe: Probe }).__probe = probe;
    // Event Timing reports only events of 16 ms or more; for a quicker one, the time its input
    // reached the page (not when the harness began sending it, which adds its own round trips).
    // (Listeners passed inline: a named function here would reach the page under tsx's __name.)
    for (const type of ['pointerdown', 'keydown'])
      window.addEventListener(
        type,
        (e) => {
          if (!probe.input) probe.input = e.timeStamp;
        },
        { capture: true, signal: probe.inputs.signal },
      );
    const events = new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        probe.entries.push({ name: e.name, start: e.startTime, duration: e.duration });
    });
    events.observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    const dom = new MutationObserver(() => (probe.last = performance.now()));
    dom.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    probe.observers.push(events, dom);
  });
  await input();
  return page.evaluate(async () => {
    const probe = (window as unknown as { __probe: Probe }).__probe;
    // Frame by frame until 300 ms pass without a DOM change.
    const frames: number[] = [];
    for (let quiet = 0; quiet < 300;) {
      await new Promise((r) => requestAnimationFrame(r));
      frames.push(performance.now());
      quiet = performance.now() - Math.max(probe.last, probe.t0);
    }
    const settled = frames.find((t) => t > probe.last)!;
    // Event Timing entries are delivered after their frame; one more frame makes sure.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    for (const o of probe.observers) o.disconnect();
    probe.inputs.abort();
    if (!probe.last) throw new Error('the input changed nothing');
    const ours = probe.entries.filter((e) => e.start >= probe.t0);
    const start = Math.min(...ours.map((e) => e.start), probe.input || probe.t0);
    return {
      repaint: ours.length ? Math.max(...ours.map((e) => e.duration)) : 0,
      settled: settled - start,
    };
  });
}

async function measure(page: Page): Promise<Omit<InteractionFigures, 'cities'>> {
  await page.goto('/compare?cat=administration');
  await page.locator('#grid article[data-item]').first().waitFor({ timeout: 60_000 });
  const menu = page.locator('#grid select');
  const category = [];
  // Down and up again through the menu: each press picks the neighbouring category.
  for (let i = 0; i < REPEATS; i++) {
    await menu.focus();
    category.push(
      await timeChange(page, () => page.keyboard.press(i % 2 ? 'ArrowUp' : 'ArrowDown')),
    );
  }
  const cities = [];
  // The second city, off and on again.
  const box = page.locator('fieldset.city-picker li:nth-of-type(2) input');
  for (let i = 0; i < REPEATS; i++) cities.push(await timeChange(page, () => box.click()));
  return {
    categoryMs: median(category.map((c) => c.repaint)),
    citiesMs: median(cities.map((c) => c.repaint)),
    categorySettledMs: median(category.map((c) => c.settled)),
    citiesSettledMs: median(cities.map((c) => c.settled)),
    categorySettled: category.map((c) => Math.round(c.settled)),
    citiesSettled: cities.map((c) => Math.round(c.settled)),
  };
}

export async function benchInteraction(origin: string, dataRoot: string, sizes = CITY_COUNTS) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const out: InteractionFigures[] = [];
  try {
    for (const n of sizes) {
      const data = makeSyntheticData(dataRoot, n);
      const context = await browser.newContext({
        baseURL: origin,
        serviceWorkers: 'block',
        viewport: { width: 1280, height: 900 },
      });
      const page = await context.newPage();
      if (n !== 4) await serveSyntheticData(page, data);
      console.error(`  ${n} cities…`);
      out.push({ cities: n, ...(await measure(page)) });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}
