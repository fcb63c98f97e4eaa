// The W3C Web Annotation Data Model's own requirements, checked on the export
// (https://www.w3.org/TR/annotation-model/, section numbers as cited).
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import type { JsonLd, RemoteDocument } from 'jsonld/jsonld-spec';
import { describe, expect, it } from 'vitest';
import { describeSelection } from '../anchoring/describe-selection';
import { contentHash } from '../content-hash';
import { wellFormed } from '../text/code-points';
import type { Claim, Evidence } from '../model/claims';
import { testClaim, testDocument } from '../model/test-records';
import { parseWebAnnotations } from './parse-web-annotations';
import { buildProject, type CrosscheckProject } from './project';
import { jsonLdText } from './json-ld-text';
import { toWebAnnotations } from './web-annotation';

/** Emoji (with a skin-tone modifier), combining marks, CRLF line ends and a mathematical letter
 * outside the BMP: each is one code point per character but not one UTF-16 unit. */
const TEXT = 'Caf\u00e9 vs cafe\u0301 👋🏽\r\nThe 𝔘nion grew 😀 3% in 2024.\r\nIt said “no” 🇺🇦 twice.';
const QUOTES = ['cafe\u0301', '𝔘nion grew 😀 3%', 'said “no” 🇺🇦'];

async function projectOver(text: string, quotes: string[], status: Claim['status'] = 'discrepant'): Promise<CrosscheckProject> {
  const evidence: Evidence[] = quotes.map((quote, index) => {
    const start = text.indexOf(quote);
    return { id: `ev-${index}`, docId: 'doc', stance: 'supports', ...describeSelection(text, start, start + quote.length), createdAt: '2026-11-23T10:30:00+01:00' };
  });
  const claim = testClaim('claim', { statement: 'A statement', status, evidence, createdAt: '2026-11-23T10:00:00+01:00', updatedAt: '2026-11-23T11:00:00-05:00' });
  const document = testDocument('doc', { title: 'T', outlet: '', published: null, publishedBasis: null, text, contentHash: await contentHash(text) });
  return buildProject({ documents: [document], claims: [claim], dismissedFindings: [], includeTexts: true, exportedAt: new Date('2026-11-23T12:00:00Z') });
}

interface Page {
  id?: unknown;
  items: Array<{ created: string; modified: string; body: Array<{ created?: string; modified?: string }>; target: { selector: Array<Record<string, unknown>> } }>;
}

function exported(project: CrosscheckProject): { total: number; first?: Page } {
  return JSON.parse(jsonLdText(toWebAnnotations(project))) as { total: number; first?: Page };
}

const project = await projectOver(TEXT, QUOTES);

