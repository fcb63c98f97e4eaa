import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseWebAnnotations } from './parse-web-annotations';
import type { Claim } from '../model/claims';
import type { CrosscheckProject } from './project';
import { invasionDateProject, projectArbitrary } from './test-projects';
import { annotationId, parseAnnotationId, toWebAnnotations } from './web-annotation';
import { splitsSurrogatePair } from '../text/code-points';

const readSeed = (file: string) => readFileSync(new URL(`../../../seeds/${file}`, import.meta.url), 'utf8');
const project = await invasionDateProject(readSeed);
const importedAt = new Date('2026-11-24T08:00:00.000Z');

/** The documented shape (docs/formats.md), strict so that undocumented fields fail the test. */
const textualBody = (purpose: string) =>
  z.strictObject({ type: z.literal('TextualBody'), purpose: z.literal(purpose), value: z.string(), format: z.literal('text/plain') });
const contextShape = z.tuple([z.literal('http://www.w3.org/ns/anno.jsonld'), z.strictObject({ assessing: z.literal('http://www.w3.org/ns/oa#assessing') })]);
const annotationShape = z.strictObject({
  '@context': contextShape,
  id: z.string().regex(/^urn:crosscheck:claim:[^:]+:evidence:[^:]+$/),
  type: z.literal('Annotation'),
  motivation: z.literal('assessing'),
  created: z.iso.datetime({ offset: false }),
  modified: z.iso.datetime({ offset: false }),
  body: z.array(
    z.union([
      textualBody('describing').extend({ created: z.iso.datetime(), modified: z.iso.datetime() }),
      textualBody('assessing').extend({ value: z.enum(['unverified', 'consistent', 'discrepant']) }),
      textualBody('commenting'),
      textualBody('tagging'),
      textualBody('classifying').extend({ value: z.enum(['supports', 'contradicts', 'mentions']) }),
      z.strictObject({ type: z.literal('SpecificResource'), purpose: z.literal('linking'), source: z.string().startsWith('urn:crosscheck:finding:') }),
    ]),
  ),
  target: z.strictObject({
    id: z.string().optional(),
    source: z.strictObject({
      id: z.string(),
      type: z.literal('Text'),
      format: z.literal('text/plain'),
      language: z.string().optional(),
      'dc:title': z.string().optional(),
    }),
    selector: z.tuple(
      [z.strictObject({ type: z.literal('TextQuoteSelector'), exact: z.string(), prefix: z.string(), suffix: z.string() })],
      z.strictObject({ type: z.literal('TextPositionSelector'), start: z.int(), end: z.int() }),
    ),
  }),
});
const collectionShape = z.strictObject({
  '@context': contextShape,
  id: z.string(),
  type: z.literal('AnnotationCollection'),
  label: z.string(),
  total: z.int(),
  first: z.strictObject({ id: z.string(), type: z.literal('AnnotationPage'), startIndex: z.literal(0), items: z.array(annotationShape).min(1) }),
});

function lookupFor(target: CrosscheckProject) {
  const byHash = new Map(target.documents.map((document) => [document.contentHash, document.id]));
  const texts = new Map(target.documents.map((document) => [document.id, document.text]));
  return { documentIdForHash: (hash: string) => byHash.get(hash), documentText: (id: string) => texts.get(id), importedAt };
}

/** What survives the trip: a position only when it selects the quote in a known text and neither
 * end splits a character (the export leaves stale, unverifiable or unstatable positions out and
 * the import then has none). */
function expectedAfterRoundTrip(generated: CrosscheckProject): Claim[] {
  const texts = new Map(generated.documents.map((document) => [document.id, document.text]));
  return generated.claims.map((claim) => ({
    ...claim,
    evidence: claim.evidence.map((evidence) => {
      const text = texts.get(evidence.docId);
      const { start, end } = evidence.position;
      const selects = text !== undefined && text.slice(start, end) === evidence.quote.exact && !splitsSurrogatePair(text, start) && !splitsSurrogatePair(text, end);
      return selects ? evidence : { ...evidence, position: { type: 'TextPositionSelector' as const, start: 0, end: 0 } };
    }),
  }));
}

