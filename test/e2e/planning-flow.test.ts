import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makeDocx } from '../services/documents/fixtures';
import { chineseText } from '../services/planning/planning-fixtures';
import { startPlanningRig, type PlanningRig } from './planning-harness';

/**
 * The acceptance run, in Chromium against the built renderer and a real room server:
 * a meeting in a no-meeting period gets its finding and suggestions and is fixed; an agenda over
 * the cap is flagged; a keynote .docx over 5000 字 is flagged; approvals are recorded and the
 * meeting approved; the schedule is exported and re-imported with the same result.
 */

let rig: PlanningRig;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  rig = await startPlanningRig({ today: '2026-02-20' });
  page = rig.page;
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('dialog', (d) => void d.accept());
});

afterAll(async () => {
  await rig?.close();
});

const text = (selector: string) => page.locator(selector).innerText();
const item = (n: number) => page.locator('.pl-agenda-table tr.pl-item').nth(n);

/** Waits until the editor's live check shows (or stops showing) a finding of `rule` in `scope`. */
async function finding(scope: string, rule: string, present = true): Promise<void> {
  await page.locator(`${scope} [data-rule="${rule}"]`).first().waitFor({ state: present ? 'visible' : 'detached' });
}

async function save(): Promise<void> {
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.locator('.pl-save-state', { hasText: '已保存' }).waitFor();
}

async function dropFile(target: string, name: string, bytes: Uint8Array): Promise<void> {
  await page.evaluate(
    ({ selector, fileName, b64 }) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([data], fileName));
      const el = document.querySelector(selector);
      if (!el) throw new Error(`no ${selector}`);
      el.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      el.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { selector: target, fileName: name, b64: Buffer.from(bytes).toString('base64') },
  );
}

