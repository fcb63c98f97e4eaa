import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { MAX_IMPORT_BYTES } from './import-problems';
import { parseProject } from './parse-project';
import { serializeProject, type ProjectFile, type ProjectFileStory } from './project';
import { invasionDateProject } from './test-projects';

const readSeed = (file: string) => readFileSync(new URL(`../../../seeds/${file}`, import.meta.url), 'utf8');
const project = await invasionDateProject(readSeed);
const json = serializeProject(project);

function problemsOf(text: string) {
  const result = parseProject(text);
  if (result.ok) throw new Error('expected the import to fail');
  return result.problems;
}

/** The file with a change to it, or to its one story. */
function withChange(change: (raw: Record<string, unknown> & ProjectFile, story: ProjectFileStory) => void): string {
  const raw = JSON.parse(json) as Record<string, unknown> & ProjectFile;
  change(raw, raw.stories[0]!);
  return JSON.stringify(raw);
}

describe('parseProject', () => {
  it('reads a valid project, also with a byte order mark', () => {
    expect(parseProject(json)).toEqual({ ok: true, project });
    expect(parseProject(`\uFEFF${json}`)).toEqual({ ok: true, project });
  });

  it('reads a file written before documents had URL and authors: no URL, no authors', () => {
    const old = withChange((_raw, story) => story.documents.forEach((document) => { const loose = document as Partial<typeof document>; delete loose.url; delete loose.authors; delete loose.proposedFrom; }));
    const result = parseProject(old);
    expect(result.ok && result.project.documents.map(({ url, authors, proposedFrom }) => ({ url, authors, proposedFrom }))).toEqual(
      project.documents.map(() => ({ url: null, authors: [], proposedFrom: {} })),
    );
  });

  it('refuses a document URL that is not http(s) and names the field', () => {
    const problems = problemsOf(withChange((_raw, story) => (story.documents[1]!.url = 'javascript:alert(1)')));
    expect(problems[0]?.path).toBe('stories[0].documents[1].url');
  });

  it('reports truncated JSON once, with the position where it ends', () => {
    const truncated = json.slice(0, 500);
    const problems = problemsOf(truncated);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/not valid JSON: it ends too early at line \d+, column \d+ \(character 500\); the file looks truncated/);
  });

  it('names the place of a syntax error inside the file', () => {
    const broken = json.replace('"version": 2,', '"version": 2,,');
    expect(problemsOf(broken)[0]?.message).toMatch(/not valid JSON: the error is at line 2, column \d+/);
  });

  it('refuses another version with the version it found', () => {
    expect(problemsOf(withChange((raw) => (raw.version = 7 as 2)))).toEqual([
      { path: 'version', message: 'Unsupported project version 7 (this Crosscheck reads versions 1 and 2).' },
    ]);
  });

  it('lists wrong field types and values with their JSON paths', () => {
    const text = withChange((_raw, story) => {
      const evidence = story.claims[0]?.evidence[0] as unknown as Record<string, unknown>;
      evidence.stance = 'maybe';
      evidence.position = { type: 'TextPositionSelector', start: 9, end: 3 };
      (story.claims[1] as unknown as Record<string, unknown>).tags = 'dates';
      (story.documents[0] as unknown as Record<string, unknown>).published = '13/07/2023';
    });
    const problems = problemsOf(text);
    expect(problems.map((problem) => problem.path).sort()).toEqual([
      'stories[0].claims[0].evidence[0].position.end',
      'stories[0].claims[0].evidence[0].stance',
      'stories[0].claims[1].tags',
      'stories[0].documents[0].published',
    ]);
    expect(problems.find((problem) => problem.path === 'stories[0].claims[0].evidence[0].stance')?.message).toMatch(/supports.*found "maybe"/);
    expect(problems.find((problem) => problem.path === 'stories[0].claims[1].tags')?.message).toMatch(/expected array, received string/);
  });

  it('says a CSV export renamed to .json is not a project file', () => {
    expect(problemsOf(toCsv(project))).toEqual([
      { path: '', message: 'Not a Crosscheck project file: it is a Crosscheck CSV export, which cannot be imported; import the project .json file instead.' },
    ]);
    expect(problemsOf('name,age\nAda,36\n')[0]?.message).toBe('Not a Crosscheck project file: it is not JSON (it begins "name,age\\nAda,36\\n").');
  });

  it('says other JSON is not a project file', () => {
    expect(problemsOf('[1, 2]')[0]?.message).toMatch(/^Not a Crosscheck project file: it holds a JSON list/);
    expect(problemsOf('{"name": "crosscheck"}')[0]?.message).toMatch(/^Not a Crosscheck project file: it has none of the fields/);
    expect(problemsOf('   ')[0]?.message).toBe('Not a Crosscheck project file: the file is empty.');
  });

  it('refuses a file over 100 MB before parsing it', () => {
    const huge = `{"version": 1, "claims": [], "padding": "${'x'.repeat(MAX_IMPORT_BYTES)}"}`;
    expect(problemsOf(huge)).toEqual([{ path: '', message: 'The Crosscheck project file is larger than 100 MB, the most Crosscheck imports; it was not read.' }]);
  });

  it('counts UTF-8 bytes, not characters, against the limit', () => {
    const chinese = '中'.repeat(Math.ceil(MAX_IMPORT_BYTES / 3) + 10);
    expect(chinese.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(problemsOf(chinese)[0]?.message).toMatch(/larger than 100 MB/);
  });

  it('reports repeated ids with where the first one was', () => {
    const text = withChange((_raw, story) => {
      const [first] = story.claims;
      if (first === undefined) throw new Error('fixture has no claims');
      story.claims.push({ ...first, evidence: [] });
      const [evidence] = first.evidence;
      if (evidence !== undefined) first.evidence.push(evidence);
    });
    expect(problemsOf(text)).toEqual([
      { path: 'stories[0].claims[2].id', message: 'Duplicate id "claim-invasion-date", already used by stories[0].claims[0].' },
      { path: 'stories[0].claims[0].evidence[3].id', message: 'Duplicate id "ev-002", already used by stories[0].claims[0].evidence[0].' },
    ]);
  });

  it('caps a long problem list with a count of the rest', () => {
    const text = withChange((_raw, story) => {
      story.dismissedFindings = Array.from({ length: 80 }, (_, index) => index) as unknown as string[];
    });
    const problems = problemsOf(text);
    expect(problems).toHaveLength(51);
    expect(problems[50]?.message).toBe('…and 30 more problems of the same kinds.');
  });

  it('refuses ids holding a lone surrogate, naming each one by its JSON path', () => {
    const text = withChange((_raw, story) => {
      const [document] = story.documents;
      const [claim] = story.claims;
      if (document === undefined || claim === undefined) throw new Error('fixture has no documents or claims');
      document.id = 'lone\ud800id';
      claim.evidence[0]!.docId = 'lone\udfffid';
      story.dismissedFindings = ['finding-\ud83d'];
    });
    expect(problemsOf(text).map((problem) => problem.path).sort()).toEqual(['stories[0].claims[0].evidence[0].docId', 'stories[0].dismissedFindings[0]', 'stories[0].documents[0].id']);
    expect(problemsOf(text)[0]?.message).toMatch(/well-formed Unicode: it holds a lone UTF-16 surrogate/);
  });

  it('accepts ids with characters outside the Basic Multilingual Plane (surrogate pairs)', () => {
    const text = withChange((_raw, story) => {
      story.dismissedFindings = ['finding-\ud83d\ude00'];
    });
    expect(parseProject(text).ok).toBe(true);
  });
});
