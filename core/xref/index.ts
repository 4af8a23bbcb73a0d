// The reference corpus and the cross-check of an article against it (public surface of core/xref).
export {
  ReferenceIndex,
  ReferenceDoc,
  referenceTitle,
  segmentText,
  plausibleSegmentation,
  plausibleSnapshot,
  type Candidate,
  type SegmentedText,
  type IndexSnapshot,
} from './referenceIndex';
export { TermTable } from './terms';
export { crossCheck } from './check';
export type { RawFinding } from './context';
