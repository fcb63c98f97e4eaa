// Every parser of outside input (files, imports, pasted text) meets arbitrary input without
// throwing and answers with a value or a problem that names the source.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProject, parseWebAnnotations } from './formats';
import { checkNotEmpty, classifyFileName, decodeTextBytes, proposePublicationDate } from './ingest';

const RUNS = { numRuns: 300 };
const jsonText = fc.oneof(fc.json(), fc.string(), fc.jsonValue().map((value) => JSON.stringify({ version: 1, documents: value, claims: value })));

describe('parsers of outside input', () => {
  it('decodeTextBytes returns text or a problem naming the file, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const result = decodeTextBytes(bytes, 'upload.txt');
        if (result.ok) expect(result.value).not.toContain('\u0000');
        else expect(result.problem.message).toContain('upload.txt');
      }),
      RUNS,
    );
  });

  it('valid UTF-8 text without NUL always decodes back to itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }).filter((s) => !s.includes('\u0000') && !s.startsWith('\uFEFF')), (text) => {
        const result = decodeTextBytes(new TextEncoder().encode(text), 'a.txt');
        expect(result).toEqual({ ok: true, value: text });
      }),
      RUNS,
    );
  });

  it('classifyFileName and checkNotEmpty never throw and name the source when they refuse', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (name, text) => {
        const kind = classifyFileName(name);
        if (!kind.ok) expect(kind.problem.message).toContain(name);
        const empty = checkNotEmpty(text, 'Pasted text');
        expect(empty.ok).toBe(text.trim().length > 0);
      }),
      RUNS,
    );
  });

  it('proposePublicationDate never throws and only proposes real calendar dates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.date({ noInvalidDate: true, min: new Date('1900-01-01'), max: new Date('2100-01-01') }), (text, date) => {
        for (const input of [text, `${text} Published ${date.toDateString()}`]) {
          const proposal = proposePublicationDate(input);
          if (proposal === null) continue;
          expect(proposal.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(new Date(`${proposal.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(proposal.date);
        }
      }),
      RUNS,
    );
  });

  it('parseProject and parseWebAnnotations answer any text with a result or a list of problems', () => {
    const options = { documentIdForHash: () => undefined, importedAt: new Date('2026-01-01T00:00:00Z') };
    fc.assert(
      fc.property(jsonText, (text) => {
        for (const result of [parseProject(text), parseWebAnnotations(text, options)]) {
          if (result.ok) continue;
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) {
            expect(typeof problem.path).toBe('string');
            expect(problem.message.length).toBeGreaterThan(0);
          }
        }
      }),
      RUNS,
    );
  });
});
