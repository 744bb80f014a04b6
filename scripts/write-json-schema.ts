import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { ScheduleSchema } from '../electron/core/schedule/schedule-schema';

/**
 * docs/schedule.schema.json is generated, never edited: `npm run schema` rewrites it from the
 * zod schema the code validates with, and a test fails when the committed file has drifted.
 */
export const SCHEMA_PATH = fileURLToPath(new URL('../docs/schedule.schema.json', import.meta.url));

export function scheduleJsonSchemaText(): string {
  // Input mode: a field with a default (countyWide, approvals, agenda, timeZone…) is optional in a file.
  const schema = z.toJSONSchema(ScheduleSchema, { io: 'input', target: 'draft-2020-12' });
  const document = {
    $schema: schema.$schema,
    title: '短会日程 Duanhui schedule, version 1',
    description:
      'Generated from electron/core/schedule/schedule-schema.ts by `npm run schema`; do not edit. See docs/schedule-format.md.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(SCHEMA_PATH, scheduleJsonSchemaText(), 'utf8');
  console.log(`wrote ${SCHEMA_PATH}`);
}
