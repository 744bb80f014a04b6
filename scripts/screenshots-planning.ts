/**
 * Screenshots of the planning page at 1366×768 in zh-CN (calendar month and week, editor,
 * checklist, import preview, settings) into screenshots/, and the 审批表 PDF with its pages
 * rendered to PNG (pdftoppm) into test-output/planning/.
 *
 *   npx tsx scripts/screenshots-planning.ts [--lang en]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { makeDocx } from '../test/services/documents/fixtures';
import { chineseText } from '../test/services/planning/planning-fixtures';
import { startPlanningRig } from '../test/e2e/planning-harness';

const lang = process.argv.includes('--lang') ? (process.argv[process.argv.indexOf('--lang') + 1] ?? 'zh-CN') : 'zh-CN';
const repo = path.resolve(import.meta.dirname, '..');
const shots = path.join(repo, 'screenshots');
const output = path.join(repo, 'test-output', 'planning');
fs.mkdirSync(shots, { recursive: true });
fs.mkdirSync(output, { recursive: true });

const rig = await startPlanningRig({ today: '2026-03-04', now: Date.parse('2026-03-04T10:00:00+08:00'), browserLang: lang === 'en' ? 'en-GB' : 'zh-CN' });
const { planning, page } = rig;
const suffix = lang === 'zh-CN' ? '' : `-${lang}`;

try {
  const meeting = (m: Record<string, unknown>) => planning.saveMeeting({ meeting: { countyWide: false, approvals: [], agenda: [], ...m } });
  meeting({
    id: 'q1-projects',
    title: '全县一季度重点项目建设调度会',
    kind: 'working',
    countyWide: true,
    start: '2026-03-05T09:00',
    durationMinutes: 120,
    place: '县行政中心三楼大会议室',
    organiser: '县发改局',
    chair: '李明',
    agenda: [
      { id: 'k1', kind: 'keynote', title: '一季度重点项目推进情况及下一步工作安排', speaker: '陈志强', unit: '县发改局', minutes: 25 },
      { id: 's1', kind: 'speech', title: '招商引资工作情况', speaker: '张华', unit: '县商务局', minutes: 8, extensionMinutes: 5 },
      { id: 's2', kind: 'speech', title: '重点项目用地保障', speaker: '刘洋', unit: '县自然资源局', minutes: 10 },
      { id: 'r1', kind: 'report', title: '项目资金拨付情况', unit: '县财政局', minutes: 8 },
      { id: 'x1', kind: 'remarks', title: '县长讲话', speaker: '李明', minutes: 20 },
    ],
  });
  await planning.attachDocument({ meetingId: 'q1-projects', item: 'k1', fileName: '一季度重点项目推进情况.docx', bytes: await makeDocx(chineseText(5230)) });
  planning.recordApproval({ id: 'q1-projects', approval: { role: 'party-secretary', name: '王建国', approvedAt: '2026-03-02T10:00', documentNumber: '县委办〔2026〕12号' } });
  planning.transition({ id: 'q1-projects', action: 'submit', actor: '县发改局办公室' });

  meeting({ id: 'spring-farming', title: '春耕备耕工作夜间调度会', kind: 'working', start: '2026-03-05T19:00', durationMinutes: 60, place: '县农业农村局会议室', agenda: [{ id: 'a', kind: 'speech', title: '春耕物资准备', minutes: 8 }] });
  meeting({ id: 'forest-fire', title: '森林防火工作部署会', kind: 'working', start: '2026-03-07T09:00', durationMinutes: 90, place: '县应急管理局', agenda: [{ id: 'a', kind: 'keynote', title: '森林防火形势', minutes: 20 }] });
  meeting({
    id: 'sc-23',
    title: '县政府第二十三次常务会议',
    kind: 'standing-committee',
    start: '2026-03-10T19:00',
    durationMinutes: 90,
    place: '县政府常务会议室',
    agenda: [
      { id: 'a', kind: 'report', title: '关于2026年一季度财政收支情况的汇报', unit: '县财政局', minutes: 8, pages: 5 },
      { id: 'b', kind: 'other', title: '审议《县城市更新实施方案》', minutes: 30 },
    ],
  });
  meeting({ id: 'safety', title: '安全生产专题会', kind: 'working', start: '2026-03-12T15:00', durationMinutes: 150, place: '县应急管理局二楼会议室' });
  meeting({ id: 'plenary', title: '县委十五届九次全体（扩大）会议', kind: 'plenary', countyWide: true, start: '2026-03-14T09:00', durationMinutes: 180, place: '县会议中心' });
  meeting({ id: 'edu', title: '教育工作座谈会', kind: 'working', start: '2026-03-19T18:30', durationMinutes: 90, place: '县教育局', agenda: [{ id: 'a', kind: 'speech', title: '义务教育均衡发展', minutes: 8 }] });
  meeting({ id: 'river', title: '河湖长制工作推进会', kind: 'working', start: '2026-03-24T10:00', durationMinutes: 60, place: '县水利局' });
  meeting({ id: 'april-plan', title: '二季度工作安排会', kind: 'working', start: '2026-04-08T09:00', durationMinutes: 90, place: '县行政中心', agenda: [{ id: 'a', kind: 'speech', title: '工作安排', minutes: 8 }] });
  planning.transition({ id: 'spring-farming', action: 'submit' });
  planning.transition({ id: 'spring-farming', action: 'approve' });

  const shot = async (name: string) => {
    await page.waitForTimeout(400); // let the live check's debounce and the fonts settle
    await page.screenshot({ path: path.join(shots, `planning-${name}${suffix}.png`) });
    console.log(`screenshots/planning-${name}${suffix}.png`);
  };

  await page.goto(rig.url('#/calendar?d=2026-03-01', { lang }));
  await page.locator('[data-meeting-id="q1-projects"]').waitFor();
  await shot('calendar-month');

  await page.goto(rig.url('#/calendar?d=2026-03-02&m=week', { lang }));
  await page.locator('[data-meeting-id="q1-projects"]').waitFor();
  await shot('calendar-week');

  await page.goto(rig.url('#/meeting/q1-projects', { lang }));
  await page.locator('.pl-suggestion').first().waitFor();
  await shot('editor');

  await page.goto(rig.url('#/checklist/q1-projects', { lang }));
  await page.locator('[data-testid=checklist-summary]').waitFor();
  await shot('checklist');

  await page.goto(rig.url('#/transfer', { lang }));
  const exported = planning.exportSchedule({ format: 'json' });
  const changed = JSON.parse(exported.text) as { meetings: { id: string; start: string; title: string }[] };
  changed.meetings = changed.meetings.slice(0, 3);
  changed.meetings[0]!.start = '2026-03-05T18:30';
  changed.meetings.push({ ...changed.meetings[2]!, id: 'new-one', title: '城乡环境整治推进会', start: '2026-04-02T09:00' });
  await page.locator('[data-testid=import-file]').setInputFiles({ name: '县政府办-三月日程.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(changed)) });
  await page.locator('[data-testid=import-preview]').waitFor();
  await shot('import-preview');

  await page.goto(rig.url('#/settings', { lang }));
  await page.locator('[data-testid=calendar-years]').waitFor();
  await shot('settings');

  const { bytes } = await planning.checklistPdf({ id: 'q1-projects', lang: lang === 'en' ? 'en' : 'zh-CN' });
  const pdf = path.join(output, `approval-form${suffix}.pdf`);
  fs.writeFileSync(pdf, bytes);
  execFileSync('pdftoppm', ['-r', '90', '-png', pdf, path.join(output, `approval-form${suffix}`)]);
  console.log(`${path.relative(repo, pdf)} → ${fs.readdirSync(output).filter((f) => f.startsWith(`approval-form${suffix}-`)).join(', ')}`);
} finally {
  await rig.close();
}
