// Every export must be readable by strict consumers (PostgreSQL jsonb, rdflib, jq): well-formed
// UTF-8, and for the JSON ones valid JSON whose strings hold no lone surrogate, whatever the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describeSelection } from '../anchoring/describe-selection';
import type { Claim } from '../model/claims';
import { TEST_TIME, testClaim, testDocument } from '../model/test-records';
import { buildProject } from './project';
import { renderExport, type ExportRequest } from './render-export';

/** A lone surrogate is the only UTF-16 that has no UTF-8 encoding; with the u flag \p{Cs}
 * matches exactly those (paired halves read as one astral code point). */
const LONE_SURROGATE = /\p{Cs}/u;

const astral = fc.constantFrom('😀', '👋🏽', '𝔘', '🇺🇦', '𠜎');
const plain = fc.constantFrom('a', ' ', 'é', 'e\u0301', '\r\n', '“', '<', '&', '"', '\\');
const chunk = fc.oneof(astral, plain);
const run = (maxLength: number) => fc.array(chunk, { maxLength }).map((parts) => parts.join(''));

/** Text laid out so the quote's edges and the 32-unit context cut fall next to astral characters. */
const evidenceText = fc
  .tuple(run(6), fc.array(astral, { minLength: 1, maxLength: 3 }), fc.nat(CONTEXT_LENGTH + 2), run(8), fc.array(astral, { minLength: 1, maxLength: 3 }), fc.nat(CONTEXT_LENGTH + 2), run(6))
  .map(([head, before, padBefore, quote, after, padAfter, tail]) => {
    const prefix = `${head}${before.join('')}${'p'.repeat(padBefore)}`;
    const exact = `${before[0] ?? ''}${quote}${after[0] ?? ''}`;
    return { text: `${prefix}${exact}${'s'.repeat(padAfter)}${after.join('')}${tail}`, start: prefix.length, end: prefix.length + exact.length };
  });

const REQUESTS: ExportRequest[] = [
  { kind: 'project' },
  { kind: 'csv' },
  { kind: 'md' },
  { kind: 'webannotation' },
  { kind: 'claimreview', author: { name: 'Checks 😀 </script>' }, url: 'https://example.org/check' },
];

function stringsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) value.forEach((item) => stringsIn(item, into));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) stringsIn(item, into.concat(key));
  return into;
}

describe('every export over texts with astral characters near quote boundaries (property)', () => {
  it('is well-formed UTF-8, and the JSON ones parse to strings without lone surrogates', () => {
    fc.assert(
      fc.property(evidenceText, run(12), fc.constantFrom<Claim['status']>('discrepant', 'consistent', 'unverified'), ({ text, start, end }, statement, status) => {
        const selection = describeSelection(text, start, end);
        const claim = testClaim('c', { statement, status, note: statement, tags: [statement], evidence: [{ id: 'e', docId: 'd', stance: 'supports', ...selection, createdAt: TEST_TIME }] });
        const document = testDocument('d', { title: statement, outlet: statement, published: null, publishedBasis: null, text });
        const project = buildProject({ documents: [document], claims: [claim], dismissedFindings: [], includeTexts: true, exportedAt: new Date('2026-11-23T12:00:00Z') });
        for (const request of REQUESTS) {
          const { content } = renderExport(project, request, new Date('2026-11-23T12:00:00Z'));
          expect(LONE_SURROGATE.test(content), request.kind).toBe(false);
          const bytes = new TextEncoder().encode(content);
          expect(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)).toBe(content);
          if (request.kind === 'csv' || request.kind === 'md') continue;
          const strings = stringsIn(JSON.parse(content));
          expect(strings.filter((item) => LONE_SURROGATE.test(item)), request.kind).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
