// The variants view's apparatus: every source's reading of each passage of one base text.
export { buildApparatus, type Apparatus, type ApparatusEntry, type ApparatusInput, type Reading } from './build-apparatus';
export { apparatusCsv, APPARATUS_COLUMNS } from './apparatus-csv';
