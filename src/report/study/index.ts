export { analyzeStudy } from './analyze-study.js';
export type { StudyOptions } from './study-options.js';
export { StudySchema, MissingSchema, type Study, type Missing as StudyMissing } from './study-schema.js';
export { renderStudyMarkdown } from './render-study-markdown.js';
export { renderStudyHtml } from './render-study-html.js';
