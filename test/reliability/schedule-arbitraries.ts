import fc from 'fast-check';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

function pathsOf(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  }
  return out;
}

const ODD_VALUES: Json[] = [
  null, '', ' ', -1, 0, 1e308, 2 ** 53, 0.5, true, [], {}, '2026-02-30T09:00', '24:00',
  '字'.repeat(6000), 'working', 'speech', 'Mars/Olympus', '\u0000', '\ud800',
];

type Op = { kind: 'replace'; value: Json } | { kind: 'delete' } | { kind: 'add'; key: string; value: Json };

function apply(root: Json, path: Path, op: Op): Json {
  const copy = structuredClone(root);
  if (path.length === 0) return op.kind === 'replace' ? op.value : copy;
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string | number, Json>)[key]!, copy);
  const last = path[path.length - 1]!;
  const container = parent as Record<string | number, Json> & Json[];
  if (op.kind === 'replace') container[last] = op.value;
  else if (op.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete container[last];
  } else {
    const target = container[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) target[op.key] = op.value;
    else container[last] = op.value;
  }
  return copy;
}

const value: fc.Arbitrary<Json> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...ODD_VALUES) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> },
);

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), value }),
  fc.constant({ kind: 'delete' as const }),
  fc.record({ kind: fc.constant('add' as const), key: fc.string({ maxLength: 8 }), value }),
);

/** One to three edits (replace, delete, add a key) at random places in `sample`, as JSON text. */
export function jsonMutation(sample: unknown): fc.Arbitrary<string> {
  const root = sample as Json;
  const paths = pathsOf(root);
  const edit = fc.tuple(fc.nat({ max: paths.length - 1 }), op);
  return fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => {
    let doc = root;
    for (const [i, o] of edits) {
      // Earlier edits can remove a later path; such an edit is skipped.
      try {
        doc = apply(doc, paths[i]!, o);
      } catch {
        /* path gone */
      }
    }
    return JSON.stringify(doc);
  });
}

const icsLine = fc.oneof(
  fc.constantFrom(
    'BEGIN:VEVENT', 'END:VEVENT', 'DTSTART:20260108T090000', 'DTSTART;TZID=Asia/Shanghai:20260108T090000',
    'DTEND:20260108T103000', 'DTSTART;VALUE=DATE:20260230', 'SUMMARY:全县工作会', 'DURATION:PT90M', 'DURATION:P1X',
    'UID:a@b', 'RRULE:FREQ=DAILY;COUNT=3', 'DESCRIPTION:议程\\n1. 发言 8分钟', 'BEGIN:VTIMEZONE', 'END:VTIMEZONE',
    'X-DUANHUI-KIND:working', ' folded', 'DTSTART:2026', ':', ';;;',
  ),
  fc.string({ maxLength: 40 }),
);

/** Text that looks like iCalendar: the frame, then random known and unknown lines. */
export const icsText: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.array(icsLine, { maxLength: 25 }), fc.boolean(), fc.constantFrom('\r\n', '\n'))
  .map(([open, lines, close, eol]) =>
    [...(open ? ['BEGIN:VCALENDAR', 'VERSION:2.0'] : []), ...lines, ...(close ? ['END:VCALENDAR'] : [])].join(eol),
  );
