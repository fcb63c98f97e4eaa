import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MAX_FILE_BYTES } from '../core/ingest';
import { runAnalyzeCommand } from './analyze-command';

const ROOT = resolve(import.meta.dirname, '../..');
const SEED_FILES = ['000_900e33a0770657f5', '001_8dfcd5823fdeecd6', '002_d2e03255e9355d12', '003_4abb5b22b4219653', '004_178e249b77d00c9e'].map((id) => join(ROOT, 'seeds', `${id}.txt`));
const MANIFEST = join(ROOT, 'seeds/manifest.json');

const span = z.strictObject({ doc: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string().min(1) });
const cliOutput = z.strictObject({
  version: z.literal(1),
  documents: z.array(z.strictObject({ id: z.string(), path: z.string(), title: z.string(), published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u).nullable(), length: z.number().int().positive() })),
  groups: z.array(z.strictObject({ id: z.string(), kind: z.enum(['identical', 'near-duplicate', 'paraphrase']), score: z.number().min(0).max(1), passages: z.array(span).min(2) })),
  findings: z.array(z.unknown()),
});
const fact = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('date'), from: z.string(), to: z.string(), granularity: z.string(), approximate: z.boolean() }),
  z.strictObject({ kind: z.literal('unplaced-date'), reason: z.string() }),
  z.strictObject({ kind: z.literal('quantity'), amount: z.number(), unit: z.string(), head: z.array(z.string()), approximate: z.boolean(), bound: z.enum(['under', 'over', 'just under', 'just over']).optional() }),
  z.strictObject({ kind: z.literal('name'), name: z.string(), person: z.string() }),
  z.strictObject({ kind: z.literal('role'), person: z.string(), office: z.string() }),
  z.strictObject({ kind: z.literal('quote'), words: z.string(), speaker: z.string().nullable() }),
]);
const cliFinding = z.strictObject({
  id: z.string(),
  kind: z.enum(['date', 'number', 'name', 'role', 'quote']),
  verdict: z.enum(['discrepant', 'variant', 'consistent']),
  subject: z.string(),
  reason: z.enum(['named-event', 'aligned-passage', 'counterpart-sentence', 'same-person', 'same-quote']),
  confidence: z.number().min(0).max(1),
  statement: z.string().min(1),
  summary: z.string().min(1),
  mentions: z.array(span.extend({ value: z.string(), fact, stance: z.enum(['supports', 'contradicts', 'mentions']) })).min(2),
});

async function run(argv: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const decoder = new TextDecoder();
  // One thread: the threads run the compiled CLI, and these runs load the TypeScript sources.
  const code = await runAnalyzeCommand(argv, { stdout: (chunk) => (stdout += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })), stderr: (text) => (stderr += text), stdin: async () => stdin }, 1);
  return { code, stdout, stderr };
}

function tempFile(name: string, content: Uint8Array | string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'crosscheck-cli-')), name);
  writeFileSync(path, content);
  return path;
}

