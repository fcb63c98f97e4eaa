// The Markdown report read by a CommonMark parser (markdown-it) with smart punctuation on, as
// pandoc's default reader has it: every user string must come out exactly as typed.
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { testClaim, testDocument } from '../model/test-records';
import { toMarkdown } from './markdown';
import { buildProject } from './project';

const markdown = new MarkdownIt({ typographer: true });

/** The text of every inline block as a reader sees it: entities decoded, hard breaks as line
 * breaks, soft breaks as the spaces they render as, and raw HTML flagged. */
function shownTexts(source: string): string[] {
  return markdown
    .parse(source, {})
    .filter((token) => token.type === 'inline')
    .map((token) =>
      (token.children ?? [])
        .map((child) => {
          if (child.type === 'hardbreak') return '\n';
          if (child.type === 'softbreak') return ' ';
          if (child.type === 'html_inline') return '⟨HTML⟩';
          return child.type === 'text' || child.type === 'text_special' || child.type === 'code_inline' ? child.content : '';
        })
        .join(''),
    );
}

function projectWith(statement: string, note: string, quote: string, tag: string, title: string) {
  const text = `Before. ${quote} After.`;
  const start = text.indexOf(quote);
  const claim = testClaim('c', {
    statement,
    status: 'discrepant',
    note,
    tags: [tag],
    evidence: [
      { id: 'e', docId: 'd', stance: 'supports', quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end: start + quote.length }, createdAt: '2026-11-23T10:00:00Z' },
    ],
  });
  const document = testDocument('d', { title, outlet: 'Outlet & Co', published: '2024-01-02', text });
  return buildProject({ documents: [document], claims: [claim], dismissedFindings: [], includeTexts: false, exportedAt: new Date('2026-11-23T12:00:00Z') });
}

const shown = (project: ReturnType<typeof projectWith>) => shownTexts(toMarkdown(project));

describe('Markdown report read by CommonMark (markdown-it, smart punctuation on)', () => {
  it('shows the strings the issue names exactly as typed', () => {
    const texts = shown(
      projectWith(
        'Turnout was 60% in district #',
        'First line\nsecond line\n\nnew paragraph with &lt;b&gt; and &copy;',
        'He said "no" -- and \'never\'... twice',
        '<b>tag</b>',
        '# Title with *stars* & [brackets](x) `code`',
      ),
    );
    expect(texts).toContain('Turnout was 60% in district #');
    expect(texts).toContain('Note: First line\nsecond line');
    expect(texts).toContain('new paragraph with &lt;b&gt; and &copy;');
    expect(texts).toContain('He said "no" -- and \'never\'... twice');
    expect(texts).toContain('Tags: <b>tag</b>');
    expect(texts.some((text) => text.startsWith('# Title with *stars* & [brackets](x) `code`, Outlet & Co, 2024-01-02'))).toBe(true);
    expect(texts.join('')).not.toContain('⟨HTML⟩');
  });

  it('shows any statement, tag, title and quote as typed, and any note line by line (property)', () => {
    const ascii = fc.string({ unit: fc.constantFrom(...'ab #&;<>*_[]()`\\|~"\'-.=+!1)'.split('')), minLength: 1, maxLength: 24 });
    // Leading and trailing spaces are not text in Markdown; the report does not promise them.
    const typed = fc.oneof(ascii, fc.string({ minLength: 1, maxLength: 24 })).filter((text) => text.trim() === text && !/[\r\n]/.test(text) && text !== '');
    fc.assert(
      fc.property(typed, typed, typed, typed, fc.array(typed, { minLength: 1, maxLength: 3 }), (statement, quote, tag, title, noteLines) => {
        const texts = shown(projectWith(statement, noteLines.join('\n'), quote, tag, title));
        expect(texts).toContain(statement);
        expect(texts).toContain(quote);
        expect(texts).toContain(`Tags: ${tag}`);
        expect(texts).toContain(`Note: ${noteLines.join('\n')}`);
        expect(texts.some((text) => text.startsWith(`${title}, Outlet & Co`))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
