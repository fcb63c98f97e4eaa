import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { toCsv } from '../core/formats/csv';
import { toMarkdown } from '../core/formats/markdown';
import { projectFileOf, serializeProject, serializeProjectFile } from '../core/formats/project';
import { invasionDateProject } from '../core/formats/test-projects';
import { toWebAnnotations } from '../core/formats/web-annotation';
import { runExportCommand } from './export-command';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readSeed = (file: string) => readFileSync(join(root, 'seeds', file), 'utf8');
const project = await invasionDateProject(readSeed);
const folder = mkdtempSync(join(tmpdir(), 'crosscheck-export-'));
const projectFile = join(folder, 'project.json');
writeFileSync(projectFile, serializeProject(project));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `crosscheck export` in this process, as bin/crosscheck.mjs does, capturing what it writes:
 * a spawned CLI costs a Node start and the compiled bundle's load each time. One test spawns it.
 * Runs share process.stdout, so a test awaits each before starting the next.
 */
async function crosscheck(...args: string[]): Promise<Run> {
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await runExportCommand(args);
    return { code, stdout: stdout.mock.calls.map(([chunk]) => String(chunk)).join(''), stderr: stderr.mock.calls.map(([chunk]) => String(chunk)).join('') };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('crosscheck export', () => {
  it('runs as the compiled command: the CSV the app writes comes on standard output', async () => {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['bin/crosscheck.mjs', 'export', projectFile, '--format', 'csv'], { cwd: root, encoding: 'utf8' });
    expect(stderr).toBe('');
    expect(stdout).toBe(toCsv(project));
  });

  it('writes the same Markdown as the app to standard output', async () => {
    expect(await crosscheck(projectFile, '--format=md')).toMatchObject({ code: 0, stdout: toMarkdown(project) });
  });

  it('exports the story named with --story from a file of several, and lists them when none is named', async () => {
    const stories = join(folder, 'stories.json');
    const other = { ...project, story: { id: 'other', name: 'Other story' }, claims: [] };
    writeFileSync(stories, serializeProjectFile(projectFileOf([{ ...project, story: { id: 'sample', name: 'Sample' } }, other])));
    const named = await crosscheck(stories, '--format', 'csv', '--story', 'Sample');
    const unnamed = await crosscheck(stories, '--format', 'csv');
    expect(named).toMatchObject({ code: 0, stdout: toCsv(project) });
    expect(unnamed).toMatchObject({ code: 2, stdout: '' });
    expect(unnamed.stderr).toContain('(use --story):\n  stories: This Crosscheck project file holds 2 stories: “Sample” (id sample), “Other story” (id other)');
  });

  it('reads a version 1 project file', async () => {
    const v1 = fileURLToPath(new URL('../core/formats/testdata/project-v1.json', import.meta.url));
    const run = await crosscheck(v1, '--format', 'md');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Ships waiting: 41 or 14?');
  });

  it('writes Web Annotations to a file with --output', async () => {
    const output = join(folder, 'annotations.jsonld');
    expect(await crosscheck(projectFile, '--format', 'webannotation', '--output', output)).toMatchObject({ code: 0, stdout: '' });
    expect(JSON.parse(readFileSync(output, 'utf8'))).toEqual(toWebAnnotations(project));
  });

  it('writes ClaimReview with the author given, and asks for one when missing', async () => {
    const withAuthor = await crosscheck(projectFile, '--format', 'claimreview', '--author', 'Example Checks', '--review-url', 'https://checks.example.org/a');
    const withoutAuthor = await crosscheck(projectFile, '--format', 'claimreview');
    expect(withAuthor.code).toBe(0);
    expect(JSON.parse(withAuthor.stdout)['@graph'][0]).toMatchObject({ author: { name: 'Example Checks' }, url: 'https://checks.example.org/a' });
    expect(withoutAuthor).toMatchObject({ code: 2, stdout: '' });
    expect(withoutAuthor.stderr).toContain('add --author "<name>"');
  });

  it('refuses a review URL that is not an http(s) address, a missing one, and a blank author, with exit 2', async () => {
    const claimReview = (...extra: string[]) => crosscheck(projectFile, '--format', 'claimreview', ...extra);
    const runs = [
      await claimReview('--author', 'Example Checks', '--review-url', 'not a url'),
      await claimReview('--author', 'Example Checks', '--review-url', 'javascript:alert(1)'),
      await claimReview('--author', 'Example Checks'),
      await claimReview('--author', '   ', '--review-url', 'https://checks.example.org/a'),
      await claimReview('--author', 'Example Checks', '--review-url', 'https://checks.example.org/a', '--author-url', 'data:text/html,x'),
    ];
    for (const run of runs) expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(runs.map((run) => run.stderr.split('\n')[0])).toEqual([
      'crosscheck export: --review-url: "not a url" is not a web address: give a full web address such as https://example.org/page.',
      'crosscheck export: --review-url: "javascript:alert(1)" is not a web address: only http:// and https:// addresses are allowed, not javascript:.',
      'crosscheck export: --format claimreview needs the page where the fact check is published (Google requires it): add --review-url <https://…>.',
      'crosscheck export: --format claimreview needs the organisation publishing the reviews: add --author "<name>" (not blank).',
      'crosscheck export: --author-url: "data:text/html,x" is not a web address: only http:// and https:// addresses are allowed, not data:.',
    ]);
  });

  it('exits 2 naming the allowed formats when the format is unknown', async () => {
    const run = await crosscheck(projectFile, '--format', 'xml');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown format "xml"; use one of csv, md, webannotation, claimreview.');
  });

  it('exits 2 with the problem list for an invalid project or a missing file', async () => {
    const broken = join(folder, 'broken.json');
    writeFileSync(broken, serializeProject(project).replace('"contradicts"', '"refutes"').replace('"version": 2', '"version": 2, "exportedAt": 5'));
    const renamedCsv = join(folder, 'claims.json');
    writeFileSync(renamedCsv, toCsv(project));
    const invalid = await crosscheck(broken, '--format', 'md');
    const csv = await crosscheck(renamedCsv, '--format', 'md');
    const missing = await crosscheck(join(folder, 'nope.json'), '--format', 'md');
    expect(invalid).toMatchObject({ code: 2, stdout: '' });
    expect(invalid.stderr).toMatch(/is not a valid Crosscheck project:\n {2}stories\[0\]\.claims\[0\]\.evidence\[0\]\.stance: Invalid option: .*found "refutes"/);
    expect(csv.stderr).toContain('Not a Crosscheck project file: it is a Crosscheck CSV export');
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toContain(`crosscheck export: cannot read ${join(folder, 'nope.json')}: no such file or folder.\n`);
  });

  it('exits 2 for a project file over the 100 MB the app imports, without reading it', async () => {
    const big = join(folder, 'big.json');
    // Sparse: the size is what is checked, and no byte of it is read.
    writeFileSync(big, '');
    truncateSync(big, 100 * 1024 * 1024 + 1);
    expect(await crosscheck(big, '--format', 'md')).toMatchObject({ code: 2, stdout: '', stderr: `crosscheck export: ${big} is 100.1 MB, more than the 100 MB Crosscheck imports; it was not read.\n` });
  });

  it('prints its usage with --help', async () => {
    const run = await crosscheck('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: crosscheck export <project.json> --format csv\|md\|webannotation\|claimreview/);
  });
});
