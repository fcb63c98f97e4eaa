// The report of the last re-anchoring of each document's evidence (after its text was replaced
// here, in another tab, or by someone sharing the story) and of the last annotation import: which
// spans moved, were placed approximately, stayed or were orphaned. Shown until dismissed; not
// saved, because the marks on the spans themselves are.
import { create } from 'zustand';
import type { PlacedSpan } from '../core/anchoring';

export interface PlacementReport {
  /** Distinct per report, for keys and to tell a new report from the one already shown. */
  id: number;
  /** The document whose text was replaced, or null for an import. */
  docId: string | null;
  cause: 'replaced' | 'imported';
  spans: PlacedSpan[];
}

interface PlacementReportsState {
  reports: PlacementReport[];
  dismiss: (id: number) => void;
}

let nextId = 0;

export const usePlacementReports = create<PlacementReportsState>()((set) => ({
  reports: [],
  dismiss: (id) => set((state) => ({ reports: state.reports.filter((report) => report.id !== id) })),
}));

/** Adds a report, replacing the previous one about the same document (or the previous import). */
export function publishPlacementReport(report: Omit<PlacementReport, 'id'>): PlacementReport {
  const published = { ...report, id: ++nextId };
  usePlacementReports.setState((state) => ({
    reports: [...state.reports.filter((other) => other.cause !== report.cause || other.docId !== report.docId), published],
  }));
  return published;
}

/** The newest report about this document's text, if any. */
export function latestReplacementReport(docId: string): PlacementReport | undefined {
  return usePlacementReports.getState().reports.findLast((report) => report.cause === 'replaced' && report.docId === docId);
}
