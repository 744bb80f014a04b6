/**
 * What the storage layer tells people, zh-CN first. Each message says what happened, where the
 * file is now and what can be done, because the reader is a county office clerk, not a developer.
 */
export interface Text {
  zh: string;
  en: string;
}

const backupOffer = (newestBackup: string | undefined): Text =>
  newestBackup
    ? { zh: `最新的备份是 ${newestBackup}，可以用它恢复。`, en: `The newest backup is ${newestBackup}; you can restore it.` }
    : { zh: '没有找到备份；再次打开时将新建一个空数据库。', en: 'No backup was found; opening again creates a new empty database.' };

/** Where the damaged or newer file is now: moved aside, or (when even that failed) left as it was. */
const whereItWent = (p: { movedTo?: string; notMoved?: string }): Text =>
  p.movedTo
    ? { zh: `原文件没有被覆盖，已移到 ${p.movedTo}。`, en: `It was not overwritten: it was moved to ${p.movedTo}.` }
    : p.notMoved
      ? {
          zh: `原文件保持原样、没有被改动（无法移走：${p.notMoved}）。`,
          en: `It was left in place, unchanged (it could not be moved: ${p.notMoved}).`,
        }
      : { zh: '请重新启动程序检查文件。', en: 'Restart the program to check the file.' };

const join = (...parts: Text[]): Text => ({
  zh: parts.map((p) => p.zh).join(''),
  en: parts.map((p) => p.en).join(' '),
});

