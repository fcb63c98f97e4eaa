// The apparatus as CSV: one row per reading and one per passage's missing sources, so a
// spreadsheet can filter and count them. Cells are escaped by the one CSV writer (formats/csv.ts).
import { csvDocument } from '../formats/csv';
import type { Apparatus } from './build-apparatus';

export const APPARATUS_COLUMNS = ['Passage', 'Base source', 'Base text', 'Reading', 'Agrees with base', 'Source count', 'Sources'] as const;

/** `label` names a source (its short label in the app). */
export function apparatusCsv(apparatus: Apparatus, label: (doc: string) => string): string {
  const baseLabel = label(apparatus.base);
  const rows = apparatus.entries.flatMap((entry, index) => {
    const passage = [String(index + 1), baseLabel, entry.base.text];
    const readings = entry.readings.map((reading) => [...passage, reading.text, reading.agreesWithBase ? 'yes' : 'no', String(reading.sources.length), reading.sources.map(label).join('; ')]);
    const missing = entry.missing.length > 0 ? [[...passage, '', 'missing', String(entry.missing.length), entry.missing.map(label).join('; ')]] : [];
    return [...readings, ...missing];
  });
  return csvDocument([APPARATUS_COLUMNS, ...rows]);
}
