import { describe, expect, it } from 'vitest';
import type { Claim } from '../model/claims';
import type { SourceDocument } from '../model/document';
import { TEST_TIME, testClaim, testDocument } from '../model/test-records';
import type { ProjectDocument } from '../formats/project';
import { applyImport, ImportResolutionError, planItemKey, resolutionChoices } from './apply-import';
import { planImport, type LocalState } from './plan-import';

const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);
const HASH_C = 'c'.repeat(64);

function doc(id: string, contentHash: string, text: string, patch: Partial<SourceDocument> = {}): SourceDocument {
  return testDocument(id, { contentHash, text, ...patch });
}

function projectDoc(document: SourceDocument, withText = true): ProjectDocument {
  const { text, updatedAt: _updatedAt, ...rest } = document;
  return withText ? { ...rest, text } : rest;
}

function claim(id: string, patch: Partial<Claim> = {}): Claim {
  return testClaim(id, {
    statement: 'Russia invaded Ukraine in February 2022',
    evidence: [{
      id: `${id}-e1`, docId: 'd1', stance: 'supports', createdAt: TEST_TIME,
      quote: { type: 'TextQuoteSelector', exact: 'last year', prefix: 'Ukraine ', suffix: '.' },
      position: { type: 'TextPositionSelector', start: 8, end: 17 },
    }],
    ...patch,
  });
}

const d1 = doc('d1', HASH_A, 'Ukraine last year.');
const local: LocalState = { documents: [d1], claims: [claim('c1')], dismissedFindings: ['f-local'] };
const options = { now: '2026-11-23T12:00:00.000Z', newClaimId: () => 'fresh-id' };

describe('planImport', () => {
  it('sorts incoming items into new, unchanged, changed and conflicting', () => {
    const plan = planImport(local, {
      documents: [projectDoc(d1), projectDoc(doc('d2', HASH_B, 'Other.')), projectDoc(doc('d1x', HASH_C, 'x'), false)],
      claims: [claim('c1'), claim('c2'), claim('c1', { status: 'discrepant', updatedAt: '2026-02-01T00:00:00.000Z' })],
      dismissedFindings: ['f-local', 'f-new', 'f-new'],
    });
    expect(plan.documents.map((i) => i.kind)).toEqual(['unchanged', 'new', 'missing']);
    expect(plan.claims.map((i) => i.kind)).toEqual(['unchanged', 'new', 'changed']);
    expect(plan.newDismissedFindings).toEqual(['f-new']);
  });

  it('calls a document with the same text but other details changed, and other text a conflict', () => {
    const plan = planImport(local, {
      documents: [projectDoc({ ...d1, published: '2024-01-01', title: 'New title' })], claims: [], dismissedFindings: [],
    });
    expect(plan.documents[0]).toMatchObject({ kind: 'changed', fields: ['title', 'published'] });
    const conflict = planImport(local, { documents: [projectDoc(doc('d1', HASH_B, 'Rewritten.'))], claims: [], dismissedFindings: [] });
    expect(conflict.documents[0]).toMatchObject({ kind: 'conflict', fields: ['text'] });
  });

  it('calls a claim edited here at or after the incoming copy a conflict', () => {
    const mine = claim('c1', { updatedAt: '2026-03-01T00:00:00.000Z', note: 'my note' });
    const plan = planImport({ ...local, claims: [mine] }, {
      documents: [], claims: [claim('c1', { updatedAt: '2026-02-01T00:00:00.000Z', tags: ['theirs'] })], dismissedFindings: [],
    });
    expect(plan.claims[0]).toMatchObject({ kind: 'conflict', fields: ['note', 'tags'] });
  });

  it('maps a document exported without text onto the local document with the same hash', () => {
    const plan = planImport(local, {
      documents: [projectDoc(doc('other-id', HASH_A, ''), false)],
      claims: [claim('c9', { evidence: claim('x').evidence.map((e) => ({ ...e, docId: 'other-id' })) })],
      dismissedFindings: [],
    });
    expect(plan.documents[0]).toMatchObject({ kind: 'mapped', localId: 'd1' });
    expect(plan.claims[0]!.incoming.evidence[0]!.docId).toBe('d1');
    expect(plan.orphanedEvidence).toBe(0);
  });

  it('counts evidence on documents that are neither here nor in the file', () => {
    const plan = planImport(local, {
      documents: [projectDoc(doc('gone', HASH_C, 'x'), false)],
      claims: [claim('c9', { evidence: claim('x').evidence.map((e) => ({ ...e, docId: 'gone' })) })],
      dismissedFindings: [],
    });
    expect(plan.orphanedEvidence).toBe(1);
    expect(applyImport(plan, local, {}, options).claims[0]!.evidence[0]!.docId).toBe('gone');
  });
});

