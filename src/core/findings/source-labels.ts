// Short names for sources in finding summaries: "002" for the seed "002_d2e03255e9355d12",
// "china-s-top-diplomat-says" for "china-s-top-diplomat-says-9f86d081". A label is used only when
// it is unique in the corpus; otherwise the full id stays.

const SEED_ID = /^(\d+)_[0-9a-f]{6,}$/;
const HASHED_ID = /^(.+)-[0-9a-f]{8}$/;

function shortLabel(id: string): string {
  return SEED_ID.exec(id)?.[1] ?? HASHED_ID.exec(id)?.[1] ?? id;
}

export function sourceLabels(ids: readonly string[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(shortLabel(id), (counts.get(shortLabel(id)) ?? 0) + 1);
  return new Map(ids.map((id) => [id, counts.get(shortLabel(id)) === 1 && !ids.includes(shortLabel(id)) ? shortLabel(id) : id]));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Writes every shortened document id in `summary` as its label. */
export function relabelSummary(summary: string, labels: ReadonlyMap<string, string>): string {
  let result = summary;
  const renamed = [...labels].filter(([id, label]) => id !== label).sort((a, b) => b[0].length - a[0].length);
  for (const [id, label] of renamed) result = result.replace(new RegExp(`(?<![\\w-])${escapeRegExp(id)}(?![\\w-])`, 'g'), label);
  return result;
}
