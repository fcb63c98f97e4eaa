import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../model/claims';
import { CSV_COLUMNS, toCsv } from './csv';
import type { CrosscheckProject } from './project';
import { invasionDateProject } from './test-projects';

const readSeed = (file: string) => readFileSync(new URL(`../../../seeds/${file}`, import.meta.url), 'utf8');
const project = await invasionDateProject(readSeed);

function rowsOf(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

function projectWithClaim(overrides: Partial<Claim>): CrosscheckProject {
  const base = project.claims[0];
  if (base === undefined) throw new Error('fixture has no claims');
  return { ...project, claims: [{ ...base, ...overrides }] };
}

describe('toCsv', () => {
  it('starts with a byte order mark and ends every record with CRLF', () => {
    const csv = toCsv(project);
    expect(csv.startsWith('\uFEFFClaim ID,Statement,Status,Tags,Note,Source title,Outlet,Authors,Published,Source URL,Quoted text,Stance\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/(?<!")\n/);
  });

  it('writes one row per evidence span and one bare row for a claim without evidence', () => {
    const rows = rowsOf(toCsv(project));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).map((row) => [row[0], row[7], row[8], row[9], row[10], row[11]])).toEqual([
      ['claim-invasion-date', '', '2023-09-18', 'https://news.example.org/2023/09/18/china-fm-strategic-cooperation', 'invasion of Ukraine in February 2021', 'contradicts'],
      ['claim-invasion-date', '', '2023-07-13', '', 'Moscow’s invasion of Ukraine last year', 'supports'],
      ['claim-invasion-date', 'Ana Lima; Ben Okafor', '2023-02-21', 'https://news.example.org/2023/02/21/china-russia-rock-solid', 'full-scale military assault on Ukraine a year ago', 'supports'],
      ['claim-wang-yi-moscow', '', '', '', '', ''],
    ]);
    expect(rows[1]?.slice(2, 7)).toEqual([
      'discrepant',
      'dates; Ukraine',
      '002 says "February 2021"; 001 ("last year", 2023) and 004 ("a year ago", Feb 2023) point to 2022.',
      'China’s FM hails ‘strategic cooperation’ in talks with Russian counterpart',
      'Al Jazeera via an aggregator ("Source link")',
    ]);
  });

  it('quotes commas, double quotes and line breaks so they read back unchanged', () => {
    const statement = 'He said, "we will\r\nstrengthen ties"\nand left';
    const csv = toCsv(projectWithClaim({ statement, evidence: [] }));
    expect(csv).toContain('"He said, ""we will\r\nstrengthen ties""\nand left"');
    expect(rowsOf(csv)[1]?.[1]).toBe(statement);
  });

  it('keeps Cyrillic and Chinese text intact', () => {
    const statement = 'Лавров и Ван И провели переговоры; 王毅与拉夫罗夫会谈';
    expect(rowsOf(toCsv(projectWithClaim({ statement, tags: ['Україна', '中国'], evidence: [] })))[1]?.slice(1, 4)).toEqual([
      statement,
      'discrepant',
      'Україна; 中国',
    ]);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const dangerous = ['=HYPERLINK("http://evil.example","click")', '+1+2', '-2+3', '@SUM(A1)', '\tTAB', '\rCR', '=1\nsecond line'];
    const csv = toCsv(projectWithClaim({ statement: dangerous[0], note: dangerous[1], tags: [], evidence: [] }));
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).toContain(`"'+1+2"`);
    for (const value of dangerous) {
      const row = rowsOf(toCsv(projectWithClaim({ statement: value, evidence: [] })))[1];
      expect(row?.[1]).toBe(`'${value}`);
    }
    expect(rowsOf(toCsv(projectWithClaim({ statement: 'a = b', evidence: [] })))[1]?.[1]).toBe('a = b');
  });
});
