import { z } from 'zod';
import { errorText } from './error-text';
import type { ClientMessage, ErrorMessage, MessageId } from './ws-protocol';

const MessageIdSchema = z.union([z.string().min(1).max(64), z.number().int()]);

/** The engine validates the command itself; here only "an object with a type" is required. */
export const CommandSchema = z.looseObject({ type: z.string().min(1).max(64) });

const ClientMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('command'), id: MessageIdSchema, command: CommandSchema }).strict(),
  z.object({ type: z.literal('ping'), id: MessageIdSchema, t0: z.number() }).strict(),
]);

export type ClientMessageError = Omit<ErrorMessage, 'type'>;

export type ParsedClientMessage = { ok: true; message: ClientMessage } | { ok: false; error: ClientMessageError };

/** JSON path in the dotted form used in error replies: `command.type`, `items[2].title`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function readableId(value: unknown): MessageId | undefined {
  const parsed = MessageIdSchema.safeParse(
    value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : undefined,
  );
  return parsed.success ? parsed.data : undefined;
}

/** Parses one text frame from a client; every failure says what is wrong and where. */
export function parseClientMessage(text: string): ParsedClientMessage {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'bad-json', message: errorText('bad-json', { 'zh-CN': detail, en: detail }) } };
  }
  const result = ClientMessageSchema.safeParse(raw);
  if (result.success) return { ok: true, message: result.data as ClientMessage };
  const issue = result.error.issues[0];
  const path = issue ? formatPath(issue.path) : '';
  const where = path || '(root)';
  const what =
    issue?.code === 'invalid_union'
      ? { 'zh-CN': `${where} 应为 "command" 或 "ping"`, en: `${where} must be "command" or "ping"` }
      : { 'zh-CN': `${where}：${issue?.message ?? ''}`, en: `${where}: ${issue?.message ?? ''}` };
  const id = readableId(raw);
  return {
    ok: false,
    error: { ...(id === undefined ? {} : { id }), code: 'bad-message', message: errorText('bad-message', what), path },
  };
}
