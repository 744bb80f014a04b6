import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PATH, scheduleJsonSchemaText } from '../../../scripts/write-json-schema';

describe('docs/schedule.schema.json', () => {
  it('is exactly what `npm run schema` generates from ScheduleSchema (run it after changing the schema)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(scheduleJsonSchemaText());
  });

  it('is in input mode: fields with defaults are optional, unknown fields are refused', () => {
    const schema = JSON.parse(scheduleJsonSchemaText());
    expect(schema.required).toEqual(['format', 'version', 'meetings']);
    const meeting = schema.properties.meetings.items;
    expect(meeting.required).toEqual(['id', 'title', 'kind', 'start', 'durationMinutes']);
    expect(meeting.additionalProperties).toBe(false);
    expect(meeting.properties.kind.enum).toEqual(['working', 'standing-committee', 'plenary', 'work-conference', 'statutory']);
  });
});
