/** How many characters of a value a message echoes by default (see {@link clipText}). */
export const DEFAULT_ECHO_LENGTH = 200;

/**
 * `text` cut to its first `max` characters for echoing in a message, with
 * what was cut counted: `"abc… (9,997 more characters)"`. A 50 MB CSV header
 * (one giant cell) is thus named, never copied whole into an error. Text no
 * longer than `max` is returned unchanged.
 *
 * @example
 * clipText('x'.repeat(205), 3); // 'xxx… (202 more characters)'
 */
export function clipText(text: string, max: number = DEFAULT_ECHO_LENGTH): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}… (${(text.length - max).toLocaleString('en-US')} more characters)`;
}
