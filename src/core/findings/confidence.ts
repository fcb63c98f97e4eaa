// How sure a reader can be that a finding's mentions state one fact, by the reason the engine
// paired them. Measured on the fixture stories and BASIL 2010–2014 (README, Figures): a named
// event or an aligned passage pairs the same fact almost always; a person's names nearly always;
// sentences paired by the correspondence tell the same story but may date or count another
// thing in it, which is where the remaining false alarms come from.
import type { FindingReason } from '../model/analysis';

const CONFIDENCE: Record<FindingReason, number> = {
  'named-event': 0.9,
  'aligned-passage': 0.9,
  'same-person': 0.8,
  'same-quote': 0.8,
  'counterpart-sentence': 0.6,
};

export function confidenceOf(reason: FindingReason): number {
  return CONFIDENCE[reason];
}
