import type { BilingualText, ErrorCode } from './ws-protocol';

/** What each error code means to a person reading it in a browser console or a curl reply. */
const TEXT: Record<ErrorCode, BilingualText> = {
  'bad-json': { 'zh-CN': '消息不是有效的 JSON', en: 'The message is not valid JSON' },
  'bad-message': { 'zh-CN': '消息格式不正确', en: 'The message has the wrong shape' },
  'binary-not-supported': { 'zh-CN': '只接受文本消息（JSON）', en: 'Only text (JSON) messages are accepted' },
  'too-large': { 'zh-CN': '消息过大', en: 'The message is too large' },
  'rate-limited': { 'zh-CN': '请求过于频繁，请稍后再试', en: 'Too many requests; try again shortly' },
  forbidden: {
    'zh-CN': '此链接只能查看，不能操作计时器',
    en: 'This link is view-only and cannot control the timer',
  },
  unauthorized: {
    'zh-CN': '缺少有效的访问令牌；请向主持人索取当前链接',
    en: 'A valid access token is missing; ask the chair for the current link',
  },
  'bad-host': {
    'zh-CN': '请求的主机名不属于本服务器',
    en: 'The requested host name does not belong to this server',
  },
  'bad-origin': {
    'zh-CN': '请求来自其他网站，已拒绝',
    en: 'The request comes from another site and was refused',
  },
  'not-found': { 'zh-CN': '找不到该地址', en: 'Not found' },
  'method-not-allowed': { 'zh-CN': '该地址不支持此请求方法', en: 'This method is not allowed here' },
  'bad-request': { 'zh-CN': '请求不正确', en: 'Bad request' },
  'bad-schedule': { 'zh-CN': '日程无法导入', en: 'The schedule could not be imported' },
  'too-many-clients': { 'zh-CN': '连接的屏幕过多', en: 'Too many screens are connected' },
  internal: { 'zh-CN': '服务器内部错误', en: 'Internal server error' },
  disconnected: { 'zh-CN': '连接中断，命令未发送', en: 'Disconnected; the command was not sent' },
  timeout: {
    'zh-CN': '服务器未及时回复，命令结果未知',
    en: 'The server did not answer in time; the command outcome is unknown',
  },
};

/** The standard text for a code, with an optional detail appended to both languages. */
export function errorText(code: ErrorCode, detail?: { 'zh-CN': string; en: string }): BilingualText {
  const base = TEXT[code];
  if (!detail) return base;
  return { 'zh-CN': `${base['zh-CN']}：${detail['zh-CN']}`, en: `${base.en}: ${detail.en}` };
}
