import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, type Stack, screenshot, startStack } from './support/browser';
import { signIn, visit } from './support/session';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

const AGENCY = '岡山市北区中央地域包括支援センター';
/** A row action's accessible name: the visible verb plus the (screen-reader only) record name. */
const actionName = (verb: string, name: string) => new RegExp(`^${verb}\\s*:\\s*${name}$`);

describe('staff pages', () => {
  it('redirects a signed-out visitor from staff pages to sign-in, and refuses a wrong password clearly', async () => {
    const page = await stack.newPage();
    await page.goto(`${stack.baseUrl}/staff/agencies`);
    await page.getByRole('heading', { level: 1, name: 'サインイン' }).waitFor();
    expect(page.url()).toContain('/login');
    await page.getByLabel('メールアドレス').fill('planner@demo.example');
    await page.getByLabel(/^パスワード/).fill('wrong-password-here');
    await page.getByRole('button', { name: 'サインインする' }).click();
    await page.getByText('メールアドレスまたはパスワードが正しくありません。').waitFor();
    await expectNoAxeViolations(page, '/login (error)');
    await page.context().close();
  });

  it('a planner signs in and edits an agency; the public directory shows the change', async () => {
    const page = await stack.newPage();
    await signIn(page, stack.baseUrl, 'planner@demo.example');

    await visit(page, `${stack.baseUrl}/staff/agencies`, '相談機関の管理');
    await page.getByLabel('キーワード（ひらがな・カタカナどちらでも）').fill('きたくちゅうおう');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: actionName('編集', AGENCY) }).click();
    await page.getByRole('heading', { level: 1, name: '相談機関の編集' }).waitFor();
    // The stored category is selected once the code lists are there (not the placeholder).
    expect(await page.getByLabel('種別').inputValue()).toBe('community-care-centre');
    await expectNoAxeViolations(page, '/staff/agencies/:id/edit');
    await page.getByLabel('受付時間').fill('平日 9:00〜18:00（土曜 午前も可）');
    await page.getByRole('button', { name: '保存する' }).click();
    await page
      .getByText(/保存しました/)
      .first()
      .waitFor();
    await screenshot(page, 'agency-edited');

    const publicPage = await stack.newPage();
    await visit(
      publicPage,
      `${stack.baseUrl}/?q=${encodeURIComponent('北区中央地域包括')}`,
      '相談機関をさがす',
    );
    await publicPage.getByText('平日 9:00〜18:00（土曜 午前も可）').waitFor();
    await publicPage.context().close();
    await page.context().close();
  });

  it('an agency manager proposes a change to their own entry and a planner approves it', async () => {
    const manager = await stack.newPage();
    await signIn(manager, stack.baseUrl, 'manager@demo.example');
    await visit(
      manager,
      `${stack.baseUrl}/staff/agencies?q=${encodeURIComponent('ほうかつ')}`,
      '相談機関の管理',
    );
    await manager.getByRole('link', { name: actionName('変更を申請', AGENCY) }).waitFor();
    // The manager may only propose, and only for their own agency.
    expect(await manager.getByRole('link', { name: /^編集\s*:/ }).count()).toBe(0);
    expect(await manager.getByRole('link', { name: /^変更を申請\s*:/ }).count()).toBe(1);
    await manager.getByRole('link', { name: actionName('変更を申請', AGENCY) }).click();
    await manager.getByRole('heading', { level: 1, name: '掲載内容の変更を申請' }).waitFor();
    await expectNoAxeViolations(manager, '/staff/agencies/:id/edit (propose)');
    await manager.getByLabel('受け入れ状況').fill('新規相談は予約制です（当日相談も可）');
    await manager.getByLabel('申請の理由・補足').fill('受付方法の変更に合わせて更新します。');
    await manager.getByRole('button', { name: '変更を申請する' }).click();
    await manager.getByText('変更を申請しました。企画担当の確認をお待ちください。').first().waitFor();
    await manager.context().close();

    const planner = await stack.newPage();
    await signIn(planner, stack.baseUrl, 'planner@demo.example');
    await visit(planner, `${stack.baseUrl}/staff/change-requests`, /変更申請/);
    await planner
      .getByRole('link', { name: actionName('確認する', AGENCY) })
      .first()
      .click();
    await planner.getByRole('heading', { level: 1, name: '変更申請の内容' }).waitFor();
    await planner.getByText('新規相談は予約制です（当日相談も可）').first().waitFor();
    await expectNoAxeViolations(planner, '/staff/change-requests/:id');
    await screenshot(planner, 'change-request-review');
    await planner.getByLabel('コメント').fill('確認しました。');
    await planner.getByRole('button', { name: '承認して反映する' }).click();
    await planner.getByText('申請を承認し、相談機関一覧に反映しました。').first().waitFor();
    await planner.context().close();

    const visitor = await stack.newPage();
    await visit(visitor, `${stack.baseUrl}/?q=${encodeURIComponent('北区中央地域包括')}`, '相談機関をさがす');
    await visitor.getByRole('link', { name: AGENCY }).click();
    await visitor.getByText('新規相談は予約制です（当日相談も可）').waitFor();
    await visitor.context().close();
  });

  it('admin pages (settings, sessions, audit, import) are reachable, accessible and audited', async () => {
    const page = await stack.newPage();
    await signIn(page, stack.baseUrl, 'admin@demo.example');
    await visit(page, `${stack.baseUrl}/settings`, '設定');
    await page.getByText('北区中央').first().waitFor();
    await expectNoAxeViolations(page, '/settings');
    await visit(page, `${stack.baseUrl}/admin/sessions`, 'セッション管理');
    await page.getByRole('table').getByText('admin@demo.example').first().waitFor();
    await expectNoAxeViolations(page, '/admin/sessions');
    await visit(page, `${stack.baseUrl}/staff/import`, '一括取り込み');
    await visit(page, `${stack.baseUrl}/audit`, '監査ログ');
    await page.getByRole('table').first().waitFor();
    await expectNoAxeViolations(page, '/audit');
    await page.getByRole('button', { name: '改ざん検証' }).click();
    await page.getByText(/改ざんは見つかりませんでした（\d+件を検証）。/).waitFor();
    await screenshot(page, 'audit');
    await page.context().close();
  });
});
