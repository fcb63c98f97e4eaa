import { describe, expect, it } from 'vitest';
import { buildProject } from '../../core/formats';
import type { Claim } from '../../core/model/claims';
import type { SourceDocument } from '../../core/model/document';
import { buildExportFile, EXPORT_CHOICES } from './export-files';

const text = 'Russia invaded Ukraine last year.';
const document: SourceDocument = {
  id: '001', title: 'Wang Yi in Jakarta', outlet: 'AFP', published: '2023-07-13', publishedBasis: 'stated', language: 'en', note: '',
  text, contentHash: 'a'.repeat(64), origin: { kind: 'pasted' }, updatedAt: '2026-01-01T00:00:00.000Z',
};
const claim = (id: string, status: Claim['status']): Claim => ({
  id, statement: `Claim ${id}`, status, note: '', tags: ['date'], origin: { kind: 'manual' },
  createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
  evidence: [{
    id: 'e1', docId: '001', stance: 'supports', createdAt: '2026-01-01T00:00:00.000Z',
    quote: { type: 'TextQuoteSelector', exact: 'last year', prefix: 'Ukraine ', suffix: '.' },
    position: { type: 'TextPositionSelector', start: 23, end: 32 },
  }],
});
const now = new Date('2026-11-23T10:00:00Z');
const project = buildProject({ documents: [document], claims: [claim('c1', 'discrepant'), claim('c2', 'unverified')], dismissedFindings: [], includeTexts: true, exportedAt: now });

describe('buildExportFile', () => {
  it('names every kind of file with the date and a matching extension', () => {
    expect(EXPORT_CHOICES.map((choice) => buildExportFile(choice.kind, project, now).fileName)).toEqual([
      'crosscheck-project-2026-11-23.json',
      'crosscheck-claims-2026-11-23.csv',
      'crosscheck-report-2026-11-23.md',
      'crosscheck-annotations-2026-11-23.jsonld',
      'crosscheck-claimreview-2026-11-23.jsonld',
    ]);
  });

  it('writes a project that parses back to the same claims', () => {
    const file = buildExportFile('project', project, now);
    expect(JSON.parse(file.content).claims).toEqual(project.claims);
  });

  it('reviews only claims with a verdict', () => {
    const file = buildExportFile('claimreview', project, now);
    expect(file.mimeType).toBe('application/ld+json');
    expect(JSON.parse(file.content)['@graph']).toHaveLength(1);
  });

  it('starts the CSV with a byte order mark', () => {
    expect(buildExportFile('csv', project, now).content.startsWith('\uFEFFClaim ID,')).toBe(true);
  });
});
