import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testDocument } from '../model/test-records';
import { parseProject } from './parse-project';
import { buildProject, serializeProject, type CrosscheckProject } from './project';
import { invasionDateProject, projectArbitrary } from './test-projects';

const readSeed = (file: string) => readFileSync(new URL(`../../../seeds/${file}`, import.meta.url), 'utf8');

const document = testDocument('doc-1', { title: 'Title', text: 'The full text.' });

describe('buildProject', () => {
  it('includes texts only when asked, and never the library-only updatedAt', () => {
    const input = { documents: [document], claims: [], dismissedFindings: ['f1'], exportedAt: new Date('2026-11-23T10:00:00Z') };
    const withTexts = buildProject({ ...input, includeTexts: true });
    const withoutTexts = buildProject({ ...input, includeTexts: false });
    expect(withTexts.documents[0]).toMatchObject({ text: 'The full text.', contentHash: 'a'.repeat(64) });
    expect(withoutTexts.documents[0]).not.toHaveProperty('text');
    expect(withTexts.documents[0]).not.toHaveProperty('updatedAt');
    expect(withTexts).toMatchObject({ version: 2, exportedAt: '2026-11-23T10:00:00.000Z', dismissedFindings: ['f1'] });
  });
});

describe('serializeProject', () => {
  it('writes keys in one order whatever order the input had', async () => {
    const project = await invasionDateProject(readSeed);
    const reversed = JSON.parse(JSON.stringify(project), (_key, value: unknown) =>
      value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    ) as CrosscheckProject;
    expect(Object.keys(reversed)[0]).toBe('dismissedFindings');
    expect(serializeProject(reversed)).toBe(serializeProject(project));
    expect(serializeProject(project)).toMatch(/^\{\n {2}"version": 2,\n {2}"exportedAt": "[^"]+",\n {2}"stories": \[\n {4}\{\n {6}"documents"/);
  });

  it('round-trips through parseProject unchanged for any valid project (property)', () => {
    fc.assert(
      fc.property(projectArbitrary(), (project) => {
        const result = parseProject(serializeProject(project));
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        expect(result.project).toEqual(project);
      }),
      { numRuns: 200 },
    );
  });
});
