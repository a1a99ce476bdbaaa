import { ZonelinkError } from '../error/zonelink-error.js';
import { describeValue } from '../error/argument-checks.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';
import { encodingOption, fileOption } from './io-option-specs.js';
import { invalidArgument } from '../error/zonelink-error.js';

/** The text encodings zonelink reads. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

/** Text decoded by {@link decodeText} and the encoding it was in. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** The declared options of {@link decodeText} (checks, defaults and docs/options.md come from here). */
export const decodeTextOptions = defineOptions('decodeText', {
  /** `'auto'` (default) detects UTF-8 (with or without BOM) and GB18030/GBK. */
  encoding: encodingOption,
  /** File name for error messages. */
  file: fileOption,
});

/** Options of {@link decodeText}, declared in {@link decodeTextOptions}. */
export type DecodeTextOptions = OptionsOf<typeof decodeTextOptions>;

/**
 * Decodes bytes to text. Detection (`encoding: 'auto'`): a UTF-8 byte-order mark
 * means UTF-8; bytes that are valid UTF-8 are UTF-8; otherwise bytes that are
 * valid GB18030 (a superset of GBK and GB2312, what Excel writes on Chinese
 * Windows) are GB18030. UTF-16 (a UTF-16 BOM or NUL bytes) and undecodable bytes
 * are errors, never replacement characters. UTF-32 has its own error. Bytes
 * that decode as GBK but mostly outside its common GB2312 area, and strictly
 * as Big5 or Shift-JIS, are rejected with a hint (`big5-not-supported`,
 * `shift-jis-not-supported`) instead of being read as GBK mojibake; forcing
 * `encoding: 'gbk'` skips that check but fails (`encoding-mismatch`) on bytes
 * that are UTF-8 text. Every message names the file. Strings pass through
 * unchanged (a leading BOM is removed).
 *
 * @throws ZonelinkError `invalid-encoding`.
 * @example
 * decodeText(gbkBytes).encoding; // 'gb18030'
 */
export function decodeText(input: string | Uint8Array | ArrayBuffer, options: DecodeTextOptions = {}): DecodedText {
  const { file, encoding: wanted } = decodeTextOptions.read(options);
  if (typeof input !== 'string' && !(input instanceof Uint8Array) && !(input instanceof ArrayBuffer)) {
    invalidArgument('decodeText', `input must be a string, Uint8Array or ArrayBuffer, got ${describeValue(input)}`, { field: 'input' });
  }
  if (typeof input === 'string') {
    return input.charCodeAt(0) === 0xfeff ? { text: input.slice(1), encoding: 'utf-8-bom' } : { text: input, encoding: 'utf-8' };
  }
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const fail = (code: string, message: string): never => {
    // The file is named in the message too: the CLI prints issue messages only.
    throw new ZonelinkError('invalid-encoding', `${file ?? 'input'}: ${message}`, [{ code, message: `${file ?? 'input'}: ${message}`, file }]);
  };
  // UTF-32 first: its little-endian BOM FF FE 00 00 starts like UTF-16's.
  const utf32 =
    (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) ||
    (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) ||
    (bytes.length >= 4 && bytes.length % 4 === 0 && ((bytes[0] !== 0 && bytes[1] === 0 && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0 && bytes[3] !== 0)));
  if (utf32) fail('utf32-not-supported', 'the file is UTF-32; save it as UTF-8 (or GBK/GB18030)');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    fail('utf16-not-supported', 'the file is UTF-16; save it as UTF-8 (or GBK/GB18030)');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) fail('binary-content', `the file contains a NUL byte at offset ${nul}: it is binary, UTF-16 or UTF-32, not UTF-8 or GBK text`);
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (wanted === 'auto' || wanted === 'utf-8') {
    try {
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(hasBom ? bytes.subarray(3) : bytes);
      return { text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
    } catch {
      if (wanted === 'utf-8' || hasBom) fail('invalid-utf8', `the bytes are not valid UTF-8 at offset ${firstInvalidUtf8(bytes)}`);
    }
  }
  if (wanted !== 'auto' && isUtf8WithNonAscii(bytes)) {
    // Forced GBK on UTF-8 text would give mojibake (广州 → 骞垮窞) without a single decoding error.
    fail('encoding-mismatch', `encoding '${wanted}' was given, but the bytes are UTF-8 text; read them with encoding 'utf-8' or 'auto'`);
  }
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return fail('undecodable', 'the bytes are neither valid UTF-8 nor valid GB18030/GBK');
  }
  if (wanted === 'auto' && gb2312Share(bytes) < MIN_GB2312_SHARE) {
    // Big5 and Shift-JIS bytes mostly decode as GBK too, into rare characters
    // (香港特別行政區 → 翠疭︽現跋): when they decode strictly as one of those, say so.
    const other = (['big5', 'shift_jis'] as const).find((label) => decodesStrictly(bytes, label));
    if (other) {
      fail(
        other === 'big5' ? 'big5-not-supported' : 'shift-jis-not-supported',
        `the bytes look like ${other === 'big5' ? 'Big5 (traditional Chinese)' : 'Shift-JIS (Japanese)'}, not GBK: few of their two-byte characters are common simplified Chinese; save the file as UTF-8, or pass encoding 'gbk' if it really is GBK`,
      );
    }
  }
  return { text, encoding: 'gb18030' };
}

/**
 * Below this share of GB2312 characters among a GBK text's two-byte
 * characters, the text is checked for Big5 / Shift-JIS. Simplified-Chinese
 * text is almost all GB2312 (both bytes in A1–FE: the 6,763 common hanzi and
 * punctuation); Big5 puts about half its trail bytes in 40–7E and Shift-JIS
 * most lead bytes in 81–9F, both outside that range.
 */
const MIN_GB2312_SHARE = 0.9;

/** Share of the two-byte GBK characters of `bytes` whose both bytes lie in A1–FE (the GB2312 area); 1 when there are none. */
function gb2312Share(bytes: Uint8Array): number {
  let pairs = 0;
  let gb2312 = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) i++;
    else if (bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39) i += 4; // GB18030 four-byte sequence
    else {
      pairs++;
      if (b >= 0xa1 && b <= 0xfe && bytes[i + 1] >= 0xa1 && bytes[i + 1] <= 0xfe) gb2312++;
      i += 2;
    }
  }
  return pairs === 0 ? 1 : gb2312 / pairs;
}

function decodesStrictly(bytes: Uint8Array, label: string): boolean {
  try {
    new TextDecoder(label, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** True when `bytes` are valid UTF-8 and hold at least one non-ASCII character. */
function isUtf8WithNonAscii(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Offset of the first byte where UTF-8 decoding fails. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (i + k >= bytes.length || bytes[i + k] >> 6 !== 0b10) return i;
    i += len;
  }
  return i;
}
