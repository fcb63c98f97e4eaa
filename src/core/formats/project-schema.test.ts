import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectJsonSchema } from './project-schema';

const SCHEMA_FILE = new URL('../../../docs/project-schema.json', import.meta.url);

describe('docs/project-schema.json', () => {
  it('equals the schema generated from the zod definition', () => {
    const generated = `${JSON.stringify(projectJsonSchema(), null, 2)}\n`;
    // Regenerate after changing the schema: UPDATE_PROJECT_SCHEMA=1 npx vitest run src/core/formats/project-schema.test.ts
    if (process.env.UPDATE_PROJECT_SCHEMA === '1') writeFileSync(SCHEMA_FILE, generated);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
  });
});
