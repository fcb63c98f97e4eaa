// The import dialog's steps as one value, so that (for example) a preview without a plan cannot
// exist; reading and planning happen here, away from the markup.
import type { PlacedSpan } from '../../core/anchoring';
import type { ImportProblem, ProjectFileStory } from '../../core/formats';
import { currentStoryId } from '../../state/current-story';
import { applyImport, planImport, type ImportPlan, type LocalState, type Resolutions } from '../../core/import-plan';
import { getActiveDocuments, useDocumentsStore } from '../../state/documents-store';
import { useClaimsStore } from '../../state/claims-store';
import { publishPlacementReport } from '../../state/placement-reports';
import { currentClaims } from './current-project';
import { importReading, incomingOf, oversizeFileProblem, type ImportFileReading, type ImportSource } from '../../core/formats/read-import-file';
import { readImportFileOffThread } from '../../data/ingest/import-file-runner';

/** Where a project file's stories go: one of them into the current story, or each into a new story. */
export type ImportTarget = { kind: 'current'; story: number } | { kind: 'new' };

export interface ImportPreviewStep {
  step: 'preview';
  fileName: string;
  source: ImportSource;
  /** The plan of bringing the chosen story (or the annotations) into the current story. */
  plan: ImportPlan;
  local: LocalState;
  notices: ImportProblem[];
  placements: PlacedSpan[];
  stories: ProjectFileStory[];
  target: ImportTarget;
}

export type ImportStep =
  | { step: 'choose' }
  | { step: 'reading'; fileName: string }
  | { step: 'problems'; fileName: string; problems: ImportProblem[] }
  | ImportPreviewStep;

/**
 * A story exported from this story comes back into it; a story from elsewhere (or several) becomes
 * a new story, keeping its id so links to it work; a file of no story goes into the current one.
 */
function defaultTarget(stories: readonly ProjectFileStory[]): ImportTarget {
  const id = stories.length === 1 ? stories[0]?.id : undefined;
  if (stories.length > 1 || (id !== undefined && id !== currentStoryId())) return { kind: 'new' };
  return { kind: 'current', story: 0 };
}

/** The preview for another target: a plan against the current story for the story chosen. */
export function retarget(step: ImportPreviewStep, target: ImportTarget): ImportPreviewStep {
  if (target.kind === 'new' || step.stories.length === 0) return { ...step, target };
  const local = localState();
  return { ...step, target, local, plan: planImport(local, incomingOf(step.stories[target.story]!)) };
}

/** The name of a story the file does not name: the file's name without its extension. */
function storyNameFrom(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '') || 'Imported story';
}

/** Makes a new story of each of the file's stories; returns their ids. */
export async function commitAsNewStories(step: ImportPreviewStep): Promise<string[]> {
  const { importAsNewStories } = await import('../../state/story-contents');
  return importAsNewStories(step.stories.map((story) => ({ ...(story.id === undefined ? {} : { id: story.id }), name: story.name ?? storyNameFrom(step.fileName), incoming: incomingOf(story) })));
}

function localState(): LocalState {
  return { documents: getActiveDocuments(), claims: currentClaims(), dismissedFindings: useClaimsStore.getState().dismissedFindings };
}

/** Reads, validates and plans an import; never changes the library or the claims. */
export async function prepareImport(file: File): Promise<ImportStep> {
  const fileName = file.name;
  const oversize = oversizeFileProblem(fileName, file.size);
  if (oversize !== null) return { step: 'problems', fileName, problems: [oversize] };
  let recognised: ImportFileReading;
  // Annotations are placed in the library's texts, here; a project needs its text no longer.
  let annotationsText = '';
  try {
    recognised = await readImportFileOffThread(file);
    if (recognised.ok && recognised.source === 'annotations') annotationsText = await file.text();
  } catch (error) {
    return { step: 'problems', fileName, problems: [{ path: '', message: `${fileName} could not be read: ${error instanceof Error ? error.message : String(error)}.` }] };
  }
  const local = localState();
  const byHash = new Map(local.documents.map((d) => [d.contentHash, d.id]));
  const texts = new Map(local.documents.map((d) => [d.id, d.text]));
  const reading = importReading(recognised, annotationsText, { documentIdForHash: (hash) => byHash.get(hash), documentText: (id) => texts.get(id), reanchor: true, importedAt: new Date() });
  if (!reading.ok) return { step: 'problems', fileName, problems: reading.problems };
  const preview: ImportPreviewStep = {
    step: 'preview',
    fileName,
    source: reading.source,
    plan: planImport(local, reading.incoming),
    local,
    notices: reading.notices,
    placements: reading.placements,
    stories: reading.stories,
    target: { kind: 'current', story: 0 },
  };
  return retarget(preview, defaultTarget(reading.stories));
}

export interface ImportOutcome {
  documents: number;
  claims: number;
}

/**
 * Applies the confirmed plan so that it lands whole or not at all (see claimEdits.importChanges),
 * the new texts stored ahead of it and the records written, a slice at a time each.
 * How the imported spans were placed is reported as after a replacement, for the claims that came in.
 */
export async function commitImport(plan: ImportPlan, local: LocalState, resolutions: Resolutions, placements: readonly PlacedSpan[] = []): Promise<ImportOutcome> {
  const changes = applyImport(plan, local, resolutions, { now: new Date().toISOString(), newClaimId: () => crypto.randomUUID() });
  await useDocumentsStore.getState().storeTextsAhead(changes.documents);
  await useClaimsStore.getState().importChanges(changes);
  const imported = new Set(changes.claims.map((claim) => claim.id));
  const spans = placements.filter((span) => imported.has(span.claimId));
  if (spans.length > 0) publishPlacementReport({ docId: null, cause: 'imported', spans });
  return { documents: changes.documents.length, claims: changes.claims.length };
}
