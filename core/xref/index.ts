// The reference corpus and the cross-check of an article against it (public surface of core/xref).
export { ReferenceIndex, ReferenceDoc, referenceTitle, type Candidate } from './referenceIndex';
export { crossCheck } from './check';
export type { RawFinding } from './context';
