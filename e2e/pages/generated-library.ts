import { createHash } from 'node:crypto';

// A generated library of wire stories reprinted by several outlets, for specs that need many documents.

const WORDS = (
  'minister talks summit cooperation sanctions energy trade security region border treaty agreement delegation ' +
  'spokesperson ministry council president premier envoy capital embassy statement meeting pressure market export ' +
  'import pipeline grain shipment port harbour visit official ally partner rival conflict ceasefire aid loan bank ' +
  'currency reserve growth decline percent billion million week month Jakarta Moscow Beijing Kyiv Brussels'
).split(' ');
const OUTLETS = ['Harbour Wire', 'Capital Post', 'Border Daily', 'Market Times', 'Evening Ledger', 'River Herald', 'North Courier', 'Plain Dealer', 'Coast Review', 'Hill Gazette'];

export interface GeneratedDocument {
  id: string;
  title: string;
  outlet: string;
  text: string;
}

function randomFrom(seed: number) {
  let state = (seed * 2654435761) % 2147483648;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

function sentence(next: (n: number) => number): string {
  const words = Array.from({ length: 9 + next(8) }, () => WORDS[next(WORDS.length)]!);
  return `${words[0]![0]!.toUpperCase()}${words.join(' ').slice(1)}.`;
}

/** Reprints reword some of the wire copy, so the engine aligns paraphrases, not only identical text. */
const SYNONYMS: Record<string, string> = { talks: 'discussions', summit: 'meeting', minister: 'secretary', trade: 'commerce', aid: 'assistance', growth: 'expansion' };

function reword(paragraph: string, next: (n: number) => number): string {
  return paragraph.replace(/\b[a-z]+\b/g, (word) => (SYNONYMS[word] && next(2) === 0 ? SYNONYMS[word] : word));
}

/** Ids as the app makes them (a slug of the title and a hash prefix), so labels read as in use. */
export function documentIdFor(title: string, text: string): string {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug}-${createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8)}`;
}

/** Each story's outlets reprint its four paragraphs (the first verbatim), each adding a line of its own. */
export function generateLibrary(stories: number, reprintsPerStory: number): GeneratedDocument[] {
  const documents: GeneratedDocument[] = [];
  for (let story = 0; story < stories; story += 1) {
    const next = randomFrom(story + 1);
    const paragraphs = Array.from({ length: 4 }, () => `${sentence(next)} ${sentence(next)}`);
    for (let reprint = 0; reprint < reprintsPerStory; reprint += 1) {
      const own = randomFrom(10_000 + story * reprintsPerStory + reprint);
      const title = `Story ${story} in the ${OUTLETS[reprint]}`;
      const body = [paragraphs[0]!, reword(paragraphs[1]!, own), sentence(own), ...paragraphs.slice(2).map((p) => reword(p, own))];
      const text = `${title}\n\n${body.join('\n\n')}\n`;
      documents.push({ id: documentIdFor(title, text), title, outlet: OUTLETS[reprint]!, text });
    }
  }
  return documents;
}

/** A version 1 project file holding the documents (with their texts) and the given claims. */
export function projectFile(documents: GeneratedDocument[], claims: unknown[] = []): string {
  return JSON.stringify({
    version: 1,
    exportedAt: '2024-05-01T09:00:00.000Z',
    documents: documents.map(({ id, title, outlet, text }) => ({
      id, title, outlet, published: '2024-05-01', publishedBasis: 'analyst', language: 'en', note: '',
      contentHash: createHash('sha256').update(text, 'utf8').digest('hex'), text, origin: { kind: 'pasted' },
    })),
    claims,
    dismissedFindings: [],
  });
}

/** `count` outlets reprinting the same paragraphs (no headline), each as `edit` changes them for that copy. */
export function editedCopies(paragraphs: readonly string[], count: number, edit: (copy: number, paragraphs: string[]) => string[]): GeneratedDocument[] {
  return Array.from({ length: count }, (_, copy) => {
    const title = `Wire copy ${copy + 1}`;
    const outlet = OUTLETS[copy % OUTLETS.length]!;
    const text = `${edit(copy, [...paragraphs]).join('\n\n')}\n`;
    return { id: documentIdFor(title, text), title, outlet, text };
  });
}
