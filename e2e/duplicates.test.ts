import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, soloIntake as intake } from './support/api';
import { expectNoAxeViolations, type Stack, screenshot, startStack } from './support/browser';
import { signIn } from './support/session';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

describe('重複の確認と統合', () => {
  const KEEP = {
    familyName: '吉備',
    givenName: '花子',
    familyNameKana: 'キビ',
    givenNameKana: 'ハナコ',
    birthDate: '1975-03-03',
  };

  it('a coordinator merges a pair recorded by two agencies; staff cannot open the page', async () => {
    const staff = await stack.newPage();
    await signIn(staff, stack.baseUrl, 'staff@demo.example');
    expect(
      (await callApi(staff, 'POST', '/api/intakes', intake({ ...KEEP, address: '岡山市中区平井1-1' })))
        .status,
    ).toBe(201);

    const coordinator = await stack.newPage();
    await signIn(coordinator, stack.baseUrl, 'coordinator@demo.example');
    expect(
      (await callApi(coordinator, 'POST', '/api/intakes', intake({ ...KEEP, givenName: '華子' }))).status,
    ).toBe(201);
    await coordinator
      .getByRole('navigation', { name: 'メインメニュー' })
      .getByRole('link', { name: '重複の確認' })
      .click();
    await coordinator.getByRole('heading', { level: 1, name: '重複の確認と統合' }).waitFor();
    const pair = coordinator
      .getByRole('listitem')
      .filter({ hasText: '吉備 華子' })
      .filter({ hasText: '吉備 花子' });
    await pair.waitFor();
    expect(await pair.textContent()).toContain('生年月日が一致');
    await expectNoAxeViolations(coordinator, '/admin/duplicates');

    await pair
      .getByRole('button', { name: /^こちらを残して統合\s*（吉備 花子、.+登録の記録を残す）$/ })
      .click();
    const confirm = coordinator.getByRole('alertdialog', { name: '記録を統合しますか？' });
    await confirm.getByText(/「吉備 華子」の記録を「吉備 花子」に統合します。/).waitFor();
    expect(await confirm.getByRole('button', { name: '統合する' }).isDisabled()).toBe(true);
    await confirm
      .getByLabel(/^統合の理由/)
      .fill('生年月日とふりがなが一致し、本人に確認した（華子は誤記）。');
    await expectNoAxeViolations(coordinator, '/admin/duplicates (confirm)');
    await confirm.getByRole('button', { name: '統合する' }).click();
    await coordinator.getByText('記録を統合しました。').first().waitFor();
    await pair.waitFor({ state: 'detached' });
    await expectNoAxeViolations(coordinator, '/admin/duplicates (merged)');
    await screenshot(coordinator, 'duplicates-merged');
    await coordinator.context().close();

    await staff.goto(`${stack.baseUrl}/admin/duplicates`);
    await staff.getByRole('heading', { level: 1, name: 'このページを表示する権限がありません' }).waitFor();
    await staff.context().close();
  });

  it('a coordinator takes a pair of two different people off the list, with a note', async () => {
    const coordinator = await stack.newPage();
    await signIn(coordinator, stack.baseUrl, 'coordinator@demo.example');
    const twin = {
      familyName: '難波',
      familyNameKana: 'ナンバ',
      givenNameKana: 'ミノル',
      birthDate: '1948-11-03',
    };
    for (const person of [
      { ...twin, givenName: '実', address: '岡山市北区表町1-1' },
      { ...twin, givenName: '稔', address: '岡山市南区藤田2-2' },
    ]) {
      expect((await callApi(coordinator, 'POST', '/api/intakes', intake(person))).status).toBe(201);
    }
    await coordinator.goto(`${stack.baseUrl}/admin/duplicates`);
    const pair = coordinator
      .getByRole('listitem')
      .filter({ hasText: '難波 実' })
      .filter({ hasText: '難波 稔' });
    await pair.getByRole('button', { name: /^別人として除外\s*（難波 (実|稔) と 難波 (実|稔)）$/ }).click();
    const confirm = coordinator.getByRole('alertdialog', { name: '別人として一覧から除外しますか？' });
    await confirm.getByLabel(/^確認した内容/).fill('住所も家族も異なる。双子ではなく同名の別人。');
    await expectNoAxeViolations(coordinator, '/admin/duplicates (dismiss)');
    await confirm.getByRole('button', { name: '除外する' }).click();
    await coordinator.getByText('別人として一覧から除外しました。').first().waitFor();
    await pair.waitFor({ state: 'detached' });
    await coordinator.reload();
    await coordinator.getByRole('heading', { level: 1, name: '重複の確認と統合' }).waitFor();
    expect(await coordinator.getByRole('listitem').filter({ hasText: '難波 稔' }).count()).toBe(0);
    await coordinator.context().close();
  });
});
