import { describe, expect, it } from 'vitest';
import { buildProject, serializeProject, toWebAnnotations } from '.';
import { contentHash } from '../content-hash';
import type { Claim } from '../model/claims';
import { TEST_TIME, testClaim, testDocument } from '../model/test-records';
import { contentHashProblems, oversizeFileProblem, readImportFile, readImportText } from './read-import-file';

const text = 'Russia invaded Ukraine last year.';
const claim: Claim = testClaim('c1', {
  statement: 'Invasion date', status: 'discrepant', note: 'n', tags: ['date'],
  evidence: [{
    id: 'e1', docId: '001', stance: 'supports', createdAt: TEST_TIME,
    quote: { type: 'TextQuoteSelector', exact: 'last year', prefix: 'Ukraine ', suffix: '.' },
    position: { type: 'TextPositionSelector', start: 23, end: 32 },
  }],
});

async function project() {
  const document = testDocument('001', { title: 'T', outlet: 'O', text, contentHash: await contentHash(text) });
  return buildProject({ documents: [document], claims: [claim], dismissedFindings: ['f1'], includeTexts: true, exportedAt: new Date('2026-11-23T00:00:00Z') });
}

const options = { documentIdForHash: () => undefined, importedAt: new Date('2026-11-23T00:00:00Z') };

describe('readImportText', () => {
  it('reads a project file', async () => {
    const reading = readImportText(serializeProject(await project()), options);
    expect(reading).toMatchObject({ ok: true, source: 'project' });
    if (reading.ok) expect(reading.incoming.claims).toEqual([claim]);
  });

  it('reads a Web Annotation file into claims without documents', async () => {
    const reading = readImportText(JSON.stringify(toWebAnnotations(await project())), options);
    expect(reading).toMatchObject({ ok: true, source: 'annotations', incoming: { documents: [] } });
    if (reading.ok) expect(reading.incoming.claims.map((c) => c.id)).toEqual(['c1']);
  });

  it('refuses a CSV renamed .json as neither kind of file', () => {
    const reading = readImportText('\uFEFFClaim ID,Statement,Status\r\nc1,x,unverified\r\n', options);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.problems[0]!.message).toMatch(/^Not a Crosscheck project or Web Annotation file/);
  });

  it('refuses JSON of another shape', () => {
    const reading = readImportText('{"name": "package"}', options);
    expect(!reading.ok && reading.problems[0]!.message).toMatch(/Not a Crosscheck project or Web Annotation file/);
  });

  it('says a truncated file looks truncated', async () => {
    const json = serializeProject(await project());
    const reading = readImportText(json.slice(0, json.length / 2), options);
    expect(!reading.ok && reading.problems[0]!.message).toMatch(/truncated/);
  });

  it('names the JSON path of wrongly typed fields and refuses other versions', async () => {
    const wrong = JSON.parse(serializeProject(await project()));
    wrong.stories[0].claims[0].evidence[0].stance = 'agrees';
    const reading = readImportText(JSON.stringify(wrong), options);
    expect(!reading.ok && reading.problems.map((p) => p.path)).toEqual(['stories[0].claims[0].evidence[0].stance']);
    const version = readImportText(JSON.stringify({ ...wrong, version: 3 }), options);
    expect(!version.ok && version.problems[0]!.message).toMatch(/version 3/);
  });
});

describe('oversizeFileProblem', () => {
  it('reads a project of 10,000 wire-length documents (52 MB) and up to 100 MB', () => {
    expect(oversizeFileProblem('library.json', 52 * 1024 * 1024)).toBeNull();
    expect(oversizeFileProblem('library.json', 100 * 1024 * 1024)).toBeNull();
  });

  it('refuses more than 100 MB before reading, naming the size rounded up', () => {
    expect(oversizeFileProblem('big.json', 100 * 1024 * 1024 + 1)?.message).toBe('big.json is 100.1 MB, more than the 100 MB Crosscheck imports; it was not read.');
    expect(oversizeFileProblem('huge.json', 1536 * 1024 * 1024)?.message).toBe('huge.json is 1,536 MB, more than the 100 MB Crosscheck imports; it was not read.');
  });
});

describe('contentHashProblems', () => {
  it('flags a document whose text does not match its hash', async () => {
    const { documents, claims } = await project();
    expect(await contentHashProblems({ documents, claims, dismissedFindings: [] })).toEqual([]);
    const edited = [{ ...documents[0]!, text: `${text}!` }];
    expect((await contentHashProblems({ documents: edited, claims, dismissedFindings: [] })).map((p) => p.path)).toEqual(['documents[0].contentHash']);
  });
});

describe('readImportFile (what the import worker runs)', () => {
  it('reads a project whole, its texts matching their hashes', async () => {
    const reading = await readImportFile(serializeProject(await project()));
    expect(reading).toMatchObject({ ok: true, source: 'project' });
    if (reading.ok && reading.source === 'project') expect(reading.stories[0]!.claims).toEqual([claim]);
  });

  it('refuses a project whose text was edited, naming the document', async () => {
    const edited = JSON.parse(serializeProject(await project()));
    edited.stories[0].documents[0].text = `${text}!`;
    const reading = await readImportFile(JSON.stringify(edited));
    expect(!reading.ok && reading.problems.map((p) => p.path)).toEqual(['documents[0].contentHash']);
  });

  it('names the story of a bad text when the file holds several', async () => {
    const file = JSON.parse(serializeProject(await project()));
    const second = JSON.parse(JSON.stringify(file.stories[0]));
    second.id = 'other-story';
    second.documents[0].text = `${text}!`;
    file.stories = [{ ...file.stories[0], id: 'first-story' }, second];
    const reading = await readImportFile(JSON.stringify(file));
    expect(!reading.ok && reading.problems.map((p) => p.path)).toEqual(['stories[1].documents[0].contentHash']);
  });

  it('only recognises annotations: they are placed where the library is', async () => {
    expect(await readImportFile(JSON.stringify(toWebAnnotations(await project())))).toEqual({ ok: true, source: 'annotations' });
  });

  it('refuses what is not JSON, as readImportText does', async () => {
    const reading = await readImportFile('Claim ID,Statement,Status');
    expect(!reading.ok && reading.problems[0]!.message).toMatch(/^Not a Crosscheck project or Web Annotation file/);
  });
});