describe('toWebAnnotations', () => {
  it('writes one annotation per evidence span in the documented shape', () => {
    const collection = collectionShape.parse(toWebAnnotations(project));
    expect(collection.total).toBe(3);
    const [first, second] = collection.first.items;
    // 002 has a URL: the source is the page, the urn names the text the selectors were made on.
    expect(first?.target.id).toBe(`urn:crosscheck:doc:${project.documents.find((document) => document.id === '002_d2e03255e9355d12')?.contentHash}`);
    expect(first?.target.source).toEqual({
      id: 'https://news.example.org/2023/09/18/china-fm-strategic-cooperation',
      type: 'Text',
      format: 'text/plain',
      language: 'en',
      'dc:title': 'China’s FM hails ‘strategic cooperation’ in talks with Russian counterpart',
    });
    expect(first?.target.selector[0].exact).toBe('invasion of Ukraine in February 2021');
    // 001 has none: the urn is the source, as before documents had URLs.
    expect(second?.target).not.toHaveProperty('id');
    expect(second?.target.source.id).toBe(`urn:crosscheck:doc:${project.documents.find((document) => document.id === '001_8dfcd5823fdeecd6')?.contentHash}`);
    expect(first?.body.map((body) => [body.purpose, body.type === 'TextualBody' ? body.value : body.source])).toEqual([
      ['describing', 'Russia launched its full-scale invasion of Ukraine in February 2022'],
      ['assessing', 'discrepant'],
      ['commenting', project.claims[0]?.note],
      ['tagging', 'dates'],
      ['tagging', 'Ukraine'],
      ['classifying', 'contradicts'],
      ['linking', 'urn:crosscheck:finding:finding-date-invasion'],
    ]);
  });

  it('uses the document URI the caller chooses', () => {
    const collection = collectionShape.parse(toWebAnnotations(project, { documentUri: (docId) => `https://example.org/articles/${docId}` }));
    expect(collection.first.items[1]?.target.source.id).toBe('https://example.org/articles/001_8dfcd5823fdeecd6');
  });

  it('reads its own export back to the same documents whether they have URLs or not', () => {
    const result = parseWebAnnotations(JSON.stringify(toWebAnnotations(project)), lookupFor(project));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.claims.flatMap((claim) => claim.evidence.map((evidence) => evidence.docId))).toEqual(project.claims.flatMap((claim) => claim.evidence.map((evidence) => evidence.docId)));
  });

  it('keeps any claim and evidence id recoverable from the annotation id', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (claimId, evidenceId) => {
        expect(parseAnnotationId(annotationId(claimId, evidenceId))).toEqual({ claimId, evidenceId });
      }),
    );
  });
});

