import { expect, test, type Page } from './test';
import { index } from './data';

// Tab through each route: every visible control must take focus in turn, and the focused control
// must show it (an outline or a ring on itself, on an ancestor within two levels, or on a child).
const ROUTES = [
  { path: '/', ready: 'article[data-city]' },
  { path: '/compare?cat=health', ready: '#grid article[data-item]' },
  { path: '/shared', ready: 'article[data-concept]' },
  { path: '/plans/iwaki', ready: '[data-testid="outline"]' },
  { path: '/search?q=防災', ready: '[data-testid="search-summary"]' },
  { path: '/method', ready: 'main h2' },
  { path: '/regions', ready: 'main h2' },
];

const CONTROLS =
  'a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** Marks every visible, tabbable control with data-kbd=<n> and returns how many there are. */
async function markControls(page: Page): Promise<number> {
  return page.evaluate((selector) => {
    const all = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
      if (el.closest('[inert], [aria-hidden="true"]')) return false;
      // A closed <details> keeps its content out of the tab order; its summary is the stop.
      const closed = el.closest('details:not([open])');
      if (closed && el.tagName !== 'SUMMARY') return false;
      if (el instanceof HTMLInputElement && el.type === 'radio' && !el.checked) {
        // One stop per radio group: the checked one (or the first when none is).
        const group = document.querySelectorAll<HTMLInputElement>(
          `input[type=radio][name="${el.name}"]`,
        );
        if ([...group].some((r) => r.checked) || group[0] !== el) return false;
      }
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
    });
    all.forEach((el, i) => el.setAttribute('data-kbd', String(i)));
    return all.length;
  }, CONTROLS);
}

/** Whether the focused element, an ancestor (two levels) or a child draws a focus indicator. */
async function focusShows(
  page: Page,
): Promise<{ id: string | null; shows: boolean; what: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { id: null, shows: false, what: 'body' };
    const drawn = (e: Element | null) => {
      if (!e) return false;
      const s = getComputedStyle(e);
      return (
        (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) ||
        s.boxShadow !== 'none' ||
        (e instanceof SVGElement && s.stroke !== 'none' && parseFloat(s.strokeWidth) >= 2)
      );
    };
    const shows =
      drawn(el) ||
      drawn(el.parentElement) ||
      drawn(el.parentElement?.parentElement ?? null) ||
      [...el.querySelectorAll('*')].some(drawn);
    const what = `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 30) ?? ''}`;
    return { id: el.getAttribute('data-kbd'), shows, what };
  });
}

for (const { path, ready } of ROUTES) {
  test(`keyboard: every control on ${path} is reached by Tab and shows its focus`, async ({
    page,
  }) => {
    await page.goto(path);
    // /compare's grid waits for four plan files and its own code.
    await expect(page.locator(ready).first()).toBeVisible({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    const count = await markControls(page);
    expect(count).toBeGreaterThan(3);
    const reached = new Set<string>();
    const hidden: string[] = [];
    await page.locator('body').focus();
    for (let i = 0; i < count + 40 && reached.size < count; i++) {
      await page.keyboard.press('Tab');
      const { id, shows, what } = await focusShows(page);
      if (id !== null) reached.add(id);
      if (what !== 'body' && !shows) hidden.push(what);
    }
    const missed = await page.evaluate(
      (ids) =>
        [...document.querySelectorAll<HTMLElement>('[data-kbd]')]
          .filter((el) => !ids.includes(el.dataset.kbd!))
          .map((el) => `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 30)}`),
      [...reached],
    );
    expect(missed, 'controls Tab never reached').toEqual([]);
    expect([...new Set(hidden)], 'focused without a visible indicator').toEqual([]);
  });
}

test('keyboard operates the language toggle, a city checkbox and the category select', async ({
  page,
}) => {
  await page.goto('/compare?cat=health');
  await expect(page.locator('#grid article[data-item]').first()).toBeVisible();
  await page.getByTestId('lang-toggle').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/lang=en/);
  const box = page.getByRole('checkbox', { name: index.cities[1]!.name.en, exact: true });
  await box.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/cities=/);
  await expect(box).not.toBeChecked();
  // Unticked, the city's row moves after the chosen ones; the focus moves with it, so Space
  // ticks it again, and its arrows keep the focus as they move it.
  await expect(box).toBeFocused();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expect(box).toBeFocused();
  // Re-ticked, it is the last chosen city: three moves take it to the top, where "earlier" is
  // disabled and the focus goes to "later".
  const name = index.cities[1]!.name.en;
  const earlier = page.getByRole('button', { name: `Move ${name} earlier`, exact: true });
  await earlier.focus();
  for (const left of [2, 1]) {
    await page.keyboard.press('Enter');
    await expect(page.locator('fieldset.city-picker li.chosen').nth(left)).toContainText(name);
    await expect(earlier).toBeFocused();
  }
  await page.keyboard.press('Enter');
  await expect(page.locator('fieldset.city-picker li.chosen').first()).toContainText(name);
  await expect(earlier).toBeDisabled();
  await expect(page.getByRole('button', { name: `Move ${name} later`, exact: true })).toBeFocused();
  await page.locator('#grid select').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).not.toHaveURL(/cat=health/);
  // The export menu opens from its summary and, once its panel shows, its first action is the
  // next Tab stop.
  const menu = page.getByTestId('export-menu');
  await menu.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('open', '');
  await expect(menu.locator('button').first()).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(menu.locator('button').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).not.toHaveAttribute('open', '');
});

/** WCAG relative luminance of a computed `rgb(…)`/`rgba(…)` colour. */
function luminance(color: string): number {
  const [r, g, b] = color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

test('every focus ring in the header contrasts 3:1 with the navy behind it (WCAG 2.2)', async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('body').focus();
  const rings: { what: string; ring: string; behind: string }[] = [];
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const header = el?.closest('.site-header');
      if (!el || !header) return null;
      const style = getComputedStyle(el);
      if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0) return null;
      return {
        what: `${el.tagName.toLowerCase()} ${el.textContent?.trim() || el.getAttribute('placeholder')}`,
        ring: style.outlineColor,
        behind: getComputedStyle(header).backgroundColor,
      };
    });
    if (!found) {
      if (rings.length) break;
      continue;
    }
    rings.push(found);
  }
  // The skip link, the title, five page links, the search box and its button, the language toggle.
  expect(rings.map((r) => r.what.split(' ')[0])).toEqual(
    expect.arrayContaining(['a', 'input', 'button']),
  );
  expect(rings.length).toBeGreaterThanOrEqual(9);
  for (const { what, ring, behind } of rings)
    expect(contrast(ring, behind), `${what}: ${ring} on ${behind}`).toBeGreaterThanOrEqual(3);
});
