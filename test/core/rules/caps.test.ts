import { describe, expect, it } from 'vitest';
import { brief, check, ofRule, policy } from './fixtures';

const EXEMPT = ['plenary', 'work-conference', 'statutory'] as const;
const CAPPED = ['working', 'standing-committee'] as const;

describe('duration-cap', () => {
  it.each([
    ...CAPPED.flatMap((k) => [[k, 120, false], [k, 121, true], [k, 1, false]] as const),
    ...EXEMPT.map((k) => [k, 600, false] as const),
  ])('%s meeting of %i minutes fires: %s', (kind, durationMinutes, fires) => {
    const f = ofRule(check({ kind, durationMinutes }), 'duration-cap');
    expect(f.length).toBe(fires ? 1 : 0);
  });

  it('records minutes, cap and overrun', () => {
    expect(ofRule(check({ durationMinutes: 150 }), 'duration-cap')).toEqual([
      { rule: 'duration-cap', severity: 'error', code: 'over-cap', params: { minutes: 150, cap: 120, over: 30, meetingKind: 'working' } },
    ]);
  });

  it('takes the cap and the exempt kinds from the policy', () => {
    const p = (o: Parameters<typeof policy>[0]) => ({ policy: policy(o) });
    expect(ofRule(check({ durationMinutes: 90 }, p({ meetingCapMinutes: 90 })), 'duration-cap')).toEqual([]);
    expect(ofRule(check({ durationMinutes: 91 }, p({ meetingCapMinutes: 90 })), 'duration-cap')).toHaveLength(1);
    expect(ofRule(check({ kind: 'plenary', durationMinutes: 121 }, p({ exemptKinds: [] })), 'duration-cap')).toHaveLength(1);
    expect(ofRule(check({ durationMinutes: 300 }, p({ exemptKinds: ['working'] })), 'duration-cap')).toEqual([]);
  });
});

const item = (o: Record<string, unknown>) => ({ kind: 'speech', minutes: 5, ...o });
const agendaCheck = (kind: string, items: Record<string, unknown>[], p: Parameters<typeof policy>[0] = {}) =>
  check({ kind, durationMinutes: 120, agenda: items.map(item) }, { policy: policy(p) });

describe('speech-limit', () => {
  it.each([
    ...CAPPED.flatMap((k) => [
      [k, 'speech', 8, false],
      [k, 'speech', 9, true],
      [k, 'report', 8, false],
      [k, 'report', 9, true],
      [k, 'remarks', 30, false],
      [k, 'keynote', 30, false],
      [k, 'other', 30, false],
    ] as const),
    ...EXEMPT.flatMap((k) => [[k, 'speech', 9, false], [k, 'report', 30, false]] as const),
  ])('%s meeting, %s of %i minutes fires: %s', (meetingKind, kind, minutes, fires) => {
    expect(brief(ofRule(agendaCheck(meetingKind, [{ kind, minutes }]), 'speech-limit'))).toEqual(fires ? ['error speech-limit/over-limit@0'] : []);
  });

  it('names the item', () => {
    const [f] = ofRule(agendaCheck('working', [{}, {}, { title: '关于招商引资的发言', speaker: '张三', unit: '县商务局', minutes: 10 }]), 'speech-limit');
    expect(f).toMatchObject({ item: 2, params: { itemNo: 3, itemKind: 'speech', itemTitle: '关于招商引资的发言', speaker: '张三', unit: '县商务局', minutes: 10, limit: 8, over: 2 } });
  });

  it('takes the limit and the timed kinds from the policy', () => {
    expect(ofRule(agendaCheck('working', [{ minutes: 10 }], { speechLimitMinutes: 10 }), 'speech-limit')).toEqual([]);
    expect(ofRule(agendaCheck('working', [{ minutes: 11 }], { speechLimitMinutes: 10 }), 'speech-limit')).toHaveLength(1);
    expect(ofRule(agendaCheck('working', [{ kind: 'report', minutes: 9 }], { timedItemKinds: ['speech'] }), 'speech-limit')).toEqual([]);
    expect(ofRule(agendaCheck('working', [{ kind: 'remarks', minutes: 9 }], { timedItemKinds: ['remarks'] }), 'speech-limit')).toHaveLength(1);
  });
});

describe('extension-limit', () => {
  it.each([
    ['speech', 5, null],
    ['speech', 6, 'too-long'],
    ['report', 5, null],
    ['report', 6, 'too-long'],
    ['speech', 0, null],
    ['remarks', 1, 'not-allowed'],
    ['keynote', 5, 'not-allowed'],
    ['other', 10, 'not-allowed'],
    ['remarks', 0, null],
  ] as const)('%s declaring %i minutes → %s', (kind, extensionMinutes, code) => {
    const f = ofRule(agendaCheck('working', [{ kind, extensionMinutes }]), 'extension-limit');
    expect(f.map((x) => x.code)).toEqual(code ? [code] : []);
  });

  it.each(EXEMPT)('applies in an exempt %s meeting too', (kind) => {
    expect(ofRule(agendaCheck(kind, [{ extensionMinutes: 6 }]), 'extension-limit')).toHaveLength(1);
  });

  it('takes the maximum from the policy', () => {
    expect(ofRule(agendaCheck('working', [{ extensionMinutes: 3 }], { extensionMaxMinutes: 3 }), 'extension-limit')).toEqual([]);
    expect(ofRule(agendaCheck('working', [{ extensionMinutes: 4 }], { extensionMaxMinutes: 3 }), 'extension-limit')[0]?.params).toMatchObject({ extension: 4, max: 3, over: 1 });
    expect(ofRule(agendaCheck('working', [{ kind: 'report', extensionMinutes: 2 }], { timedItemKinds: ['speech'] }), 'extension-limit')[0]?.params).toMatchObject({ allowedKinds: 'speech' });
  });
});

