// The import dialog's steps as one value, so that (for example) a preview without a plan cannot
// exist; reading and planning happen here, away from the markup.
import type { PlacedSpan } from '../../core/anchoring';
import type { ImportProblem } from '../../core/formats';
import { applyImport, planImport, type ImportPlan, type LocalState, type Resolutions } from '../../core/import-plan';
import { getActiveDocuments, useDocumentsStore } from '../../state/documents-store';
import { useClaimsStore } from '../../state/claims-store';
import { publishPlacementReport } from '../../state/placement-reports';
import { currentClaims } from './current-project';
import { contentHashProblems, oversizeFileProblem, readImportText, type ImportSource } from './read-import-file';

export type ImportStep =
  | { step: 'choose' }
  | { step: 'reading'; fileName: string }
  | { step: 'problems'; fileName: string; problems: ImportProblem[] }
  | { step: 'preview'; fileName: string; source: ImportSource; plan: ImportPlan; local: LocalState; notices: ImportProblem[]; placements: PlacedSpan[] };

function localState(): LocalState {
  return { documents: getActiveDocuments(), claims: currentClaims(), dismissedFindings: useClaimsStore.getState().dismissedFindings };
}

/** Reads, validates and plans an import; never changes the library or the claims. */
export async function prepareImport(file: File): Promise<ImportStep> {
  const fileName = file.name;
  const oversize = oversizeFileProblem(fileName, file.size);
  if (oversize !== null) return { step: 'problems', fileName, problems: [oversize] };
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { step: 'problems', fileName, problems: [{ path: '', message: `${fileName} could not be read: ${error instanceof Error ? error.message : String(error)}.` }] };
  }
  const local = localState();
  const byHash = new Map(local.documents.map((d) => [d.contentHash, d.id]));
  const texts = new Map(local.documents.map((d) => [d.id, d.text]));
  const reading = readImportText(text, { documentIdForHash: (hash) => byHash.get(hash), documentText: (id) => texts.get(id), reanchor: true, importedAt: new Date() });
  if (!reading.ok) return { step: 'problems', fileName, problems: reading.problems };
  const hashProblems = await contentHashProblems(reading.incoming);
  if (hashProblems.length > 0) return { step: 'problems', fileName, problems: hashProblems };
  return { step: 'preview', fileName, source: reading.source, plan: planImport(local, reading.incoming), local, notices: reading.notices, placements: reading.placements };
}

export interface ImportOutcome {
  documents: number;
  claims: number;
}

/**
 * Applies the confirmed plan: documents first, so the claims' evidence finds its texts. How the
 * imported spans were placed is reported as after a replacement, for the claims that came in.
 */
export function commitImport(plan: ImportPlan, local: LocalState, resolutions: Resolutions, placements: readonly PlacedSpan[] = []): ImportOutcome {
  const changes = applyImport(plan, local, resolutions, { now: new Date().toISOString(), newClaimId: () => crypto.randomUUID() });
  if (changes.documents.length > 0) useDocumentsStore.getState().upsertDocuments(changes.documents);
  const claims = useClaimsStore.getState();
  if (changes.claims.length > 0) claims.upsertClaims(changes.claims);
  const imported = new Set(changes.claims.map((claim) => claim.id));
  const spans = placements.filter((span) => imported.has(span.claimId));
  if (spans.length > 0) publishPlacementReport({ docId: null, cause: 'imported', spans });
  if (changes.dismissedFindings.length !== local.dismissedFindings.length) claims.setDismissedFindings(changes.dismissedFindings);
  return { documents: changes.documents.length, claims: changes.claims.length };
}
