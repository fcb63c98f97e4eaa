import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate, parseAnalyzeArgs, parseArgs, parseDateOverride, type FlagSpec } from './args';

const SPECS: FlagSpec[] = [
  { name: 'manifest', kind: 'single' },
  { name: 'date', kind: 'repeated' },
  { name: 'verbose', kind: 'switch' },
];

const positional = fc.string({ minLength: 1, maxLength: 12 }).filter((value) => !value.startsWith('-'));
const isoDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

describe('parseArgs', () => {
  it('never throws, whatever the arguments', () => {
    fc.assert(fc.property(fc.array(fc.string()), (argv) => {
      const parsed = parseArgs(argv, SPECS);
      expect(typeof parsed.ok).toBe('boolean');
    }));
  });

  it('reads back positionals and flag values, whether written "--flag value" or "--flag=value"', () => {
    fc.assert(
      fc.property(fc.array(positional, { maxLength: 5 }), fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }), fc.option(fc.string({ maxLength: 10 })), fc.boolean(), (files, dates, manifest, inline) => {
        const flag = (name: string, value: string): string[] => (inline ? [`--${name}=${value}`] : [`--${name}`, value]);
        const argv = [...files, ...dates.flatMap((date) => flag('date', date)), ...(manifest === null ? [] : flag('manifest', manifest))];
        const parsed = parseArgs(argv, SPECS);
        if (!parsed.ok) throw new Error(parsed.error);
        expect(parsed.value.positionals).toEqual(files);
        expect(parsed.value.flags.get('date') ?? []).toEqual(dates);
        expect(parsed.value.flags.get('manifest')?.[0] ?? null).toEqual(manifest);
      }),
    );
  });

  it('treats everything after "--" as positionals', () => {
    fc.assert(fc.property(fc.array(fc.string(), { maxLength: 5 }), (rest) => {
      const parsed = parseArgs(['--', ...rest], SPECS);
      expect(parsed.ok && parsed.value.positionals).toEqual(rest);
    }));
  });

  it('rejects unknown flags, missing values, repeated single flags and values on switches, naming the flag', () => {
    expect(parseArgs(['--colour'], SPECS)).toEqual({ ok: false, error: 'unknown option "--colour"' });
    expect(parseArgs(['-x'], SPECS)).toEqual({ ok: false, error: 'unknown option "-x"' });
    expect(parseArgs(['--manifest'], SPECS)).toEqual({ ok: false, error: 'option --manifest needs a value' });
    expect(parseArgs(['--manifest=a', '--manifest=b'], SPECS)).toEqual({ ok: false, error: 'option --manifest may be given only once' });
    expect(parseArgs(['--verbose=yes'], SPECS)).toEqual({ ok: false, error: 'option --verbose takes no value' });
  });
});

describe('dates', () => {
  it('accepts every real calendar date and rejects impossible ones', () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        expect(isIsoDate(date)).toBe(true);
      }),
    );
    for (const bad of ['2023-02-29', '2023-13-01', '2023-00-10', '2023-1-01', '23-01-01', '2023-01-32', '']) expect(isIsoDate(bad)).toBe(false);
  });

  it('splits "<file>=<date>" at the last "=", so file names may contain "="', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), isoDate, (file, date) => {
        expect(parseDateOverride(`${file}=${date}`)).toEqual({ ok: true, value: { file, date } });
      }),
    );
  });

  it('explains a malformed --date', () => {
    expect(parseDateOverride('2023-07-13')).toMatchObject({ ok: false, error: expect.stringContaining('<file>=<YYYY-MM-DD>') });
    expect(parseDateOverride('a.txt=13/07/2023')).toMatchObject({ ok: false, error: expect.stringContaining('"13/07/2023" is not a calendar date') });
  });
});

describe('parseAnalyzeArgs', () => {
  it('collects files, manifest and date overrides', () => {
    expect(parseAnalyzeArgs(['a.txt', '--date', 'a.txt=2023-07-13', 'b.txt', '--manifest=m.json'])).toEqual({
      ok: true,
      value: { inputs: ['a.txt', 'b.txt'], filesFrom: null, manifest: 'm.json', dates: [{ file: 'a.txt', date: '2023-07-13' }], jobs: null, help: false },
    });
  });

  it('takes a list of files instead of positionals, and "-" as a positional', () => {
    expect(parseAnalyzeArgs(['--files-from', 'list.txt'])).toMatchObject({ ok: true, value: { inputs: [], filesFrom: 'list.txt' } });
    expect(parseAnalyzeArgs(['-'])).toMatchObject({ ok: true, value: { inputs: ['-'], filesFrom: null } });
  });

  it('takes a number of threads from 1 to 64 and explains any other --jobs', () => {
    expect(parseAnalyzeArgs(['a.txt', '--jobs', '3'])).toMatchObject({ ok: true, value: { jobs: 3 } });
    expect(parseAnalyzeArgs(['a.txt', '--jobs=64'])).toMatchObject({ ok: true, value: { jobs: 64 } });
    for (const jobs of ['0', '65', '2.5', '-1', 'four', '']) {
      expect(parseAnalyzeArgs(['a.txt', `--jobs=${jobs}`])).toEqual({ ok: false, error: `--jobs "${jobs}" must be a whole number from 1 to 64` });
    }
  });

  it('asks for input files unless help is wanted', () => {
    expect(parseAnalyzeArgs([])).toMatchObject({ ok: false, error: expect.stringContaining('no input files') });
    expect(parseAnalyzeArgs(['--help'])).toMatchObject({ ok: true, value: { help: true } });
  });
});
