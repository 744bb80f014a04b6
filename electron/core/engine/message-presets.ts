/**
 * The chair's preset messages to the speaker. Kept apart from the zod command schema so the
 * renderer can import them without pulling zod into the console and projector bundles.
 */
export const MESSAGE_PRESETS = ['hurry', 'wrap-up'] as const;
export type MessagePreset = (typeof MESSAGE_PRESETS)[number];

/** The preset texts as shown to the speaker (zh-CN is what the room reads; English for the record). */
export const MESSAGE_PRESET_TEXT: Record<MessagePreset, { 'zh-CN': string; en: string }> = {
  hurry: { 'zh-CN': '请抓紧时间', en: 'Please hurry up' },
  'wrap-up': { 'zh-CN': '请结束发言', en: 'Please conclude your remarks' },
};
