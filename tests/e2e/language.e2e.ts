import { expect, test } from '@playwright/test';

test('the language toggle changes UI text and the URL, and back/forward follow it', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('4市の総合計画');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');

  await page.getByTestId('lang-toggle').click();
  await expect(page).toHaveURL(/\?lang=en$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Four comprehensive plans');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Home', exact: true })).toBeVisible();
  // Plan content stays Japanese and says so.
  await expect(page.locator('article[data-city] .plan-title').first()).toHaveAttribute(
    'lang',
    'ja',
  );

  await page.getByTestId('lang-toggle').click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('4市の総合計画');

  await page.goBack();
  await expect(page).toHaveURL(/\?lang=en$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Four comprehensive plans');
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('4市の総合計画');
});

test('an unknown lang value is ignored with a visible notice', async ({ page }) => {
  await page.goto('/?lang=fr');
  await expect(page.getByRole('status')).toContainText('言語「fr」には対応していません');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('4市の総合計画');
  await page.getByRole('button', { name: '閉じる' }).click();
  await expect(page.getByRole('status')).toHaveCount(0);
  await expect(page).toHaveURL(/\/$/);
});
