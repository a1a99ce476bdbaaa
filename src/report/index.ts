export { analyze, analyzeOptions, type AnalyzeOptions } from './analyze.js';
export { summarizeDataset, type DatasetSummary } from './dataset-summary.js';
export {
  ReportSchema,
  ReportGapSchema,
  REPORT_SECTIONS,
  RankingSchema,
  RankedNodeSchema,
  CommunitySchema,
  OnePlusNGroupSchema,
  InequalitySectionSchema,
  InequalityGroupSchema,
  type Report,
  type ReportRanking,
  type ReportOnePlusNGroup,
  type ReportInequalitySection,
  type ReportGap,
} from './report-schema.js';
export * from './render/index.js';
export * from './render/svg/index.js';
export * from './study/index.js';