describe('Web Annotation model requirements on the export', () => {
  it('§5.2: the AnnotationPage has exactly one IRI as its id', () => {
    const page = exported(project).first;
    expect(typeof page?.id).toBe('string');
    expect(String(page?.id)).toMatch(/^[a-z][a-z0-9+.-]*:\S+$/);
  });

  it('§5.2: a page holds at least one annotation, so an export without evidence has no page', async () => {
    const empty = exported(await projectOver(TEXT, []));
    expect(empty).toMatchObject({ type: 'AnnotationCollection', total: 0 });
    expect(empty).not.toHaveProperty('first');
    expect(exported(project).first?.items.length).toBeGreaterThanOrEqual(1);
  });

  it('§3.3.5: created and modified are xsd:dateTime in UTC written with Z', () => {
    const items = exported(project).first?.items ?? [];
    const stamps = items.flatMap((item) => [item.created, item.modified, ...item.body.flatMap((body) => [body.created, body.modified])]).filter((stamp) => stamp !== undefined);
    expect(stamps.length).toBeGreaterThan(0);
    for (const stamp of stamps) expect(stamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    expect(items[0]?.created).toBe('2026-11-23T09:30:00.000Z');
    expect(items[0]?.modified).toBe('2026-11-23T16:00:00.000Z');
  });

  it('§4.2.5: TextPositionSelector start and end count code points, selecting the quote on emoji, combining marks and CRLF', () => {
    const codePoints = [...TEXT];
    const items = exported(project).first?.items ?? [];
    expect(items).toHaveLength(QUOTES.length);
    items.forEach((item, index) => {
      const [quote, position] = item.target.selector as [{ exact: string }, { start: number; end: number }];
      expect(codePoints.slice(position.start, position.end).join('')).toBe(QUOTES[index]);
      expect(quote.exact).toBe(QUOTES[index]);
    });
    const [, firstPosition] = items[2]?.target.selector as [unknown, { start: number }];
    expect(firstPosition.start).not.toBe(TEXT.indexOf(QUOTES[2] ?? ''));
  });

  it('§4.2.5: a position with an end inside a character has no code-point offset and is left out, the quote stays', async () => {
    const text = 'before 😀 after';
    const inside = text.indexOf('😀') + 1;
    const project = await projectOver(text, ['']);
    const claim = project.claims[0];
    const evidence = claim?.evidence[0];
    if (!claim || !evidence) throw new Error('projectOver made no evidence');
    const split = { ...project, claims: [{ ...claim, evidence: [{ ...evidence, position: { type: 'TextPositionSelector' as const, start: inside, end: inside } }] }] };
    const selectors = exported(split).first?.items[0]?.target.selector ?? [];
    expect(selectors.map((selector) => selector.type)).toEqual(['TextQuoteSelector']);
  });

  it('§4.2.4: prefix and suffix are whole characters even when the 32nd unit is half an emoji', async () => {
    const text = `😀${'x'.repeat(31)}QUOTE${'y'.repeat(31)}😀`;
    const items = exported(await projectOver(text, ['QUOTE'])).first?.items ?? [];
    const [quote] = items[0]?.target.selector as [{ prefix: string; suffix: string }];
    expect(quote.prefix).toBe('x'.repeat(31));
    expect(quote.suffix).toBe('y'.repeat(31));
    expect(wellFormed(`${quote.prefix}${quote.suffix}`)).toBe(`${quote.prefix}${quote.suffix}`);
  });
});

describe('reading annotations back', () => {
  const lookup = { documentIdForHash: (hash: string) => (hash === project.documents[0]?.contentHash ? 'doc' : undefined), documentText: () => TEXT, importedAt: new Date('2026-11-24T00:00:00Z') };

  it('turns code-point offsets back into the UTF-16 offsets the app keeps', () => {
    const result = parseWebAnnotations(jsonLdText(toWebAnnotations(project)), lookup);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.claims[0]?.evidence.map((evidence) => TEXT.slice(evidence.position.start, evidence.position.end))).toEqual(QUOTES);
    expect(result.notices).toEqual([]);
  });

  it('accepts a file that evidently counted UTF-16 units, and says so', () => {
    const collection = toWebAnnotations(project) as { first: Page };
    for (const [index, item] of collection.first.items.entries()) {
      const start = TEXT.indexOf(QUOTES[index] ?? '');
      item.target.selector[1] = { type: 'TextPositionSelector', start, end: start + (QUOTES[index]?.length ?? 0) };
    }
    const result = parseWebAnnotations(JSON.stringify(collection), lookup);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.claims[0]?.evidence.map((evidence) => TEXT.slice(evidence.position.start, evidence.position.end))).toEqual(QUOTES);
    expect(result.notices.map((notice) => notice.path)).toEqual(['first.items[1].target', 'first.items[2].target']);
    expect(result.notices[0]?.message).toMatch(/UTF-16 code units, not in the Unicode code points/);
  });
});

describe('JSON-LD expansion against a local copy of the anno.jsonld terms (no network)', () => {
  const terms = JSON.parse(readFileSync(new URL('./testdata/anno-context-terms.json', import.meta.url), 'utf8')) as JsonLd;
  const documentLoader = (url: string): Promise<RemoteDocument> => {
    if (url !== 'http://www.w3.org/ns/anno.jsonld') throw new Error(`No network in tests: ${url}`);
    return Promise.resolve({ contextUrl: undefined, documentUrl: url, document: terms });
  };
  const OA = 'http://www.w3.org/ns/oa#';

  /** Every IRI an RDF reader would keep: node ids, types and @vocab-typed values. */
  function iris(node: unknown, into: string[] = []): string[] {
    if (Array.isArray(node)) node.forEach((item) => iris(item, into));
    else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key === '@id' && typeof value === 'string') into.push(value);
        else if (key === '@type') into.push(...(Array.isArray(value) ? value : [value]).filter((type): type is string => typeof type === 'string'));
        else iris(value, into);
      }
    }
    return into;
  }

  it('expands the motivation and every verdict to full IRIs, and no IRI stays relative', async () => {
    for (const status of ['discrepant', 'consistent', 'unverified'] as const) {
      const annotations = JSON.parse(jsonLdText(toWebAnnotations(await projectOver(TEXT, QUOTES, status)))) as object;
      const expanded = (await jsonld.expand(annotations, { documentLoader })) as unknown as Array<Record<string, unknown>>;
      const collection = expanded[0] ?? {};
      const page = (collection['http://www.w3.org/ns/activitystreams#first'] as Array<Record<string, unknown>>)[0] ?? {};
      const items = (page['http://www.w3.org/ns/activitystreams#items'] as Array<{ '@list': Array<Record<string, unknown>> }>)[0]?.['@list'] ?? [];
      expect(items).toHaveLength(QUOTES.length);
      for (const item of items) {
        expect(item[`${OA}motivatedBy`]).toEqual([{ '@id': `${OA}assessing` }]);
        const bodies = item[`${OA}hasBody`] as Array<Record<string, unknown>>;
        const verdicts = bodies.filter((body) => JSON.stringify(body[`${OA}hasPurpose`]) === JSON.stringify([{ '@id': `${OA}assessing` }]));
        expect(verdicts.map((body) => body['http://www.w3.org/1999/02/22-rdf-syntax-ns#value'])).toEqual([[{ '@value': status }]]);
      }
      for (const iri of iris(expanded)) expect(iri).toMatch(/^[a-z][a-z0-9+.-]*:/);
    }
  });
});