describe('keynote-length', () => {
  const keynote = (o: Record<string, unknown>) => ({ kind: 'keynote', minutes: 30, ...o });
  const run = (meetingKind: string, o: Record<string, unknown>, p: Parameters<typeof policy>[0] = {}) =>
    ofRule(agendaCheck(meetingKind, [keynote(o)], p), 'keynote-length');

  it.each([
    [{ chars: 5000 }, []],
    [{ chars: 5001 }, ['error keynote-length/too-long@0']],
    [{ text: '字'.repeat(5000) }, []],
    [{ text: '字'.repeat(5001) }, ['error keynote-length/too-long@0']],
    // the text wins over the count beside it
    [{ text: '字'.repeat(10), chars: 9999 }, []],
    [{ text: '字'.repeat(5001), chars: 10 }, ['error keynote-length/too-long@0']],
    // a blank text is no text
    [{ text: '  \n', chars: 5001 }, ['error keynote-length/too-long@0']],
    [{ text: ' ' }, ['info keynote-length/unknown@0']],
    [{}, ['info keynote-length/unknown@0']],
    [{ chars: 0 }, []],
  ])('%j → %j', (o, expected) => {
    expect(brief(run('working', o))).toEqual(expected);
  });

  it('says where the count came from', () => {
    expect(run('working', { text: '字'.repeat(5001), chars: 10 })[0]?.params).toMatchObject({ zi: 5001, max: 5000, over: 1, source: 'text' });
    expect(run('working', { chars: 5100 })[0]?.params).toMatchObject({ zi: 5100, source: 'chars' });
  });

  it.each(EXEMPT)('an exempt %s meeting has no cap, but an unknown length is still an info', (kind) => {
    expect(run(kind, { chars: 99999 })).toEqual([]);
    expect(brief(run(kind, {}))).toEqual(['info keynote-length/unknown@0']);
  });

  it('counts 字 as Word does by default', () => {
    // `GDP` and `5.2%` are one 字 each: 5000 Han + 1 word = 5001.
    const text = `${'字'.repeat(4999)}GDP`;
    const noCounter = { countZi: undefined };
    expect(ofRule(check({ agenda: [keynote({ text })] }, noCounter), 'keynote-length')).toEqual([]);
    expect(ofRule(check({ agenda: [keynote({ text: `${text} 5.2%` })] }, noCounter), 'keynote-length')[0]?.params).toMatchObject({ zi: 5001 });
    expect(ofRule(check({ agenda: [keynote({ text: '字 '.repeat(5001) })] }, noCounter), 'keynote-length')).toHaveLength(1);
  });

  it('takes the cap from the policy', () => {
    expect(run('working', { chars: 3000 }, { keynoteMaxChars: 3000 })).toEqual([]);
    expect(run('working', { chars: 3001 }, { keynoteMaxChars: 3000 })).toHaveLength(1);
    expect(run('plenary', { chars: 3001 }, { keynoteMaxChars: 3000, exemptKinds: [] })).toHaveLength(1);
  });
});

describe('report-pages', () => {
  const report = (o: Record<string, unknown>) => ({ kind: 'report', minutes: 8, ...o });
  const run = (meetingKind: string, items: Record<string, unknown>[], c: Record<string, unknown> = {}) =>
    ofRule(check({ kind: meetingKind, durationMinutes: 120, agenda: items }, c), 'report-pages');

  it.each([
    ['standing-committee', { pages: 3 }, []],
    ['standing-committee', { pages: 4 }, ['warning report-pages/too-many-pages@0']],
    ['standing-committee', { text: 'p\np\np' }, []],
    ['standing-committee', { text: 'p\np\np\np' }, ['warning report-pages/too-many-pages@0']],
    ['standing-committee', { text: 'p\np\np', pages: 40 }, []], // text wins
    ['standing-committee', { text: 'p\np\np\np', pages: 1 }, ['warning report-pages/too-many-pages@0']],
    ['standing-committee', {}, []], // unknown: not judged
    ['working', { pages: 40 }, []],
    ['plenary', { pages: 40 }, []],
  ] as const)('%s meeting, report %j → %j', (kind, o, expected) => {
    expect(brief(run(kind, [report(o)]))).toEqual(expected);
  });

  it('only reports are judged', () => {
    expect(run('standing-committee', [{ kind: 'speech', minutes: 8, pages: 9 }, { kind: 'keynote', minutes: 8, pages: 9 }])).toEqual([]);
  });

  it('estimates pages by GB/T 9704 by default: 66 one-line paragraphs are 3 pages, 67 are 4', () => {
    const paras = (n: number) => Array.from({ length: n }, (_, i) => `第${i + 1}段。`).join('\n');
    const real = { estimatePages: undefined };
    expect(run('standing-committee', [report({ text: paras(66) })], real)).toEqual([]);
    expect(run('standing-committee', [report({ text: paras(67) })], real)[0]?.params).toMatchObject({ pages: 4, max: 3, source: 'text' });
  });

  it('takes the cap from the policy', () => {
    expect(run('standing-committee', [report({ pages: 5 })], { policy: policy({ reportMaxPages: 5 }) })).toEqual([]);
    expect(run('standing-committee', [report({ pages: 6 })], { policy: policy({ reportMaxPages: 5 }) })).toHaveLength(1);
  });
});
