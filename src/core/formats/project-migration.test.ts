// Files of every earlier version still import. Version 1 held one story's content at the top level
// (documents, claims, dismissedFindings, an optional "story"), and before issue 14 no document had
// url, authors or proposedFrom: testdata/project-v1.json is such a file, written by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProject, parseProjectFile } from './parse-project';
import { buildProject, projectFileOf, serializeProject, serializeProjectFile } from './project';
import { PROJECT_VERSION } from './project-schema';

const V1 = readFileSync(new URL('./testdata/project-v1.json', import.meta.url), 'utf8');
const v1Raw = () => JSON.parse(V1) as Record<string, unknown>;

function fileOf(text: string) {
  const result = parseProjectFile(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.file;
}

describe('version 1 project files', () => {
  it('migrate to a file of one story that keeps the story id and name, every document, claim and dismissed finding', () => {
    const file = fileOf(V1);
    expect(file.version).toBe(PROJECT_VERSION);
    expect(file.stories).toHaveLength(1);
    const [story] = file.stories;
    expect(story).toMatchObject({ id: 'harbour', name: 'Harbour queue', dismissedFindings: ['finding-x'] });
    expect(story?.documents.map((doc) => [doc.id, doc.url, doc.authors, doc.proposedFrom])).toEqual([
      ['harbour-wire', null, [], {}],
      ['coast-review', null, [], {}],
    ]);
    expect(story?.claims[0]?.evidence.map((item) => item.quote.exact)).toEqual(['41 ships', '14 ships']);
  });

  it('without a story, migrate to one story without id or name', () => {
    const raw = v1Raw();
    delete raw.story;
    const [story] = fileOf(JSON.stringify(raw)).stories;
    expect(story?.id).toBeUndefined();
    expect(story?.name).toBeUndefined();
    expect(story?.documents).toHaveLength(2);
  });

  it('report problems at their places in the version 1 file', () => {
    const raw = v1Raw() as { claims: Array<{ status: string }> };
    raw.claims[0]!.status = 'true';
    const result = parseProjectFile(JSON.stringify(raw));
    expect(result.ok ? [] : result.problems.map((problem) => problem.path)).toEqual(['claims[0].status']);
  });

  it('read as the same story as the version 2 file written from them', () => {
    const fromV1 = parseProject(V1);
    expect(fromV1.ok).toBe(true);
    if (!fromV1.ok) return;
    expect(parseProject(serializeProject(fromV1.project))).toEqual(fromV1);
  });
});

describe('files of several stories', () => {
  const project = (id: string, name: string) =>
    buildProject({ documents: [], claims: [], dismissedFindings: [id], includeTexts: true, exportedAt: new Date('2026-11-30T10:00:00Z'), story: { id, name } });
  const both = serializeProjectFile(projectFileOf([project('a', 'Story A'), project('b', 'Story B')]));

  it('keep every story with its id and name', () => {
    expect(fileOf(both).stories.map((story) => [story.id, story.name, story.dismissedFindings])).toEqual([
      ['a', 'Story A', ['a']],
      ['b', 'Story B', ['b']],
    ]);
  });

  it('give one story by id or name, and say which stories there are when none is named', () => {
    const byName = parseProject(both, { story: 'Story B' });
    expect(byName.ok && byName.project.story).toEqual({ id: 'b', name: 'Story B' });
    const unnamed = parseProject(both);
    expect(unnamed.ok ? null : unnamed.problems[0]?.message).toBe(
      'This Crosscheck project file holds 2 stories: “Story A” (id a), “Story B” (id b); say which one to read.',
    );
  });

  it('refuse two stories with one id', () => {
    const twice = serializeProjectFile(projectFileOf([project('a', 'Story A'), project('a', 'Story A again')]));
    const result = parseProjectFile(twice);
    expect(result.ok ? [] : result.problems).toEqual([{ path: 'stories[1].id', message: 'Duplicate id "a", already used by stories[0].' }]);
  });

  it('refuse a file with no story at all', () => {
    const result = parseProjectFile(JSON.stringify({ version: 2, exportedAt: '2026-11-30T10:00:00Z', stories: [] }));
    expect(result.ok ? [] : result.problems.map((problem) => problem.path)).toEqual(['stories']);
  });
});
