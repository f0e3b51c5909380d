// The footer is how a mouse user finds presentation mode and the print view: both links carry
// the current view's state (the page and its cities).
import { expect, test } from './test';
import { cityIds } from './data';

test('the footer opens the presentation from the current view', async ({ page }) => {
  await page.goto('/compare?lang=en#matrix');
  await page.locator('.site-footer').getByRole('link', { name: 'Presentation (P key)' }).click();
  await expect(page.getByTestId('slide-counter')).toBeVisible();
  await expect(page.locator('.site-header')).toHaveCount(0);
  const url = new URL(page.url());
  expect(url.pathname).toBe('/present');
  expect(url.searchParams.get('from')).toBe('/compare#matrix');
  expect(url.searchParams.get('lang')).toBe('en');
  // The default track shows that view: the emphasis slide.
  await expect(page.getByTestId('slide').getByTestId('slide-figure')).toHaveAttribute(
    'data-kind',
    'categories',
  );
});

test('the footer opens the print view for the chosen cities', async ({ page }) => {
  const chosen = [cityIds[2]!, cityIds[0]!];
  await page.goto(`/compare?cities=${chosen.join(',')}`);
  await page.locator('.site-footer').getByRole('link', { name: '印刷用（A4 横）' }).click();
  await expect(page).toHaveURL(/\/print\?/);
  expect(new URL(page.url()).searchParams.get('cities')).toBe(chosen.join(','));
  await expect(page.getByTestId('print-page').first()).toBeVisible();
});
