// Compares an incoming project (or a set of annotations) with the library and claims the analyst
// already has, item by item, so the import dialog can preview it and ask only about real
// conflicts. Nothing is changed here; apply-import.ts turns the plan and the analyst's choices
// into the documents and claims to upsert.
//
// Rules:
// - Documents match by id. Same text (content hash) but other details → "changed" (the incoming
//   details are taken unless the analyst keeps theirs). Other text → "conflict".
// - An incoming document without its text (exported without texts) whose hash matches a local
//   document under another id maps to it, so its evidence lands there; with no match it is
//   "missing" and its evidence stays orphaned until the document is added.
// - Claims match by id after that mapping. Different content → "changed" when the incoming copy
//   was edited later than the local one, else "conflict" (the local copy has edits of its own).
import type { Claim } from '../model/claims';
import type { SourceDocument } from '../model/document';
import type { ProjectDocument } from '../formats/project';

export interface LocalState {
  documents: readonly SourceDocument[];
  claims: readonly Claim[];
  dismissedFindings: readonly string[];
}

export interface IncomingItems {
  documents: readonly ProjectDocument[];
  claims: readonly Claim[];
  dismissedFindings: readonly string[];
}

export type DocumentField = 'title' | 'outlet' | 'published' | 'publishedBasis' | 'language' | 'note' | 'url' | 'authors' | 'text';
export type ClaimField = 'statement' | 'status' | 'note' | 'tags' | 'evidence' | 'origin';

export type DocumentPlanItem =
  | { kind: 'new'; incoming: ProjectDocument & { text: string } }
  | { kind: 'unchanged'; incoming: ProjectDocument }
  | { kind: 'mapped'; incoming: ProjectDocument; localId: string }
  | { kind: 'missing'; incoming: ProjectDocument }
  | { kind: 'changed'; incoming: ProjectDocument; mine: SourceDocument; fields: DocumentField[] }
  | { kind: 'conflict'; incoming: ProjectDocument; mine: SourceDocument; fields: DocumentField[] };

export type ClaimPlanItem =
  | { kind: 'new'; incoming: Claim }
  | { kind: 'unchanged'; incoming: Claim }
  | { kind: 'changed'; incoming: Claim; mine: Claim; fields: ClaimField[] }
  | { kind: 'conflict'; incoming: Claim; mine: Claim; fields: ClaimField[] };

export interface ImportPlan {
  documents: DocumentPlanItem[];
  claims: ClaimPlanItem[];
  /** Incoming dismissed findings not dismissed here yet. */
  newDismissedFindings: string[];
  /** Incoming evidence spans whose document is neither here nor in the file with its text. */
  orphanedEvidence: number;
}

const DOCUMENT_FIELDS: readonly Exclude<DocumentField, 'text'>[] = ['title', 'outlet', 'published', 'publishedBasis', 'language', 'note', 'url', 'authors'];

function planDocument(incoming: ProjectDocument, local: ReadonlyMap<string, SourceDocument>, byHash: ReadonlyMap<string, SourceDocument>): DocumentPlanItem {
  const mine = local.get(incoming.id);
  if (mine === undefined) {
    if (incoming.text !== undefined) return { kind: 'new', incoming: { ...incoming, text: incoming.text } };
    const same = byHash.get(incoming.contentHash);
    return same === undefined ? { kind: 'missing', incoming } : { kind: 'mapped', incoming, localId: same.id };
  }
  const fields: DocumentField[] = DOCUMENT_FIELDS.filter((field) => JSON.stringify(mine[field]) !== JSON.stringify(incoming[field]));
  if (mine.contentHash !== incoming.contentHash) return { kind: 'conflict', incoming, mine, fields: [...fields, 'text'] };
  return fields.length === 0 ? { kind: 'unchanged', incoming } : { kind: 'changed', incoming, mine, fields };
}

/** The claim's evidence with document ids moved to where those documents live here. */
export function remapEvidence(claim: Claim, documentIds: ReadonlyMap<string, string>): Claim {
  if (!claim.evidence.some((e) => documentIds.has(e.docId))) return claim;
  return { ...claim, evidence: claim.evidence.map((e) => ({ ...e, docId: documentIds.get(e.docId) ?? e.docId })) };
}

function claimDifferences(mine: Claim, incoming: Claim): ClaimField[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const evidence = (claim: Claim) => claim.evidence.map(({ id, docId, stance, quote, position }) => [id, docId, stance, quote.exact, quote.prefix, quote.suffix, position.start, position.end]);
  const fields: ClaimField[] = [];
  if (mine.statement !== incoming.statement) fields.push('statement');
  if (mine.status !== incoming.status) fields.push('status');
  if (mine.note !== incoming.note) fields.push('note');
  if (!same(mine.tags, incoming.tags)) fields.push('tags');
  if (!same(evidence(mine), evidence(incoming))) fields.push('evidence');
  if (!same(mine.origin, incoming.origin)) fields.push('origin');
  return fields;
}

function planClaim(incoming: Claim, local: ReadonlyMap<string, Claim>): ClaimPlanItem {
  const mine = local.get(incoming.id);
  if (mine === undefined) return { kind: 'new', incoming };
  const fields = claimDifferences(mine, incoming);
  if (fields.length === 0) return { kind: 'unchanged', incoming };
  return incoming.updatedAt > mine.updatedAt ? { kind: 'changed', incoming, mine, fields } : { kind: 'conflict', incoming, mine, fields };
}

export function planImport(local: LocalState, incoming: IncomingItems): ImportPlan {
  const localDocuments = new Map(local.documents.map((d) => [d.id, d]));
  const byHash = new Map(local.documents.map((d) => [d.contentHash, d]));
  const documents = incoming.documents.map((d) => planDocument(d, localDocuments, byHash));
  const mapped = new Map(documents.flatMap((item) => (item.kind === 'mapped' ? [[item.incoming.id, item.localId] as const] : [])));
  const localClaims = new Map(local.claims.map((c) => [c.id, c]));
  const claims = incoming.claims.map((claim) => planClaim(remapEvidence(claim, mapped), localClaims));
  const available = new Set([...localDocuments.keys(), ...documents.filter((item) => item.kind === 'new').map((item) => item.incoming.id)]);
  const dismissed = new Set(local.dismissedFindings);
  return {
    documents,
    claims,
    newDismissedFindings: [...new Set(incoming.dismissedFindings)].filter((id) => !dismissed.has(id)),
    orphanedEvidence: claims.reduce((n, item) => n + item.incoming.evidence.filter((e) => !available.has(e.docId)).length, 0),
  };
}
