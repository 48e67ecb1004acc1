import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, type Stack, screenshot, startStack } from './support/browser';
import { visit } from './support/session';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

describe('public directory (no sign-in)', () => {
  it('searches by kana in any script, field and district, and opens an agency', async () => {
    const page = await stack.newPage();
    await visit(page, `${stack.baseUrl}/`, '相談機関をさがす');

    const resultCount = page.getByText(/件の相談機関が見つかりました/);
    await resultCount.waitFor();
    const all = Number(((await resultCount.textContent()) ?? '').match(/(\d+)件/)![1]);
    expect(all).toBeGreaterThan(30);

    const names = () => page.getByRole('heading', { level: 3 }).allInnerTexts();
    // Results load after the URL changes: poll until the list matches, failing after the timeout.
    const settle = { timeout: 15_000 };

    // Katakana typed, hiragana-insensitive: the same set as 'ほうかつ'.
    await page.getByLabel('キーワード（ひらがな・カタカナどちらでも）').fill('ホウカツ');
    await page.getByRole('button', { name: 'この条件でさがす' }).click();
    await page.waitForURL(/q=/);
    await expect.poll(async () => (await names()).every((name) => /包括/.test(name)), settle).toBe(true);
    const byKatakana = await names();
    expect(byKatakana.length).toBeGreaterThan(0);
    expect(byKatakana.length).toBeLessThan(all);

    await page.getByLabel('キーワード（ひらがな・カタカナどちらでも）').fill('ほうかつ');
    await page.getByRole('button', { name: 'この条件でさがす' }).click();
    await page.waitForURL(/q=%E3%81%BB/);
    await expect.poll(names, settle).toEqual(byKatakana);

    // Narrow by welfare district: only agencies covering 北区中央 remain.
    await page.getByLabel('地区').selectOption({ label: '北区中央' });
    await page.getByRole('button', { name: 'この条件でさがす' }).click();
    await page.waitForURL(/district=kita-chuo/);
    await expect.poll(names, settle).not.toContain('岡山市東区地域包括支援センター');
    expect(await names()).toContain('岡山市北区中央地域包括支援センター');
    await expectNoAxeViolations(page, '/?q=ほうかつ&district=kita-chuo');
    await screenshot(page, 'directory-search');

    await page.getByRole('link', { name: '岡山市北区中央地域包括支援センター' }).click();
    await page.getByRole('heading', { level: 1, name: '岡山市北区中央地域包括支援センター' }).waitFor();
    await expect(page.getByText('提供しているサービス')).toBeTruthy();
    await expectNoAxeViolations(page, '/agencies/:id');
    await page.context().close();
  });

  it('finds nothing gracefully and says what to try next', async () => {
    const page = await stack.newPage();
    await visit(
      page,
      `${stack.baseUrl}/?q=${encodeURIComponent('存在しない機関名ぜったいない')}`,
      '相談機関をさがす',
    );
    await page.getByText('条件に合う相談機関は見つかりませんでした').waitFor();
    await expectNoAxeViolations(page, '/ (no results)');
    await page.context().close();
  });

  it('switches to English and back, keeping the page usable', async () => {
    const page = await stack.newPage();
    await visit(page, `${stack.baseUrl}/`, '相談機関をさがす');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Find an agency' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expectNoAxeViolations(page, '/ (English)');
    await page.getByRole('button', { name: '日本語' }).click();
    await page.getByRole('heading', { level: 1, name: '相談機関をさがす' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    await page.context().close();
  });

  it('is keyboard-usable: the skip link comes first and jumps to the main content', async () => {
    const page = await stack.newPage();
    await visit(page, `${stack.baseUrl}/`, '相談機関をさがす');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toContain('本文へスキップ');
    await page.keyboard.press('Enter');
    const inMain = await page.evaluate(
      () => Boolean(document.activeElement?.closest('main')) || document.activeElement?.id === 'main',
    );
    expect(inMain).toBe(true);
    await page.context().close();
  });

  it('answers unknown pages with a 404 page', async () => {
    const page = await stack.newPage();
    await page.goto(`${stack.baseUrl}/no/such/page`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/見つかりません|ページ/);
    await expectNoAxeViolations(page, '404');
    await page.context().close();
  });
});
