// Import preview and merge: new, changed and conflicting documents and claims (issue 7.2).
export { planImport, remapEvidence, type ClaimField, type ClaimPlanItem, type DocumentField, type DocumentPlanItem, type ImportPlan, type IncomingItems, type LocalState } from './plan-import';
export { applyImport, defaultResolution, ImportResolutionError, planItemKey, resolutionChoices, type ApplyOptions, type ImportChanges, type Resolution, type Resolutions } from './apply-import';
