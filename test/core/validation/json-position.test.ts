import { describe, expect, it } from 'vitest';
import {
  findJsonPath,
  findJsonSyntaxError,
  formatJsonPath,
  locateJson,
  parseJsonWithPosition,
} from '../../../electron/core/validation/json-position';

describe('formatJsonPath', () => {
  it.each([
    [[], ''],
    [['meetings', 0, 'agenda', 2, 'kind'], 'meetings[0].agenda[2].kind'],
    [['a b', 'c'], '["a b"].c'],
    [['x', '0'], 'x["0"]'],
    [[3], '[3]'],
  ] as const)('%j → %s', (path, expected) => {
    expect(formatJsonPath(path)).toBe(expected);
  });
});

describe('parseJsonWithPosition', () => {
  it('parses well-formed JSON, a BOM included', () => {
    expect(parseJsonWithPosition('{"a":[1,2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
    expect(parseJsonWithPosition('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  // Node 24 gives no position for some of these ("Unexpected token 'x', ..."): ours always does.
  it.each([
    ['{\n  "a": 1,\n  "b": x\n}', 3, 8, /unexpected character 'x'/],
    ['{\n  "a": 1,\n}', 3, 1, /trailing comma/],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, /expected ',' or '}'/],
    ['', 1, 1, /empty input/],
    ['{"a":1}}', 1, 8, /already ended/],
    ['{"a":"x\ny"}', 1, 8, /control character/],
    ['{"a": "unterminated', 1, 7, /unterminated string/],
    ['{\r\n"a": tru}', 2, 6, /unexpected character 'tru|unexpected character 't'/],
    ['{"会议": “标题”}', 1, 8, /full-width/],
    ['{a: 1}', 1, 2, /double-quoted property name/],
    ['[1, 2', 1, 6, /unexpected end of input/],
    ['{"n": 01}', 1, 8, /expected ',' or '}'/],
    ['{"s": "\\x"}', 1, 8, /invalid escape/],
    ['\uFEFF{\n "a": ]}', 2, 7, /unexpected character '\]'/],
  ])('%j → line %i column %i', (text, line, column, what) => {
    const r = parseJsonWithPosition(text, 'plan.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ line, column, file: 'plan.json' });
    expect(r.error.messageEn).toMatch(what);
    expect(r.error.message).toContain(`plan.json:${line}:${column}: JSON 格式错误`);
    expect(r.error.message).toContain('malformed JSON');
  });

  it('agrees with JSON.parse on what is well-formed', () => {
    const samples = ['1', '"x"', 'null', ' true ', '-0.5e+3', '{"a":{"b":[{},[]]}}', '"\\u00e9\\n"', '{"a":1,"a":2}'];
    for (const s of samples) expect(findJsonSyntaxError(s)).toBeUndefined();
    const bad = ['-', '1.', '.5', '+1', 'nul', '{"a"}', '[,]', '{,}', '"\\u12"', 'NaN', "'x'"];
    for (const s of bad) {
      expect(() => JSON.parse(s)).toThrow();
      expect(findJsonSyntaxError(s)).toBeDefined();
    }
  });
});

describe('locateJson', () => {
  const text = '{\n  "meetings": [\n    {\n      "id": "m1",\n      "agenda": [\n        { "kind": "speach" }\n      ]\n    }\n  ]\n}\n';
  it('finds the line of a field and of an element', () => {
    const loc = locateJson(text);
    expect(loc).toBeDefined();
    if (!loc) return;
    expect(findJsonPath(loc, ['meetings', 0, 'agenda', 0, 'kind'])).toMatchObject({ line: 6, column: 11, found: 5 });
    expect(findJsonPath(loc, ['meetings', 0, 'id'])).toMatchObject({ line: 4 });
    expect(findJsonPath(loc, ['meetings', 0])).toMatchObject({ line: 3 });
  });
  it('places a missing field at its parent', () => {
    const loc = locateJson(text);
    if (!loc) throw new Error('expected locations');
    expect(findJsonPath(loc, ['meetings', 0, 'agenda', 0, 'minutes'])).toMatchObject({ line: 6, found: 4 });
    expect(findJsonPath(loc, ['nope'])).toMatchObject({ line: 1, found: 0 });
  });
  it('is undefined for malformed text', () => {
    expect(locateJson('{')).toBeUndefined();
  });
});
