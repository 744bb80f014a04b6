import {
  RECORD_TITLE,
  recordAgendaTable,
  recordApprovalFacts,
  recordFacts,
  recordFindingsTable,
  recordMessagesTable,
  recordNotes,
  recordSubtitle,
  type MeetingRecord,
} from '../../core/records';
import type { Lang } from '../../core/rules/finding';
import { PdfBuilder } from '../pdf';

export interface PdfRenderOptions {
  lang?: Lang;
  /** Metadata creation instant (epoch ms); the caller's clock. */
  createdAt?: number;
  /** Another font than the bundled one. */
  fontBytes?: Uint8Array;
}

const SECTIONS: Record<Lang, string[]> = {
  'zh-CN': ['一、会议概况', '二、议程执行情况', '三、主持人提示', '四、审批情况', '五、会前合规检查'],
  en: ['1. Meeting', '2. Agenda as run', '3. Chair messages', '4. Approvals', '5. Rule check before the meeting'],
};

/** The meeting record as an A4 PDF (会议记录), from the same view data the screen shows. */
export async function meetingRecordPdf(r: MeetingRecord, opts: PdfRenderOptions = {}): Promise<Uint8Array> {
  const lang = opts.lang ?? 'zh-CN';
  const s = SECTIONS[lang];
  const pdf = await PdfBuilder.create({
    title: `${RECORD_TITLE[lang]} — ${r.title}`,
    subject: r.title,
    keywords: [r.meetingId],
    lang,
    runningHeader: `${RECORD_TITLE[lang]} · ${r.title}`,
    ...(opts.createdAt !== undefined ? { createdAt: opts.createdAt } : {}),
    ...(opts.fontBytes ? { fontBytes: opts.fontBytes } : {}),
  });
  pdf.title(RECORD_TITLE[lang]);
  pdf.text(r.title, { size: 14, align: 'center', bold: true });
  pdf.text(recordSubtitle(r, lang), { size: 10.5, align: 'center', tone: 'muted' });
  pdf.space(4);
  pdf.rule(1.2);

  pdf.heading(s[0]!);
  pdf.facts(recordFacts(r, lang));
  pdf.heading(s[1]!, { keepWith: 60 });
  pdf.table(recordAgendaTable(r, lang));
  pdf.heading(s[2]!);
  pdf.table(recordMessagesTable(r, lang));
  pdf.heading(s[3]!);
  pdf.facts(recordApprovalFacts(r, lang));
  pdf.heading(s[4]!);
  pdf.table(recordFindingsTable(r, lang));
  pdf.space(6);
  for (const note of recordNotes(r, lang)) pdf.paragraph(note, { size: 9, tone: 'muted' });
  return pdf.save();
}