describe('planning in Chromium', () => {
  let meetingId = '';

  it('creates a meeting in a no-meeting period: the finding and the suggestions appear', async () => {
    await page.goto(rig.url('#/calendar?d=2026-03-01'));
    await page.getByRole('heading', { name: '2026年3月' }).waitFor();
    // The 5th of March 2026 (a Thursday in a no-meeting month) is shaded.
    await page.locator('.pl-month [data-date="2026-03-05"].pl-day-restricted').waitFor();
    await page.locator('.pl-month [data-date="2026-03-07"].pl-day-weekend:not(.pl-day-restricted)').waitFor();
    await page.getByRole('button', { name: '在 3月5日 星期四 新建会议' }).click();
    await page.locator('input[name=title]').fill('全县一季度重点项目调度会');
    await page.locator('input[name=countyWide]').check();
    await page.locator('input[name=place]').fill('县行政中心三楼会议室');
    await page.locator('input[name=organiser]').fill('县发改局');
    expect(await page.locator('input[name=date]').inputValue()).toBe('2026-03-05');
    await finding('.pl-fields', 'no-meeting-period');
    expect(await text('.pl-fields [data-rule="no-meeting-period"]')).toContain('3月为无会月');
    const slots = page.locator('.pl-suggestion');
    await slots.first().waitFor();
    expect(await slots.allInnerTexts()).toEqual([
      expect.stringContaining('2026年3月5日 星期四 18:00'),
      expect.stringContaining('2026年3月7日 星期六 09:00'),
      expect.stringContaining('2026年4月1日 星期三 09:00'),
    ]);
    await save();
    meetingId = decodeURIComponent(new URL(page.url()).hash.replace('#/meeting/', ''));
    expect(rig.store.getMeeting(meetingId)?.meeting.title).toBe('全县一季度重点项目调度会');
  });

  it('fixes it by taking the evening slot, re-checked at once', async () => {
    await page.locator('.pl-suggestion[data-slot="evening"]').click();
    expect(await page.locator('input[name=time]').inputValue()).toBe('18:00');
    await finding('.pl-fields', 'no-meeting-period', false);
    expect(await page.locator('.pl-suggestion').count()).toBe(0);
    await save();
    expect(rig.store.getMeeting(meetingId)?.meeting.start).toBe('2026-03-05T18:00');
  });

  it('flags an agenda over the cap, and reorders by keyboard', async () => {
    await page.locator('input[name=durationMinutes]').fill('150');
    await finding('.pl-fields', 'duration-cap');
    const add = page.getByRole('button', { name: '＋ 添加议程' });
    await add.click();
    await item(0).locator('[data-field=title]').fill('一季度重点项目推进情况');
    await item(0).locator('[data-field=unit]').fill('县发改局');
    await item(0).locator('[data-field=minutes]').fill('60');
    await add.click();
    await item(1).locator('[data-field=title]').fill('招商引资情况');
    await item(1).locator('[data-field=speaker]').fill('张华');
    await item(1).locator('[data-field=minutes]').fill('12');
    await add.click();
    await item(2).locator('[data-field=kind]').selectOption('remarks');
    await item(2).locator('[data-field=title]').fill('县长讲话');
    await item(2).locator('[data-field=minutes]').fill('90');
    await finding('.pl-agenda', 'agenda-overrun');
    await finding('.pl-agenda', 'speech-limit');
    expect(await page.locator('[data-testid=agenda-total]').getAttribute('class')).toContain('pl-over');
    expect(await text('[data-testid=agenda-total]')).toContain('议程合计 162 分钟');

    // Alt+↑ on the third item moves it above the second.
    await item(2).locator('[data-field=title]').focus();
    await page.keyboard.press('Alt+ArrowUp');
    expect(await item(1).locator('[data-field=title]').inputValue()).toBe('县长讲话');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe('title');

    // Fix: an 8-minute speech, a 30-minute leader's remarks, a 120-minute meeting.
    await item(1).locator('[data-field=minutes]').fill('30');
    await item(2).locator('[data-field=minutes]').fill('8');
    await page.locator('input[name=durationMinutes]').fill('120');
    await finding('.pl-agenda', 'agenda-overrun', false);
    await finding('.pl-agenda', 'speech-limit', false);
    await finding('.pl-fields', 'duration-cap', false);
    await save();
  });

  it('attaches a keynote .docx over 5000 字 and flags it', async () => {
    const docx = await makeDocx(chineseText(5200));
    await dropFile('.pl-agenda-table tr.pl-item:nth-child(1) [data-testid=document-drop]', '一季度重点项目推进情况.docx', docx);
    const zi = page.locator('[data-testid=doc-zi]');
    await zi.waitFor();
    expect(await zi.innerText()).toContain('5200 字');
    expect(await zi.getAttribute('class')).toContain('pl-over');
    await finding('.pl-agenda', 'keynote-length');
    expect(await text('.pl-agenda [data-rule="keynote-length"]')).toContain('本报告5200字');
    expect(rig.store.listDocuments(meetingId)).toMatchObject([{ fileName: '一季度重点项目推进情况.docx', chars: 5200, textKept: true }]);
  });

  it('records the approvals and moves the meeting to approved', async () => {
    await page.getByRole('button', { name: '审批表' }).click();
    await page.locator('[data-testid=approval-status]', { hasText: '拟稿' }).waitFor();
    expect(await page.locator('tr[data-rule="keynote-length"]').getAttribute('data-status')).toBe('fail');
    expect(await page.locator('tr[data-rule="approval-required"]').getAttribute('data-status')).toBe('fail');

    for (const [role, name, date, number] of [
      ['party-secretary', '王建国', '2026-03-01', '县委办〔2026〕12号'],
      ['county-head', '李明', '2026-03-02', ''],
    ] as const) {
      const form = page.locator(`form.pl-approval[data-role="${role}"]`);
      await form.locator('input[name=name]').fill(name);
      await form.locator('input[name=date]').fill(date);
      if (number) await form.locator('input[name=documentNumber]').fill(number);
      await form.getByRole('button', { name: '登记批准' }).click();
      await page.locator(`form.pl-approval-recorded[data-role="${role}"]`).waitFor();
    }
    await page.locator('tr[data-rule="approval-required"][data-status="pass"]').waitFor();

    await page.getByRole('button', { name: '报批' }).click();
    await page.locator('[data-testid=approval-status]', { hasText: '已报批' }).waitFor();
    // The keynote is still too long: approval is blocked until an exception is recorded.
    expect(await page.getByRole('button', { name: '批准', exact: true }).isDisabled()).toBe(true);
    expect(await text('.pl-blocked')).toContain('仍有 1 项错误');
    await page.locator('tr[data-rule="keynote-length"]').getByRole('button', { name: '登记例外' }).click();
    await page.locator('textarea[name=reason]').fill('主题报告系全县年度部署，经县委同意保留全文');
    await page.locator('input[name=recordedBy]').fill('王建国');
    await page.locator('.pl-exception-form').getByRole('button', { name: '登记例外' }).click();
    await page.locator('.pl-exception-note').waitFor();
    await page.getByRole('button', { name: '批准', exact: true }).click();
    await page.locator('[data-testid=approval-status]', { hasText: '已批准' }).waitFor();
    expect(rig.planning.getMeeting({ id: meetingId }).status).toBe('approved');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出审批表 PDF' }).click();
    const pdf = await download;
    expect(pdf.suggestedFilename()).toBe('会议审批表-全县一季度重点项目调度会.pdf');
    const file = await pdf.path();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('exports the schedule and re-imports it with the same result', async () => {
    const before = rig.planning.getMeeting({ id: meetingId });
    await page.locator('.pl-tab', { hasText: '导入导出' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 JSON' }).click();
    const exported = await download;
    const file = await exported.path();
    expect(exported.suggestedFilename()).toBe('短会日程-2026-02-20.json');

    // Back into the same store: the preview says nothing changes, and nothing can be written.
    await page.locator('[data-testid=import-file]').setInputFiles({ name: 'schedule.json', mimeType: 'application/json', buffer: (await import('node:fs')).readFileSync(file) });
    await page.locator('[data-testid=import-preview]').waitFor();
    expect(await text('[data-testid=import-preview] .pl-summary')).toBe('新增 0 个 · 修改 0 个 · 不变 1 个');
    expect(await page.getByRole('button', { name: '导入', exact: true }).isDisabled()).toBe(true);

    // Delete the meeting, then import the file: it comes back with the same findings.
    rig.planning.deleteMeeting({ id: meetingId });
    await page.locator('[data-testid=import-file]').setInputFiles({ name: 'schedule.json', mimeType: 'application/json', buffer: (await import('node:fs')).readFileSync(file) });
    await page.locator('[data-testid=import-preview] .pl-summary', { hasText: '新增 1 个' }).waitFor();
    expect(await page.locator('tr[data-action="add"]').innerText()).toContain('全县一季度重点项目调度会');
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await page.locator('.pl-notice', { hasText: '已导入 1 个会议' }).waitFor();

    const after = rig.planning.getMeeting({ id: meetingId });
    expect(after.findings).toEqual(before.findings);
    expect(after.checklist.map((l) => [l.rule, l.status])).toEqual(before.checklist.map((l) => [l.rule, l.status]));
    expect(after.meeting).toEqual(before.meeting);

    // And the calendar shows it on the 5th with its worst finding.
    await page.goto(rig.url('#/calendar?d=2026-03-01'));
    const chip = page.locator(`[data-meeting-id="${meetingId}"]`);
    await chip.waitFor();
    expect(await chip.getAttribute('data-worst')).toBe('error');
    expect(await chip.locator('xpath=ancestor::*[@data-date][1]').getAttribute('data-date')).toBe('2026-03-05');
  });

  it('moves a meeting by dragging it on the calendar, re-checked at once', async () => {
    const chip = page.locator(`[data-meeting-id="${meetingId}"]`);
    await chip.dragTo(page.locator('.pl-month [data-date="2026-03-10"]'));
    await page.locator('.pl-month [data-date="2026-03-10"] [data-meeting-id]').waitFor();
    expect(rig.store.getMeeting(meetingId)?.meeting.start).toBe('2026-03-10T18:00');
    await page.locator('.pl-notice', { hasText: '已改期到 2026年3月10日 星期二 18:00' }).waitFor();
  });

  it('threw nothing in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
