import { describe, expect, it } from 'vitest';
import { exportFileName } from './export-file-name';

describe('exportFileName', () => {
  const date = new Date('2026-11-23T23:30:00.000Z');

  it('names each export kind with the UTC date', () => {
    expect(exportFileName('csv', date)).toBe('crosscheck-claims-2026-11-23.csv');
    expect(exportFileName('project', date)).toBe('crosscheck-project-2026-11-23.json');
    expect(exportFileName('md', date)).toBe('crosscheck-report-2026-11-23.md');
    expect(exportFileName('webannotation', date)).toBe('crosscheck-annotations-2026-11-23.jsonld');
    expect(exportFileName('claimreview', date)).toBe('crosscheck-claimreview-2026-11-23.jsonld');
  });
});
