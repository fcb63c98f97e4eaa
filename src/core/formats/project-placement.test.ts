// Evidence placement in the project file: written after createdAt, read back unchanged, optional
// (files written before it existed still import), and checked like every other field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EvidencePlacement } from '../model/claims';
import { parseProject } from './parse-project';
import { serializeProject, type CrosscheckProject } from './project';
import { invasionDateProject } from './test-projects';

const readSeed = (file: string) => readFileSync(new URL(`../../../seeds/${file}`, import.meta.url), 'utf8');

const PLACEMENTS: EvidencePlacement[] = [
  { method: 'fuzzy', score: 0.91, errors: 6 },
  { method: 'exact-elsewhere', score: 0.69, confirmedAt: '2026-11-30T06:30:00.000Z' },
  { method: 'exact-in-place', score: 0.98 },
];

function withPlacements(project: CrosscheckProject): CrosscheckProject {
  const [first, ...rest] = project.claims;
  if (first === undefined) throw new Error('the test project has no claims');
  return { ...project, claims: [{ ...first, evidence: first.evidence.map((item, index) => ({ ...item, placement: PLACEMENTS[index]! })) }, ...rest] };
}

describe('evidence placement in project files', () => {
  it('round-trips through serializeProject and parseProject, written after createdAt', async () => {
    const project = withPlacements(await invasionDateProject(readSeed));
    const json = serializeProject(project);
    expect(json).toMatch(/"createdAt": "[^"]+",\n\s+"placement": \{\n\s+"method": "fuzzy",\n\s+"score": 0.91,\n\s+"errors": 6\n/);
    const parsed = parseProject(json);
    expect(parsed.ok && parsed.project.claims[0]?.evidence.map((item) => item.placement)).toEqual(PLACEMENTS);
  });

  it('reads files written before placements existed, without inventing one', async () => {
    const parsed = parseProject(serializeProject(await invasionDateProject(readSeed)));
    expect(parsed.ok && parsed.project.claims[0]?.evidence.every((item) => !('placement' in item))).toBe(true);
  });

  it('names the field of a placement that is not valid', async () => {
    const project = withPlacements(await invasionDateProject(readSeed));
    const broken = JSON.parse(serializeProject(project)) as { stories: Array<{ claims: Array<{ evidence: Array<{ placement: unknown }> }> }> };
    broken.stories[0]!.claims[0]!.evidence[0]!.placement = { method: 'guessed', score: 2 };
    const parsed = parseProject(JSON.stringify(broken));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((problem) => problem.path)).toContain('stories[0].claims[0].evidence[0].placement.method');
  });
});