describe('crosscheck analyze', () => {
  it('prints JSON matching the documented shape, with manifest titles and a --date override', async () => {
    const { code, stdout, stderr } = await run([...SEED_FILES, '--manifest', MANIFEST, '--date', '004_178e249b77d00c9e.txt=2023-02-22']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const output = cliOutput.parse(JSON.parse(stdout));
    expect(output.documents.map((doc) => [doc.id, doc.published])).toEqual([
      ['000_900e33a0770657f5', '2023-07-13'],
      ['001_8dfcd5823fdeecd6', '2023-07-13'],
      ['002_d2e03255e9355d12', '2023-09-18'],
      ['003_4abb5b22b4219653', '2024-04-09'],
      ['004_178e249b77d00c9e', '2023-02-22'],
    ]);
    expect(output.documents[1]?.title).toBe('China’s top diplomat says Beijing, Moscow to deepen ties');
    expect(output.groups.length).toBeGreaterThanOrEqual(10);
  });

  it('gives each finding its statement beside the summary, both naming sources by outlet and short title, its reason and confidence, and typed facts with stances', async () => {
    const { stdout } = await run([...SEED_FILES, '--manifest', MANIFEST]);
    const findings = z.array(cliFinding).parse(cliOutput.parse(JSON.parse(stdout)).findings);
    const invasion = findings.find((finding) => finding.kind === 'date' && finding.verdict === 'discrepant');
    const [al, afp, scmp] = ['Al Jazeera via an aggregator… · China’s FM hails ‘strategic…', 'AFP via Digital Journal… · China’s top diplomat says Beijing…', 'South China Morning Post via a… · China-Russia relations ‘rock solid’ as…'];
    expect(invasion?.statement).toBe(`Sources disagree on the date of the invasion of Ukraine: February 2021 (${al}) vs 2022 (${afp}, ${scmp})`);
    expect(invasion?.summary).toContain(`${al} says February 2021`);
    expect(invasion?.summary).not.toMatch(/\d{3}_[0-9a-f]{16}/);
    expect(invasion?.reason).toBe('named-event');
    expect(invasion?.mentions.map((m) => [m.doc.slice(0, 3), m.stance, m.fact.kind === 'date' && m.fact.from])).toEqual([
      ['001', 'supports', '2022-01-01'],
      ['002', 'contradicts', '2021-02-01'],
      ['004', 'supports', '2022-02-01'],
    ]);
  });

  it('reads the same corpus from a directory, a glob, a list file and a list on stdin', async () => {
    const ids = async (argv: string[], stdin = '') => cliOutput.parse(JSON.parse((await run(argv, stdin)).stdout)).documents.map((doc) => doc.id);
    const expected = SEED_FILES.map((path) => basename(path, '.txt'));
    const list = tempFile('list.txt', `${SEED_FILES.join('\n')}\n`);
    expect(await ids([join(ROOT, 'seeds')])).toEqual(expected);
    expect(await ids([join(ROOT, 'seeds', '*.txt')])).toEqual(expected);
    expect(await ids(['--files-from', list])).toEqual(expected);
    expect(await ids(['-'], SEED_FILES.join('\n'))).toEqual(expected);
  });

  it('uses the file name as title and null as date for files the manifest does not list', async () => {
    const path = tempFile('note.md', 'A short note about the talks in Moscow.\n');
    const output = cliOutput.parse(JSON.parse((await run([path])).stdout));
    expect(output.documents).toEqual([{ id: 'note', path, title: 'note.md', published: null, length: 40 }]);
  });

  it.each([
    ['binary', tempFile('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), 'binary'],
    ['invalid UTF-8', tempFile('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a])), 'not UTF-8'],
    ['empty', tempFile('empty.txt', ''), 'empty'],
    ['whitespace-only', tempFile('blank.txt', ' \n\t\n'), 'empty'],
    ['over 10 MB', tempFile('huge.txt', 'a'.repeat(MAX_FILE_BYTES + 1)), 'the file is 10.0 MB; the limit is 10.0 MB'],
    ['missing', join(tmpdir(), 'crosscheck-no-such-file.txt'), 'no such file'],
  ])('refuses %s input with exit code 2, naming the file, printing nothing on stdout', async (_, path, reason) => {
    const { code, stdout, stderr } = await run([SEED_FILES[0] as string, path]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(path);
    expect(stderr).toContain(reason);
  });

  it('reads a file with a byte-order mark as the app does: the mark is the first character, offsets count it', async () => {
    const path = tempFile('bom.txt', '\uFEFFJakarta, July 13. The ministers met for two hours.');
    const { code, stdout } = await run([path]);
    expect(code).toBe(0);
    expect(cliOutput.parse(JSON.parse(stdout)).documents[0]?.length).toBe(51);
  });

  it.each([
    [['--colour', 'a.txt'], 'unknown option "--colour"'],
    [['a.txt', '--date', 'a.txt=2023-02-30'], 'not a calendar date'],
    [[SEED_FILES[0] as string, '--date', 'other.txt=2023-02-01'], '--date names "other.txt", which is none of the input files'],
    [[SEED_FILES[0] as string, '--manifest', join(tmpdir(), 'crosscheck-missing-manifest.json')], 'no such file'],
    [[SEED_FILES[0] as string, '--manifest', tempFile('manifest.json', '{"documents":[{"file":"a.txt"}]}')], 'field "documents.0.title"'],
    [[SEED_FILES[0] as string, tempFile('000_900e33a0770657f5.txt', 'Same name, other folder.')], 'would both be document "000_900e33a0770657f5"'],
  ])('rejects bad arguments %j with exit code 2 and a clear message', async (argv, message) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });

  it('documents itself under --help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--manifest');
    expect(stdout).toContain('--date <file>=<d>');
  });

  it('runs as the compiled command, the list of files on stdin, and prints the same JSON whether the documents are read in the main thread or in threads', async () => {
    const inProcess = await run([...SEED_FILES, '--manifest', MANIFEST, '--jobs', '1']);
    expect(inProcess.code).toBe(0);
    // The default (2) reads the mentions in a second thread; 3 and more read documents in analysis threads.
    for (const jobs of [[], ['--jobs', '3']]) {
      const child = execFile(process.execPath, [join(ROOT, 'bin/crosscheck.mjs'), 'analyze', '-', '--manifest', MANIFEST, ...jobs], { cwd: ROOT, maxBuffer: 1 << 26 });
      child.stdin?.end(SEED_FILES.join('\n'));
      const threaded = await new Promise<{ stdout: string; stderr: string }>((resolveOutput, reject) => {
        let stdout = '';
        let stderr = '';
        child.stdout?.on('data', (chunk: string) => (stdout += chunk));
        child.stderr?.on('data', (chunk: string) => (stderr += chunk));
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolveOutput({ stdout, stderr }) : reject(new Error(`exit ${code}: ${stderr}`))));
      });
      expect(threaded.stderr).toBe('');
      expect(threaded.stdout).toBe(inProcess.stdout);
    }
  }, 60_000);

  it('runs as a process: binary input gives exit code 2 and stderr names the file', async () => {
    const binary = tempFile('blob.bin', new Uint8Array([0, 1, 2, 3]));
    const failure = await promisify(execFile)(process.execPath, [join(ROOT, 'bin/crosscheck.mjs'), 'analyze', binary], { cwd: ROOT }).then(
      () => null,
      (error: { code: number; stderr: string; stdout: string }) => error,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toContain(binary);
    expect(failure?.stdout).toBe('');
  }, 30_000);
});