describe('applyImport', () => {
  const incomingDoc = doc('d1', HASH_B, 'Rewritten text.', { title: 'Theirs' });
  const incomingClaim = claim('c1', { status: 'discrepant', updatedAt: '2025-01-01T00:00:00.000Z' });
  const plan = planImport(local, {
    documents: [projectDoc(incomingDoc), projectDoc(doc('d2', HASH_C, 'New text.'))],
    claims: [incomingClaim],
    dismissedFindings: ['f-new'],
  });
  const docKey = planItemKey(plan.documents[0]!);
  const claimKey = planItemKey(plan.claims[0]!);

  it('keeps mine for conflicts by default, adding only new items and dismissed findings', () => {
    const changes = applyImport(plan, local, {}, options);
    expect(changes.documents.map((d) => d.id)).toEqual(['d2']);
    expect(changes.documents[0]).toMatchObject({ text: 'New text.', contentHash: HASH_C, updatedAt: options.now });
    expect(changes.claims).toEqual([]);
    expect(changes.dismissedFindings).toEqual(['f-local', 'f-new']);
  });

  it('takes theirs: the incoming document and claim replace mine under the same ids', () => {
    const changes = applyImport(plan, local, { [docKey]: 'take-theirs', [claimKey]: 'take-theirs' }, options);
    expect(changes.documents.map((d) => [d.id, d.title, d.text])).toEqual([['d1', 'Theirs', 'Rewritten text.'], ['d2', 'Title d2', 'New text.']]);
    expect(changes.claims).toEqual([incomingClaim]);
  });

  it('keeps both: the incoming document and claim get new ids and the claim follows the document', () => {
    const changes = applyImport(plan, local, { [docKey]: 'keep-both', [claimKey]: 'keep-both' }, options);
    expect(changes.documents.map((d) => d.id)).toEqual(['d1-imported', 'd2']);
    expect(changes.claims).toHaveLength(1);
    expect(changes.claims[0]).toMatchObject({ id: 'fresh-id', status: 'discrepant' });
    expect(changes.claims[0]!.evidence[0]!.docId).toBe('d1-imported');
  });

  it('takes the incoming details of a changed document but keeps the text it shares', () => {
    const changed = planImport(local, { documents: [projectDoc({ ...d1, published: '2024-05-05' }, false)], claims: [], dismissedFindings: [] });
    expect(resolutionChoices(changed.documents[0]!)).toEqual(['keep-mine', 'take-theirs']);
    const changes = applyImport(changed, local, {}, options);
    expect(changes.documents).toEqual([{ ...d1, published: '2024-05-05', updatedAt: options.now }]);
  });

  it('refuses a choice the item does not offer, naming the item', () => {
    const withoutText = planImport(local, { documents: [projectDoc(doc('d1', HASH_B, 'x'), false)], claims: [], dismissedFindings: [] });
    expect(resolutionChoices(withoutText.documents[0]!)).toEqual(['keep-mine']);
    expect(() => applyImport(withoutText, local, { 'document:d1': 'take-theirs' }, options)).toThrow(ImportResolutionError);
    expect(() => applyImport(withoutText, local, { 'document:d1': 'take-theirs' }, options)).toThrow(/document:d1/);
  });
});
