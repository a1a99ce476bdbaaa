import { checkString } from './argument-checks.js';

// C0 controls but tab, DEL, C1 controls (U+0080–U+009F), and the Unicode bidi
// controls that can reorder what a reader sees (U+061C, U+200E–U+200F,
// U+202A–U+202E, U+2066–U+2069).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Writes the control characters of `text` as visible escapes, so that text
 * taken from data (a zone name, a file name, a header echoed in an error) can
 * be printed to a terminal or a Markdown report without acting on it: an
 * ANSI/OSC escape sequence (`ESC [ 2 J`, an OSC 8 hyperlink, a window-title
 * change) or a bidi override (U+202E, the "Trojan Source" trick; Boucher &
 * Anderson 2023, USENIX Security) shows as text instead of clearing the screen
 * or reordering the line.
 *
 * Escaped: C0 controls except tab (U+0000–U+0008, U+000A–U+001F; so line
 * breaks too — a message stays one line), DEL and the C1 controls
 * (U+007F–U+009F) as `\xHH`; the bidi controls U+061C, U+200E, U+200F,
 * U+202A–U+202E and U+2066–U+2069 as `\uHHHH`. Everything else, including a
 * backslash, is kept as is. Used by the CLI's `formatProblems` and
 * `formatSummary` and by `escapeMarkdown` (report.md).
 *
 * @example
 * escapeControlCharacters('\u001b[31m红\u202e'); // '\\x1b[31m红\\u202e'
 */
export function escapeControlCharacters(text: string): string {
  checkString('escapeControlCharacters', text, 'text');
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