export const STORAGE_MESSAGES = {
  corrupt: (p: { file: string; movedTo?: string; notMoved?: string; newestBackup?: string; detail?: string }) =>
    join(
      {
        zh: `数据库文件 ${p.file} 已损坏${p.detail ? `（${p.detail}）` : ''}。`,
        en: `The database file ${p.file} is corrupt${p.detail ? ` (${p.detail})` : ''}.`,
      },
      whereItWent(p),
      backupOffer(p.newestBackup),
    ),
  'newer-version': (p: {
    file: string;
    found: number;
    supported: number;
    movedTo?: string;
    notMoved?: string;
    newestBackup?: string;
  }) =>
    join(
      {
        zh: `数据库文件 ${p.file} 来自更新版本的短会（数据结构版本 ${p.found}，本程序只支持到 ${p.supported}），请用新版本的短会打开它。`,
        en: `The database file ${p.file} comes from a newer version of Duanhui (schema version ${p.found}; this program supports up to ${p.supported}); open it with the newer Duanhui.`,
      },
      whereItWent(p),
      backupOffer(p.newestBackup),
    ),
  'not-duanhui': (p: { file: string }) => ({
    zh: `文件 ${p.file} 是 SQLite 数据库，但不是短会的数据库。文件没有被改动；请选择另一个文件或文件夹。`,
    en: `The file ${p.file} is an SQLite database but not a Duanhui database. It was left unchanged; choose another file or folder.`,
  }),
  'read-only': (p: { file: string; dir: string }) => ({
    zh: `无法写入数据库 ${p.file}：文件或文件夹 ${p.dir} 是只读的。数据没有丢失，也没有被改动；请给该文件夹写权限，或在设置中换一个数据文件夹。`,
    en: `Cannot write the database ${p.file}: the file or its folder ${p.dir} is read-only. No data was lost or changed; make the folder writable or choose another data folder in the settings.`,
  }),
  'disk-full': (p: { file: string }) => ({
    zh: `磁盘已满，无法写入 ${p.file}。这次的修改没有保存，之前的数据完好；请腾出磁盘空间后重试。`,
    en: `The disk is full: cannot write ${p.file}. This change was not saved and the earlier data is intact; free some disk space and try again.`,
  }),
  busy: (p: { file: string }) => ({
    zh: `数据库 ${p.file} 正被另一个程序占用，请稍后重试或关闭另一个短会窗口。`,
    en: `The database ${p.file} is locked by another program; try again later or close the other Duanhui window.`,
  }),
  'io-error': (p: { file: string; detail: string }) => ({
    zh: `读写数据库 ${p.file} 时出错：${p.detail}。`,
    en: `Reading or writing the database ${p.file} failed: ${p.detail}.`,
  }),
  'cannot-open': (p: { file: string; detail: string }) => ({
    zh: `无法打开数据库 ${p.file}：${p.detail}。请检查路径是否存在、是否有权限。`,
    en: `Cannot open the database ${p.file}: ${p.detail}. Check that the path exists and is accessible.`,
  }),
  closed: (p: { file: string }) => ({
    zh: `数据库 ${p.file} 已关闭。`,
    en: `The database ${p.file} is closed.`,
  }),
  'invalid-meeting': (p: { detail: string }) => ({
    zh: `会议数据不正确：${p.detail}`,
    en: `The meeting is not valid: ${p.detail}`,
  }),
  'invalid-schedule': (p: { detail: string }) => ({
    zh: `会议安排文件不正确：${p.detail}`,
    en: `The schedule is not valid: ${p.detail}`,
  }),
  'invalid-policy': (p: { detail: string }) => ({
    zh: `规则设置不正确：${p.detail}`,
    en: `The policy is not valid: ${p.detail}`,
  }),
  'invalid-event': (p: { index: number; detail: string }) => ({
    zh: `第 ${p.index + 1} 个事件不正确：${p.detail}。这一批事件都没有写入。`,
    en: `Event ${p.index + 1} is not valid: ${p.detail}. None of this batch was written.`,
  }),
  'invalid-document': (p: { detail: string }) => ({
    zh: `附件信息不正确：${p.detail}`,
    en: `The attached document is not valid: ${p.detail}`,
  }),
  'meeting-not-found': (p: { id: string }) => ({
    zh: `找不到会议 ${p.id}。`,
    en: `Meeting ${p.id} was not found.`,
  }),
  'item-not-found': (p: { meetingId: string; item: string }) => ({
    zh: `会议 ${p.meetingId} 中找不到议程 ${p.item}。`,
    en: `Agenda item ${p.item} was not found in meeting ${p.meetingId}.`,
  }),
  'meeting-live': (p: { id: string }) => ({
    zh: `会议 ${p.id} 正在进行，不能删除。`,
    en: `Meeting ${p.id} is running and cannot be deleted.`,
  }),
  'meeting-has-records': (p: { id: string; count: number }) => ({
    zh: `会议 ${p.id} 已有 ${p.count} 份会议记录；删除会议会同时删除记录，请确认后再删除。`,
    en: `Meeting ${p.id} has ${p.count} meeting record(s); deleting the meeting deletes them too, so confirm it explicitly.`,
  }),
  'session-not-found': (p: { id: string }) => ({
    zh: `找不到会议进程 ${p.id}。`,
    en: `Live session ${p.id} was not found.`,
  }),
  'session-ended': (p: { id: string }) => ({
    zh: `会议进程 ${p.id} 已结束，记录不能再追加。`,
    en: `Live session ${p.id} has ended; its record cannot be appended to.`,
  }),
  'session-live-exists': (p: { meetingId: string; sessionId: string }) => ({
    zh: `会议 ${p.meetingId} 已经在进行（进程 ${p.sessionId}），不能再开始一次。`,
    en: `Meeting ${p.meetingId} is already running (session ${p.sessionId}); it cannot be started twice.`,
  }),
  'duplicate-seq': (p: { sessionId: string; seq: number }) => ({
    zh: `会议进程 ${p.sessionId} 的事件序号 ${p.seq} 重复。这一批事件都没有写入。`,
    en: `Event sequence number ${p.seq} of session ${p.sessionId} is a duplicate. None of this batch was written.`,
  }),
  'policy-not-found': (p: { version: number }) => ({
    zh: `找不到第 ${p.version} 版规则。`,
    en: `Policy version ${p.version} was not found.`,
  }),
  'backup-failed': (p: { file: string; target: string; detail: string }) => ({
    zh: `无法为 ${p.file} 建立备份 ${p.target}：${p.detail}。`,
    en: `Could not back up ${p.file} to ${p.target}: ${p.detail}.`,
  }),
  'backup-invalid': (p: { backup: string; detail: string }) => ({
    zh: `备份 ${p.backup} 不能用于恢复：${p.detail}。`,
    en: `The backup ${p.backup} cannot be restored: ${p.detail}.`,
  }),
  'migration-failed': (p: { file: string; from: number; to: number; detail: string; backup?: string }) => ({
    zh: `升级数据库 ${p.file}（版本 ${p.from} → ${p.to}）失败：${p.detail}。文件保持原样${p.backup ? `，升级前的备份在 ${p.backup}` : ''}。`,
    en: `Upgrading the database ${p.file} (version ${p.from} → ${p.to}) failed: ${p.detail}. The file was left as it was${p.backup ? `; the backup taken before the upgrade is ${p.backup}` : ''}.`,
  }),
  'sqlite-error': (p: { file: string; detail: string }) => ({
    zh: `数据库 ${p.file} 出错：${p.detail}。`,
    en: `Database error in ${p.file}: ${p.detail}.`,
  }),
} satisfies Record<string, (p: never) => Text>;

export type StorageErrorCode = keyof typeof STORAGE_MESSAGES;
export type StorageMessageParams<C extends StorageErrorCode> = Parameters<(typeof STORAGE_MESSAGES)[C]>[0];

export const storageMessage = <C extends StorageErrorCode>(code: C, params: StorageMessageParams<C>): Text =>
  (STORAGE_MESSAGES[code] as (p: StorageMessageParams<C>) => Text)(params);
