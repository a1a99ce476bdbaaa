import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/io/decode-text.js';
import { zonelinkErrorOf } from '../zonelink-error-of.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'io');

// Byte sequences below come from Python's codecs ('广州'.encode('gbk') etc.), not from zonelink.
const GUANGZHOU_GBK = [0xb9, 0xe3, 0xd6, 0xdd];
const GUANGZHOU_UTF8 = [0xe5, 0xb9, 0xbf, 0xe5, 0xb7, 0x9e];
const EMOJI_GB18030 = [0x94, 0x39, 0xfc, 0x36]; // '😀' as a GB18030 four-byte sequence

const failure = zonelinkErrorOf;

describe('decodeText', () => {
  it('passes strings through, removing a leading BOM', () => {
    expect(decodeText('id,名称')).toEqual({ text: 'id,名称', encoding: 'utf-8' });
    expect(decodeText('\ufeffid,名称')).toEqual({ text: 'id,名称', encoding: 'utf-8-bom' });
    expect(decodeText('')).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('detects UTF-8, with and without a byte-order mark', () => {
    expect(decodeText(new Uint8Array(GUANGZHOU_UTF8))).toEqual({ text: '广州', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...GUANGZHOU_UTF8]))).toEqual({ text: '广州', encoding: 'utf-8-bom' });
    expect(decodeText(new Uint8Array([]))).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('falls back to GB18030 for GBK bytes, and reads GB18030 four-byte sequences', () => {
    expect(decodeText(new Uint8Array(GUANGZHOU_GBK))).toEqual({ text: '广州', encoding: 'gb18030' });
    expect(decodeText(new Uint8Array([0x61, 0x2c, ...GUANGZHOU_GBK]))).toEqual({ text: 'a,广州', encoding: 'gb18030' });
    expect(decodeText(new Uint8Array(EMOJI_GB18030))).toEqual({ text: '😀', encoding: 'gb18030' });
  });

  it('accepts an ArrayBuffer and does not modify the bytes', () => {
    const bytes = new Uint8Array(GUANGZHOU_GBK);
    expect(decodeText(bytes.buffer).text).toBe('广州');
    expect([...bytes]).toEqual(GUANGZHOU_GBK);
  });

  it('decodes the GBK fixtures (written by Python from Chinese text) to the Chinese text', () => {
    const zones = decodeText(new Uint8Array(readFileSync(join(fixtures, 'zones-gbk.csv'))));
    expect(zones.encoding).toBe('gb18030');
    expect(zones.text.split('\n')[0]).toBe('编号,名称,英文名称,类别,子类,级别,批准时间,所在城市代码,省份,面积');
    expect(zones.text).toContain('htz-gz,广州高新技术产业开发区,Guangzhou HTZ,国家级开发区,高新区,国家级,1991-03,440100,广东,');
    const cities = decodeText(new Uint8Array(readFileSync(join(fixtures, 'cities-gbk.csv'))));
    expect(cities.text).toContain('440300,深圳市,Shenzhen,东部,否,否');
    const linkages = decodeText(new Uint8Array(readFileSync(join(fixtures, 'linkages-gbk.csv'))));
    expect(linkages.text.split('\n')[0]).toBe('编号,起点,终点,联动模式,权重,开始年份,有向');
  });

  it('reads with a forced encoding', () => {
    expect(decodeText(new Uint8Array(GUANGZHOU_GBK), { encoding: 'gbk' }).text).toBe('广州');
    expect(decodeText(new Uint8Array(GUANGZHOU_GBK), { encoding: 'gb18030' }).encoding).toBe('gb18030');
    // Forcing GBK skips UTF-8 detection: ASCII reads the same either way.
    expect(decodeText(new Uint8Array([0x69, 0x64]), { encoding: 'gbk' })).toEqual({ text: 'id', encoding: 'gb18030' });
  });

  it('rejects GBK bytes when UTF-8 is forced, naming the offset of the first bad byte', () => {
    const error = failure(() => decodeText(new Uint8Array([0x69, 0x64, ...GUANGZHOU_GBK]), { encoding: 'utf-8', file: 'x.csv' }));
    expect(error.code).toBe('invalid-encoding');
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ code: 'invalid-utf8', file: 'x.csv' });
    expect(error.issues[0].message).toContain('offset 2');
    expect(error.message).toMatch(/^x\.csv: /);
  });

  it('rejects a UTF-8 BOM followed by bytes that are not UTF-8 (no fallback to GBK)', () => {
    const error = failure(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...GUANGZHOU_GBK])));
    expect(error.issues[0].code).toBe('invalid-utf8');
    expect(error.issues[0].message).toContain('offset 3');
  });

  it('rejects UTF-16 (with either byte-order mark) and NUL bytes', () => {
    expect(failure(() => decodeText(new Uint8Array([0xff, 0xfe, 0x69, 0x00]))).issues[0].code).toBe('utf16-not-supported');
    expect(failure(() => decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x69]))).issues[0].code).toBe('utf16-not-supported');
    const nul = failure(() => decodeText(new Uint8Array([0x69, 0x64, 0x00, 0x2c])));
    expect(nul.issues[0].code).toBe('binary-content');
    expect(nul.issues[0].message).toContain('offset 2');
  });

  it('rejects bytes that are neither UTF-8 nor GB18030 instead of inserting replacement characters', () => {
    const error = failure(() => decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xff]), { file: 'f.csv' }));
    expect(error.code).toBe('invalid-encoding');
    expect(error.issues[0]).toMatchObject({ code: 'undecodable', file: 'f.csv' });
  });

  it('property: any UTF-8 encoded text without NUL decodes back to itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        fc.pre(!text.includes('\u0000') && !text.startsWith('\ufeff'));
        const decoded = decodeText(new TextEncoder().encode(text));
        expect(decoded).toEqual({ text, encoding: 'utf-8' });
      }),
      { numRuns: 300 },
    );
  });
});
