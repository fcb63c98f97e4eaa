// The published JSON Schema (docs/project-schema.json) and the importer must give the same
// verdict on any file, except for the rules no JSON Schema can state, which the schema's
// descriptions name and only the importer checks.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { parseProjectFile } from './parse-project';
import { serializeProject } from './project';
import { invasionDateProject } from './test-projects';

const readSeed = (file: string) => readFileSync(new URL(`../../../seeds/${file}`, import.meta.url), 'utf8');
const base = JSON.parse(serializeProject(await invasionDateProject(readSeed))) as Raw;
const schema = JSON.parse(readFileSync(new URL('../../../docs/project-schema.json', import.meta.url), 'utf8')) as { description: string };
// Formats are left to the patterns zod writes next to them (ajv would need ajv-formats).
const validate = new Ajv2020({ validateFormats: false }).compile(schema);

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the corpus edits arbitrary JSON

/** The same project as a version 1 file: one story's content at the top level. */
const V1: Raw = { version: 1, exportedAt: base.exportedAt, ...(({ id: _id, name: _name, ...content }) => content)(base.stories[0]) };

function edited(change: (raw: Raw) => void): Raw {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

const VALID: Array<[string, Raw]> = [
  ['the seed project as exported', base],
  ['without texts', edited((raw) => raw.stories[0].documents.forEach((document: Raw) => delete document.text))],
  ['an unknown top-level field', edited((raw) => (raw.generator = 'other tool 2.0'))],
  ['an unknown field in a document', edited((raw) => (raw.stories[0].documents[0].url2 = 'x'))],
  ['an unknown field in a claim', edited((raw) => (raw.stories[0].claims[0].priority = 3))],
  ['an unknown field in evidence', edited((raw) => (raw.stories[0].claims[0].evidence[0].colour = 'red'))],
  ['an unknown field in an origin', edited((raw) => (raw.stories[0].documents[0].origin.addedBy = 'me'))],
  ['no documents and no claims', edited((raw) => ((raw.stories[0].documents = []), (raw.stories[0].claims = [])))],
  ['an unknown publication date', edited((raw) => ((raw.stories[0].documents[0].published = null), (raw.stories[0].documents[0].publishedBasis = null)))],
  ['a timestamp with a time-zone offset', edited((raw) => (raw.stories[0].claims[0].createdAt = '2026-11-23T10:30:00+01:00'))],
  ['a pasted document', edited((raw) => (raw.stories[0].documents[0].origin = { kind: 'pasted' }))],
  ['an HTML file document', edited((raw) => (raw.stories[0].documents[0].origin = { kind: 'file', fileName: 'a.html', format: 'html' }))],
  ['a manual claim', edited((raw) => (raw.stories[0].claims[0].origin = { kind: 'manual' }))],
  ['an empty span', edited((raw) => (raw.stories[0].claims[0].evidence[0].position = { type: 'TextPositionSelector', start: 7, end: 7 }))],
  ['a story with id and name', edited((raw) => Object.assign(raw.stories[0], { id: 'story-1', name: 'China–Russia (sample)' }))],
  ['two stories', edited((raw) => raw.stories.push({ ...structuredClone(raw.stories[0]), id: 'other' }))],
  ['a version 1 file (one story at the top level)', V1],
  ['a version 1 file with its story', { ...V1, story: { id: 'story-1', name: 'China–Russia (sample)' } }],
  ['a file from before URLs and authors', edited((raw) => raw.stories[0].documents.forEach((document: Raw) => (delete document.url, delete document.authors, delete document.proposedFrom)))],
  ['an http URL with port, query and fragment', edited((raw) => (raw.stories[0].documents[0].url = 'http://news.example.org:8080/a/b?c=d#e'))],
  ['an unknown URL', edited((raw) => (raw.stories[0].documents[1].url = null))],
  ['two authors and where they were read', edited((raw) => ((raw.stories[0].documents[0].authors = ['Ana Lima', 'Ben Okafor']), (raw.stories[0].documents[0].proposedFrom = { authors: 'article:author' })))],
  ['astral characters everywhere', edited((raw) => ((raw.stories[0].claims[0].statement = '😀 𝔘 🇺🇦'), (raw.stories[0].claims[0].tags = ['👋🏽'])))],
];

const INVALID: Array<[string, Raw | unknown]> = [
  ['a list instead of a project', [base]],
  ['another version', edited((raw) => (raw.version = 7))],
  ['no version', edited((raw) => delete raw.version)],
  ['an export time that is not a timestamp', edited((raw) => (raw.exportedAt = 'yesterday'))],
  ['a document without contentHash', edited((raw) => delete raw.stories[0].documents[0].contentHash)],
  ['an upper-case content hash', edited((raw) => (raw.stories[0].documents[0].contentHash = String(raw.stories[0].documents[0].contentHash).toUpperCase()))],
  ['30 February', edited((raw) => (raw.stories[0].documents[0].published = '2023-02-30'))],
  ['an unknown date basis', edited((raw) => (raw.stories[0].documents[0].publishedBasis = 'guessed'))],
  ['an unknown status', edited((raw) => (raw.stories[0].claims[0].status = 'true'))],
  ['an unknown stance', edited((raw) => (raw.stories[0].claims[0].evidence[0].stance = 'refutes'))],
  ['a negative offset', edited((raw) => (raw.stories[0].claims[0].evidence[0].position.start = -1))],
  ['a fractional offset', edited((raw) => (raw.stories[0].claims[0].evidence[0].position.end = 1.5))],
  ['a quote selector of the wrong type', edited((raw) => (raw.stories[0].claims[0].evidence[0].quote.type = 'TextPositionSelector'))],
  ['tags as a string', edited((raw) => (raw.stories[0].claims[0].tags = 'dates'))],
  ['an empty claim id', edited((raw) => (raw.stories[0].claims[0].id = ''))],
  ['an unknown origin kind', edited((raw) => (raw.stories[0].documents[0].origin = { kind: 'scanned' }))],
  ['an evidence time that is not a timestamp', edited((raw) => (raw.stories[0].claims[0].evidence[0].createdAt = '23/11/2026'))],
  ['claims as an object', edited((raw) => (raw.stories[0].claims = {}))],
  ['a number among dismissed findings', edited((raw) => raw.stories[0].dismissedFindings.push(7))],
  ['a text that is a number', edited((raw) => (raw.stories[0].documents[0].text = 42))],
  ['a document without a title', edited((raw) => delete raw.stories[0].documents[0].title)],
  ['a claim without evidence list', edited((raw) => delete raw.stories[0].claims[0].evidence)],
  ['a story with an empty id', edited((raw) => (raw.stories[0].id = ''))],
  ['no story', edited((raw) => (raw.stories = []))],
  ['stories as an object', edited((raw) => (raw.stories = raw.stories[0]))],
  ['a version 1 file with a story without an id', { ...V1, story: { name: 'Unnamed' } }],
  ['a version 1 file without its claims', (({ claims: _claims, ...rest }) => rest)(V1)],
  ['a javascript: URL', edited((raw) => (raw.stories[0].documents[0].url = 'javascript:alert(1)'))],
  ['an ftp URL', edited((raw) => (raw.stories[0].documents[0].url = 'ftp://files.example.org/a.txt'))],
  ['a URL without a host name', edited((raw) => (raw.stories[0].documents[0].url = 'https:///path'))],
  ['a URL on localhost', edited((raw) => (raw.stories[0].documents[0].url = 'http://localhost/a'))],
  ['a URL with a space', edited((raw) => (raw.stories[0].documents[0].url = 'https://news.example.org/a b'))],
  ['an empty URL', edited((raw) => (raw.stories[0].documents[0].url = ''))],
  ['authors as a string', edited((raw) => (raw.stories[0].documents[0].authors = 'Ana Lima'))],
  ['where a detail was read as a number', edited((raw) => (raw.stories[0].documents[0].proposedFrom = { url: 7 }))],
  ['a suggestion without finding id', edited((raw) => (raw.stories[0].claims[0].origin = { kind: 'suggestion' }))],
];

/** Rules JSON Schema cannot state: the schema accepts, the importer refuses, the description names it. */
const BEYOND_SCHEMA: Array<[string, Raw, RegExp]> = [
  ['two stories with one id', edited((raw) => raw.stories.push({ ...structuredClone(raw.stories[0]), id: 'same' }, { ...structuredClone(raw.stories[0]), id: 'same' })), /duplicate story ids/],
  ['two documents with one id', edited((raw) => (raw.stories[0].documents[1].id = raw.stories[0].documents[0].id)), /duplicate document ids/],
  ['two claims with one id', edited((raw) => (raw.stories[0].claims[1].id = raw.stories[0].claims[0].id)), /duplicate claim ids/],
  ['two evidence spans with one id', edited((raw) => (raw.stories[0].claims[0].evidence[1].id = raw.stories[0].claims[0].evidence[0].id)), /duplicate evidence ids within a claim/],
  ['a span that ends before it starts', edited((raw) => (raw.stories[0].claims[0].evidence[0].position = { type: 'TextPositionSelector', start: 9, end: 3 })), /start is after its end/],
];

const importerAccepts = (value: unknown) => parseProjectFile(JSON.stringify(value)).ok;

describe('docs/project-schema.json and parseProject', () => {
  it('hold a corpus of at least 30 files', () => {
    expect(VALID.length + INVALID.length + BEYOND_SCHEMA.length).toBeGreaterThanOrEqual(30);
  });

  it.each(VALID)('both accept %s', (_name, value) => {
    expect(importerAccepts(value)).toBe(true);
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(INVALID)('both refuse %s', (_name, value) => {
    expect(importerAccepts(value)).toBe(false);
    expect(validate(value)).toBe(false);
  });

  it.each(BEYOND_SCHEMA)('for %s, only the importer refuses, and the schema says it will', (_name, value, rule) => {
    expect(importerAccepts(value)).toBe(false);
    expect(validate(value)).toBe(true);
    expect(schema.description).toMatch(rule);
  });
});