describe('parseWebAnnotations', () => {
  it('reads its own export back into the same claims (property)', () => {
    fc.assert(
      fc.property(projectArbitrary({ minEvidence: 1 }), (generated) => {
        const json = JSON.stringify(toWebAnnotations(generated));
        const result = parseWebAnnotations(json, lookupFor(generated));
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        expect(result.claims).toEqual(expectedAfterRoundTrip(generated));
      }),
      { numRuns: 150 },
    );
  });

  it('leaves claims without evidence out of the export, since an annotation needs a target', () => {
    const result = parseWebAnnotations(JSON.stringify(toWebAnnotations(project)), lookupFor(project));
    expect(result.ok && result.claims.map((claim) => claim.id)).toEqual(['claim-invasion-date']);
  });

  it('keeps the source URI as the document id when no document has that content', () => {
    const result = parseWebAnnotations(JSON.stringify(toWebAnnotations(project)), { documentIdForHash: () => undefined, importedAt });
    expect(result.ok && result.claims[0]?.evidence[0]?.docId).toMatch(/^urn:crosscheck:doc:[0-9a-f]{64}$/);
  });

  it('turns each annotation from another tool into a claim of its own', () => {
    const hypothesis = [
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'https://hypothes.is/a/abc123',
        type: 'Annotation',
        created: '2026-11-20T12:00:00.000000+00:00',
        modified: '2026-11-21T12:00:00.000000+00:00',
        body: [
          { type: 'TextualBody', value: 'Wrong year: the invasion was in 2022.', format: 'text/markdown' },
          { type: 'TextualBody', purpose: 'tagging', value: 'dates' },
        ],
        target: [
          {
            source: 'https://example.org/al-jazeera-article',
            selector: [
              { type: 'RangeSelector', startSelector: { type: 'XPathSelector', value: '/p[5]' } },
              { type: 'TextPositionSelector', start: 2241, end: 2277 },
              { type: 'TextQuoteSelector', exact: 'invasion of Ukraine in February 2021', prefix: 'condemning Moscow’s ', suffix: '.' },
            ],
          },
        ],
      },
      { type: 'Annotation', body: { type: 'TextualBody', value: 'A page note' }, target: 'https://example.org/other' },
    ];
    const result = parseWebAnnotations(JSON.stringify(hypothesis), { documentIdForHash: () => undefined, importedAt });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.claims).toEqual([
      {
        id: 'https://hypothes.is/a/abc123',
        statement: 'Wrong year: the invasion was in 2022.',
        status: 'unverified',
        note: '',
        tags: ['dates'],
        evidence: [
          {
            id: 'https://hypothes.is/a/abc123#evidence',
            docId: 'https://example.org/al-jazeera-article',
            stance: 'mentions',
            quote: { type: 'TextQuoteSelector', exact: 'invasion of Ukraine in February 2021', prefix: 'condemning Moscow’s ', suffix: '.' },
            position: { type: 'TextPositionSelector', start: 2241, end: 2277 },
            createdAt: '2026-11-20T12:00:00.000000+00:00',
          },
        ],
        origin: { kind: 'manual' },
        createdAt: '2026-11-20T12:00:00.000000+00:00',
        updatedAt: '2026-11-21T12:00:00.000000+00:00',
      },
      {
        id: 'imported-annotation-2',
        statement: 'A page note',
        status: 'unverified',
        note: '',
        tags: [],
        evidence: [],
        origin: { kind: 'manual' },
        createdAt: importedAt.toISOString(),
        updatedAt: importedAt.toISOString(),
      },
    ]);
  });

  it('reports malformed annotations with their paths', () => {
    const collection = toWebAnnotations(project) as { first: { items: Record<string, unknown>[] } };
    const [first, second] = collection.first.items;
    if (first === undefined || second === undefined) throw new Error('fixture has too few annotations');
    first.type = 'Highlight';
    delete second.target;
    const result = parseWebAnnotations(JSON.stringify(collection), lookupFor(project));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((problem) => problem.path)).toEqual(['first.items[0].type', 'first.items[1].target']);
  });

  it('refuses an annotation id or target source holding a lone surrogate, with its path', () => {
    const annotations = [
      { type: 'Annotation', id: 'note-\ud800', target: { source: 'https://example.org/a', selector: { type: 'TextQuoteSelector', exact: 'x' } } },
      { type: 'Annotation', target: { source: 'urn:x:\udc00', selector: { type: 'TextQuoteSelector', exact: 'x' } } },
    ];
    const result = parseWebAnnotations(JSON.stringify(annotations), lookupFor(project));
    expect(!result.ok && result.problems.map((problem) => problem.path)).toEqual(['[0].id', '[1].target.source']);
  });

  it('reports annotations that share an id', () => {
    const collection = toWebAnnotations(project) as { first: { items: unknown[] } };
    const [first] = collection.first.items;
    collection.first.items.push(first);
    const result = parseWebAnnotations(JSON.stringify(collection), lookupFor(project));
    expect(!result.ok && result.problems).toEqual([
      { path: 'first.items[3].id', message: 'Two annotations share the id "urn:crosscheck:claim:claim-invasion-date:evidence:ev-002".' },
    ]);
  });

  it('explains files that are not annotations at all', () => {
    const problems = (json: string) => {
      const result = parseWebAnnotations(json, lookupFor(project));
      return result.ok ? [] : result.problems.map((problem) => problem.message);
    };
    expect(problems('{"version": 1, "claims": []}')).toEqual([
      'Not a Web Annotation file: expected an Annotation, a list of them, an AnnotationPage or an AnnotationCollection.',
    ]);
    expect(problems('{"type": "AnnotationCollection", "first": "https://example.org/page1"}')[0]).toMatch(/links to its annotations/);
    expect(problems('[{"type": "Annotation", "target": ')[0]).toMatch(/not valid JSON: it ends too early/);
  });
});
