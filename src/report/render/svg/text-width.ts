/**
 * Estimated rendered width of `text` at `fontSize` px without a DOM: wide (CJK, full-width)
 * characters count 1 em, others 0.55 em. Used only for layout (margins, truncation).
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += isWide(ch.codePointAt(0) ?? 0) ? 1 : 0.55;
  return ems * fontSize;
}

/** Shortens `text` with a trailing "…" so its estimated width is at most `maxWidth`. */
export function truncateText(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const chars = Array.from(text);
  let width = 0.55 * fontSize; // the ellipsis
  let out = '';
  for (const ch of chars) {
    const w = (isWide(ch.codePointAt(0) ?? 0) ? 1 : 0.55) * fontSize;
    if (width + w > maxWidth) break;
    width += w;
    out += ch;
  }
  return `${out}…`;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}
