// How the app names each seed source, keyed by the seed's number: outlet first, then a short
// title (core/model/source-label). Specs find evidence, chips, options and messages by it.
export const SEED_SOURCE = {
  '000': 'AFP via a French-language… · Wang Yi says China will strengthen its…',
  '001': 'AFP via Digital Journal… · China’s top diplomat says Beijing…',
  '002': 'Al Jazeera via an aggregator… · China’s FM hails ‘strategic…',
  '003': 'Newsroom… · Russia, China to deepen security…',
  '004': 'South China Morning Post via a… · China-Russia relations ‘rock solid’ as…',
} as const;

export type SeedNumber = keyof typeof SEED_SOURCE;

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The overview's heat-map cell of two seeds, by its accessible name. */
export function seedPairCell(row: SeedNumber, column: SeedNumber): RegExp {
  return new RegExp(`^${escapeRegExp(SEED_SOURCE[row])} vs ${escapeRegExp(SEED_SOURCE[column])}: \\d+% aligned$`);
}

/** A claim's evidence count chip for a seed source: "<label> ×2", or "<label> (removed) ×1". */
export function seedChip(seed: SeedNumber, count: number, removed = false): string {
  return `${SEED_SOURCE[seed]}${removed ? ' (removed)' : ''} ×${count}`;
}
