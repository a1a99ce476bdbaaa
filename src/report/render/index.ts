/**
 * Renderers of zonelink's report: Markdown for paper drafts and one self-contained HTML
 * document with inline SVG charts. Browser-safe (no Node built-ins). The charts
 * themselves are exported from `./svg/index.js`.
 */
export { renderMarkdown, renderMarkdownOptions, escapeMarkdown, type RenderMarkdownOptions } from './render-markdown.js';
export { renderHtml, renderHtmlOptions, type RenderHtmlOptions } from './render-html.js';
export { chinaProvinceBasemap, CHINA_PROVINCES_ATTRIBUTION, SOUTH_CHINA_SEA_INSET } from './basemap/china-province-basemap.js';
export { chunksCovering, fontFaceCss, parseUnicodeRange, type EmbeddedFont, type EmbeddedFontFace } from './embedded-font.js';
