import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../model/claims';
import { testClaim } from '../model/test-records';
import { escapeMarkdown, toMarkdown } from './markdown';
import { invasionDateProject } from './test-projects';

const readSeed = (file: string) => readFileSync(new URL(`../../../seeds/${file}`, import.meta.url), 'utf8');
const project = await invasionDateProject(readSeed);

function claim(id: string, status: Claim['status'], statement: string): Claim {
  return testClaim(id, { statement, status, createdAt: project.exportedAt, updatedAt: project.exportedAt });
}

describe('toMarkdown', () => {
  it('opens with the title and the export date', () => {
    expect(toMarkdown(project).split('\n\n').slice(0, 2)).toEqual([
      '# Crosscheck claims report',
      'Exported 2026-11-23 10:00 UTC · 2 claims from 3 sources.',
    ]);
  });

  it('groups claims by status: Discrepant, then Consistent, then Unverified', () => {
    const mixed = { ...project, claims: [claim('u', 'unverified', 'U claim'), claim('c', 'consistent', 'C claim'), claim('d', 'discrepant', 'D claim')] };
    const headings = toMarkdown(mixed).split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual(['# Crosscheck claims report', '## Discrepant (1)', '### D claim', '## Consistent (1)', '### C claim', '## Unverified (1)', '### U claim']);
  });

  it('shows each quote with its source (linked to its URL when known), outlet, authors, date and stance, then the note', () => {
    const report = toMarkdown(project);
    expect(report).toContain(
      '- **[China’s FM hails ‘strategic cooperation’ in talks with Russian counterpart](<https://news.example.org/2023/09/18/china-fm-strategic-cooperation>)**, Al Jazeera via an aggregator (\\"Source link\\"), 2023-09-18 — contradicts\n\n  > invasion of Ukraine in February 2021',
    );
    expect(report).toContain('- **China’s top diplomat says Beijing, Moscow to deepen ties**, AFP via Digital Journal (inferred), 2023-07-13 — supports');
    expect(report).toContain('(<https://news.example.org/2023/02/21/china-russia-rock-solid>)**, South China Morning Post via a Malaysian site (inferred), Ana Lima; Ben Okafor, 2023-02-21');
    expect(report).toContain('Tags: dates, Ukraine');
    expect(report).toContain('Note: 002 says \\"February 2021\\"');
    expect(report).toContain('### Wang Yi was the highest-level Chinese official to visit Moscow since the invasion\n\nNo evidence recorded.');
  });

  it('says so when there are no claims', () => {
    expect(toMarkdown({ ...project, claims: [] })).toContain('No claims recorded.');
  });
});

describe('escapeMarkdown', () => {
  it('shows formatting characters and HTML as typed', () => {
    expect(escapeMarkdown('*bold* _it_ [link](x) <img src=x> `code` a|b')).toBe('\\*bold\\* \\_it\\_ \\[link\\](x) \\<img src=x\\> \\`code\\` a\\|b');
  });

  it('keeps line starts from becoming headings, quotes or lists', () => {
    expect(escapeMarkdown('# not a heading\n> not a quote\n- not a list\n2022. not a list')).toBe(
      '\\# not a heading\\\n\\> not a quote\\\n\\- not a list\\\n2022\\. not a list',
    );
  });

  it('leaves ordinary punctuation alone', () => {
    expect(escapeMarkdown('Russia’s invasion (2022) — “a year ago”, 5% of 10.')).toBe('Russia’s invasion (2022) — “a year ago”, 5% of 10.');
  });
});
