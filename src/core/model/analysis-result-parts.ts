// An analysis result crosses from the analysis worker to the page in parts. Posted whole, the page
// decoded it in one task (structured clone): 1.2–5 s at 5,000 documents, whose result holds every
// passage's text and every finding's mentions. In parts of about PART_BUDGET passages or mentions,
// each part is decoded in a task of its own and the page answers between them.
// 1. splitResult: the head (documents, overview), then the passages, groups and findings, a long
//    list (a 10 MB document's passages, a group of thousands) cut into pieces across parts.
// 2. ResultAssembler: adds the parts in order, joining the pieces, and gives back the result.
import type { SourceOverview } from '../overview/source-overview';
import type { AlignmentGroup, AnalysedDocument, AnalysisResult, Finding, Mention, Passage, QuotedSpan } from './analysis';

/** Passages or mentions per part: each decodes in a few tens of milliseconds on a loaded machine. */
export const PART_BUDGET = 2_500;

/** An item, or a piece of one: a piece that `continues` adds its inner list to the item before it. */
interface Piece<T> {
  item: T;
  continues: boolean;
}

export type AnalysisResultPart =
  | { kind: 'head'; version: AnalysisResult['version']; documents: AnalysedDocument[]; overview: SourceOverview }
  | { kind: 'passages'; pieces: Piece<[string, Passage[]]>[] }
  | { kind: 'groups'; pieces: Piece<AlignmentGroup>[] }
  | { kind: 'findings'; pieces: Piece<Finding>[] };

interface ListShape<T, E> {
  inner: (item: T) => readonly E[];
  withInner: (item: T, inner: E[]) => T;
}

const passageEntries: ListShape<[string, Passage[]], Passage> = { inner: ([, passages]) => passages, withInner: ([id], passages) => [id, passages] };
const groupPassages: ListShape<AlignmentGroup, QuotedSpan> = { inner: (group) => group.passages, withInner: (group, passages) => ({ ...group, passages }) };
const findingMentions: ListShape<Finding, Mention> = { inner: (finding) => finding.mentions, withInner: (finding, mentions) => ({ ...finding, mentions }) };

/** `items` cut into lists of pieces holding at most `budget` inner elements each (an empty item counts one). */
function packPieces<T, E>(items: readonly T[], shape: ListShape<T, E>, budget: number): Piece<T>[][] {
  const parts: Piece<T>[][] = [];
  let part: Piece<T>[] = [];
  let room = budget;
  const close = () => {
    parts.push(part);
    part = [];
    room = budget;
  };
  for (const item of items) {
    const inner = shape.inner(item);
    if (inner.length <= room) {
      part.push({ item, continues: false });
      room -= Math.max(1, inner.length);
      if (room <= 0) close();
      continue;
    }
    for (let start = 0; start < inner.length || start === 0; ) {
      const end = Math.min(inner.length, start + room);
      part.push({ item: shape.withInner(item, inner.slice(start, end)), continues: start > 0 });
      room -= end - start;
      start = end;
      if (room <= 0) close();
    }
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

/** The result as parts, head first; ResultAssembler puts them back together. */
export function splitResult(result: AnalysisResult, budget = PART_BUDGET): AnalysisResultPart[] {
  return [
    { kind: 'head', version: result.version, documents: result.documents, overview: result.overview },
    ...packPieces(Object.entries(result.passages), passageEntries, budget).map((pieces): AnalysisResultPart => ({ kind: 'passages', pieces })),
    ...packPieces(result.groups, groupPassages, budget).map((pieces): AnalysisResultPart => ({ kind: 'groups', pieces })),
    ...packPieces(result.findings, findingMentions, budget).map((pieces): AnalysisResultPart => ({ kind: 'findings', pieces })),
  ];
}

function join<T, E>(list: T[], pieces: readonly Piece<T>[], shape: ListShape<T, E>): void {
  for (const { item, continues } of pieces) {
    if (!continues) {
      list.push(item);
      continue;
    }
    const previous = list.at(-1);
    if (previous === undefined) throw new Error('an analysis result part continues an item that never began');
    // The first piece of a cut item holds a list of its own (a slice), so it can grow in place.
    (shape.inner(previous) as E[]).push(...shape.inner(item));
  }
}

/** Puts parts from splitResult back together, in the order they were split. */
export class ResultAssembler {
  private head: Extract<AnalysisResultPart, { kind: 'head' }> | null = null;
  private readonly passages: [string, Passage[]][] = [];
  private readonly groups: AlignmentGroup[] = [];
  private readonly findings: Finding[] = [];

  add(part: AnalysisResultPart): void {
    if (part.kind === 'head') this.head = part;
    else if (part.kind === 'passages') join(this.passages, part.pieces, passageEntries);
    else if (part.kind === 'groups') join(this.groups, part.pieces, groupPassages);
    else join(this.findings, part.pieces, findingMentions);
  }

  result(): AnalysisResult {
    if (this.head === null) throw new Error('an analysis result arrived without its documents (no head part)');
    return { version: this.head.version, documents: this.head.documents, passages: Object.fromEntries(this.passages), groups: this.groups, findings: this.findings, overview: this.head.overview };
  }
}
