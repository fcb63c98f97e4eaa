import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProject } from './parse-project';
import { renderExport } from './render-export';
import { invasionDateProject } from './test-projects';

const readSeed = (file: string) => readFileSync(new URL(`../../../seeds/${file}`, import.meta.url), 'utf8');
const project = await invasionDateProject(readSeed);
const date = new Date('2026-11-23T12:00:00Z');

describe('renderExport', () => {
  it('names, types and fills each export', () => {
    const projectFile = renderExport(project, { kind: 'project' }, date);
    expect(projectFile).toMatchObject({ fileName: 'crosscheck-project-2026-11-23.json', mimeType: 'application/json' });
    expect(parseProject(projectFile.content)).toEqual({ ok: true, project });

    const csv = renderExport(project, { kind: 'csv' }, date);
    expect(csv).toMatchObject({ fileName: 'crosscheck-claims-2026-11-23.csv', mimeType: 'text/csv;charset=utf-8' });
    expect(csv.content.startsWith('\uFEFFClaim ID,')).toBe(true);

    const annotations = renderExport(project, { kind: 'webannotation' }, date);
    expect(JSON.parse(annotations.content)).toMatchObject({ type: 'AnnotationCollection', total: 3 });

    const reviews = renderExport(project, { kind: 'claimreview', author: { name: 'Example Checks' }, url: 'https://checks.example.org/a' }, date);
    expect(reviews.mimeType).toBe('application/ld+json');
    expect(JSON.parse(reviews.content)['@graph']).toHaveLength(1);

    expect(renderExport(project, { kind: 'md' }, date).content).toMatch(/^# Crosscheck claims report\n/);
  });
});
