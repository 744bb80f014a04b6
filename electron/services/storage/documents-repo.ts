import type { Meeting } from '../../core/schedule/schedule-schema';
import { inTransaction } from './db-helpers';
import type { StoreContext } from './store-context';
import { storageError } from './to-storage-error';
import type { DocumentInput, DocumentRecord } from './types';

interface DocumentRow {
  id: number;
  meeting_id: string;
  item_key: string;
  file_name: string;
  chars: number | null;
  pages: number | null;
  text: string | null;
  attached_at: number;
}

const toRecord = (r: DocumentRow): DocumentRecord => ({
  id: r.id,
  meetingId: r.meeting_id,
  itemKey: r.item_key,
  fileName: r.file_name,
  chars: r.chars,
  pages: r.pages,
  text: r.text,
  textKept: r.text !== null,
  attachedAt: r.attached_at,
});

/** The key a document hangs on: the item's id, or its 0-based position when it has none. */
export const itemKey = (item: { id?: string | undefined }, position: number): string => item.id ?? `#${position}`;

export const listDocuments = (ctx: StoreContext, meetingId: string): DocumentRecord[] =>
  (ctx.sql.get('SELECT * FROM documents WHERE meeting_id = ? ORDER BY id').all(meetingId) as unknown as DocumentRow[]).map(
    toRecord,
  );

/**
 * The meeting with each item's 字数 and pages taken from its newest attached document. The
 * document's counts win over what the schedule said, and the item's inline text is dropped so
 * the rules read the counts (the text stays in the documents table when it was kept).
 */
export const overlayDocuments = (meeting: Meeting, documents: readonly DocumentRecord[]): Meeting => {
  if (documents.length === 0) return meeting;
  const newest = new Map<string, DocumentRecord>();
  for (const d of documents) newest.set(d.itemKey, d);
  return {
    ...meeting,
    agenda: meeting.agenda.map((item, position) => {
      const doc = newest.get(itemKey(item, position));
      if (!doc) return item;
      const { text: _text, chars: _chars, pages: _pages, ...rest } = item;
      return {
        ...rest,
        ...(doc.chars === null ? {} : { chars: doc.chars }),
        ...(doc.pages === null ? {} : { pages: doc.pages }),
      };
    }),
  };
};

const isCount = (v: unknown) => v === null || (Number.isSafeInteger(v) && (v as number) >= 0);

const validate = (doc: DocumentInput): string | null => {
  if (typeof doc?.fileName !== 'string' || doc.fileName.trim() === '') return 'fileName: must be a non-empty string';
  if (!isCount(doc.chars)) return 'chars: must be a whole number ≥ 0 or null';
  if (!isCount(doc.pages)) return 'pages: must be a whole number ≥ 0 or null';
  if (doc.text !== undefined && doc.text !== null && typeof doc.text !== 'string') return 'text: must be a string or null';
  return null;
};

/**
 * Records a document attached to an agenda item, given by its id or its 0-based position.
 * Earlier documents of the item are kept as history; the newest one counts.
 */
export const attachDocument = (
  ctx: StoreContext,
  meetingId: string,
  item: string | number,
  doc: DocumentInput,
): DocumentRecord => {
  const problem = validate(doc);
  if (problem) throw storageError('invalid-document', { detail: problem }, { file: ctx.file });
  return inTransaction(ctx.db, () => {
    if (!ctx.sql.get('SELECT 1 FROM meetings WHERE id = ?').get(meetingId)) {
      throw storageError('meeting-not-found', { id: meetingId }, { file: ctx.file });
    }
    const row = (
      typeof item === 'number'
        ? ctx.sql.get('SELECT position, item_id FROM agenda_items WHERE meeting_id = ? AND position = ?').get(meetingId, item)
        : ctx.sql.get('SELECT position, item_id FROM agenda_items WHERE meeting_id = ? AND item_id = ?').get(meetingId, item)
    ) as { position: number; item_id: string | null } | undefined;
    if (!row) throw storageError('item-not-found', { meetingId, item: String(item) }, { file: ctx.file });
    const now = ctx.now();
    const key = itemKey({ id: row.item_id ?? undefined }, row.position);
    const result = ctx.sql
      .get(
        `INSERT INTO documents (meeting_id, item_key, file_name, chars, pages, text, attached_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(meetingId, key, doc.fileName, doc.chars, doc.pages, doc.text ?? null, now);
    ctx.sql.get('UPDATE meetings SET updated_at = ? WHERE id = ?').run(now, meetingId);
    return toRecord(
      ctx.sql.get('SELECT * FROM documents WHERE id = ?').get(Number(result.lastInsertRowid)) as unknown as DocumentRow,
    );
  });
};
