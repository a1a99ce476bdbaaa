/**
 * The font-family stack of every chart: CJK fonts first so that Chinese labels render in
 * renderers that do not fall back per glyph (they all carry Latin glyphs too), ending in
 * the generic `sans-serif`. Single quotes, so it can sit in a double-quoted attribute.
 */
export const CJK_FONT_STACK =
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'WenQuanYi Micro Hei', 'Helvetica Neue', Arial, sans-serif";
