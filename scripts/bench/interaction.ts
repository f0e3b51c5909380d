// Interaction speed on /compare, measured in Chromium: the time from a category or city change
// until the DOM stops changing, for 4 real cities and for 50 synthetic ones (clones of the real
// plans). The change is dispatched inside the page and every DOM mutation is timestamped there, so
// the figure is the page's own work, not Playwright's round trips.
import { chromium, type Page } from 'playwright-core';
import { makeSyntheticData } from './synthetic';

export interface InteractionFigures {
  cities: number;
  categoryMs: number;
  citiesMs: number;
}

const REPEATS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs `act` in the page and returns ms until the last DOM mutation it caused (300 ms quiet). */
async function timeChange(page: Page, act: string, arg: string): Promise<number> {
  return page.evaluate(
    async ([act, arg]) => {
      let last = 0;
      const observer = new MutationObserver(() => (last = performance.now()));
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      const t0 = performance.now();
      if (act === 'category') {
        const select = document.querySelector<HTMLSelectElement>('#grid select')!;
        select.value = arg;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        document
          .querySelector<HTMLInputElement>(`fieldset.city-picker li:nth-of-type(${arg}) input`)!
          .click();
      }
      for (let quiet = 0; quiet < 300;) {
        await new Promise((r) => setTimeout(r, 50));
        quiet = performance.now() - Math.max(last, t0);
      }
      observer.disconnect();
      if (last === 0) throw new Error(`${act} ${arg}: nothing changed`);
      return last - t0;
    },
    [act, arg] as const,
  );
}

async function measure(page: Page): Promise<Omit<InteractionFigures, 'cities'>> {
  const categories = ['health', 'children', 'industry', 'safety'];
  await page.goto('/compare?cat=administration');
  await page.locator('#grid article[data-item]').first().waitFor({ timeout: 60_000 });
  const category: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    category.push(await timeChange(page, 'category', categories[i % categories.length]!));
  }
  const cities: number[] = [];
  // The second city, off and on again: an even count leaves the view as it was.
  for (let i = 0; i < REPEATS + 1; i++) cities.push(await timeChange(page, 'city', '2'));
  return { categoryMs: median(category), citiesMs: median(cities) };
}

export async function benchInteraction(origin: string, dataRoot: string, sizes = [4, 50]) {
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
      if (n !== 4) {
        await page.route('**/data/index.json', (r) => r.fulfill({ json: data.index }));
        await page.route('**/data/concepts.json', (r) => r.fulfill({ json: data.concepts }));
        await page.route('**/data/plans/*.json', (r) => {
          const id = new URL(r.request().url()).pathname
            .split('/')
            .pop()!
            .replace(/\.json$/, '');
          const plan = data.plan(id);
          return plan ? r.fulfill({ json: plan }) : r.continue();
        });
      }
      out.push({ cities: n, ...(await measure(page)) });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}
