import { ZonelinkError } from '../error/zonelink-error.js';
import { checkOptions, describeValue } from '../error/argument-checks.js';
import { invalidArgument } from '../error/zonelink-error.js';

/** The text encodings zonelink reads. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

/** Text decoded by {@link decodeText} and the encoding it was in. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** Options of {@link decodeText}. */
export interface DecodeTextOptions {
  /** `'auto'` (default) detects UTF-8 (with or without BOM) and GB18030/GBK. */
  encoding?: 'auto' | 'utf-8' | 'gb18030' | 'gbk';
  /** File name for error messages. */
  file?: string;
}

/**
 * Decodes bytes to text. Detection (`encoding: 'auto'`): a UTF-8 byte-order mark
 * means UTF-8; bytes that are valid UTF-8 are UTF-8; otherwise bytes that are
 * valid GB18030 (a superset of GBK and GB2312, what Excel writes on Chinese
 * Windows) are GB18030. UTF-16 (a UTF-16 BOM or NUL bytes) and undecodable bytes
 * are errors, never replacement characters. Strings pass through unchanged (a
 * leading BOM is removed).
 *
 * @throws ZonelinkError `invalid-encoding`.
 * @example
 * decodeText(gbkBytes).encoding; // 'gb18030'
 */
export function decodeText(input: string | Uint8Array | ArrayBuffer, options: DecodeTextOptions = {}): DecodedText {
  checkOptions('decodeText', options);
  if (typeof input !== 'string' && !(input instanceof Uint8Array) && !(input instanceof ArrayBuffer)) {
    invalidArgument('decodeText', `input must be a string, Uint8Array or ArrayBuffer, got ${describeValue(input)}`, { field: 'input' });
  }
  if (typeof input === 'string') {
    return input.charCodeAt(0) === 0xfeff ? { text: input.slice(1), encoding: 'utf-8-bom' } : { text: input, encoding: 'utf-8' };
  }
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const file = options.file;
  const fail = (code: string, message: string): never => {
    throw new ZonelinkError('invalid-encoding', `${file ?? 'input'}: ${message}`, [{ code, message, file }]);
  };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    fail('utf16-not-supported', 'the file is UTF-16; save it as UTF-8 (or GBK/GB18030)');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) fail('binary-content', `the file contains a NUL byte at offset ${nul}: it is binary or UTF-16, not UTF-8 or GBK text`);
  const wanted = options.encoding ?? 'auto';
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (wanted === 'auto' || wanted === 'utf-8') {
    try {
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(hasBom ? bytes.subarray(3) : bytes);
      return { text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
    } catch {
      if (wanted === 'utf-8' || hasBom) fail('invalid-utf8', `the bytes are not valid UTF-8 at offset ${firstInvalidUtf8(bytes)}`);
    }
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return { text, encoding: 'gb18030' };
  } catch {
    return fail('undecodable', 'the bytes are neither valid UTF-8 nor valid GB18030/GBK');
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
