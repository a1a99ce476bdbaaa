import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/io/decode-text.js';
import { loadDataset } from '../../src/node/load-dataset.js';
import { zonelinkErrorOf } from '../zonelink-error-of.js';

// Bytes written out by hand from Python's codecs: '香港特別行政區'.encode('big5') and
// '東京都の人口'.encode('shift_jis'); '广州市'.encode('gbk') is B9 E3 D6 DD CA D0.
const BIG5 = new Uint8Array([0xad, 0xbb, 0xb4, 0xe4, 0xaf, 0x53, 0xa7, 0x4f, 0xa6, 0xe6, 0xac, 0x46, 0xb0, 0xcf]);
const SJIS = new Uint8Array([0x93, 0x8c, 0x8b, 0x9e, 0x93, 0x73, 0x82, 0xcc, 0x90, 0x6c, 0x8c, 0xfb]);
const GBK = new Uint8Array([0xb9, 0xe3, 0xd6, 0xdd, 0xca, 0xd0]);

describe('decodeText: encodings it must not mistake for GBK', () => {
  it('names the file in the issue message, not only in the error', () => {
    const error = zonelinkErrorOf(() => decodeText(BIG5, { file: 'hk.csv' }));
    expect(error.issues[0]).toMatchObject({ code: 'big5-not-supported', file: 'hk.csv' });
    expect(error.issues[0]!.message).toMatch(/^hk\.csv: .*Big5/);
  });
  it('Shift-JIS gets its own hint', () => {
    expect(zonelinkErrorOf(() => decodeText(SJIS, { file: 'tokyo.csv' })).issues[0]!.code).toBe('shift-jis-not-supported');
  });
  it('forced gbk reads Big5 bytes as GBK (the caller said so), and simplified GBK is read as before', () => {
    expect(decodeText(BIG5, { encoding: 'gbk' }).encoding).toBe('gb18030');
    expect(decodeText(GBK)).toEqual({ text: '广州市', encoding: 'gb18030' });
  });
  it('UTF-32, with or without a byte-order mark, is UTF-32 (not UTF-16)', () => {
    expect(zonelinkErrorOf(() => decodeText(new Uint8Array([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]))).issues[0]!.code).toBe('utf32-not-supported');
    expect(zonelinkErrorOf(() => decodeText(new Uint8Array([0, 0, 0xfe, 0xff, 0, 0, 0, 0x61]))).issues[0]!.code).toBe('utf32-not-supported');
    expect(zonelinkErrorOf(() => decodeText(new Uint8Array([0x61, 0, 0, 0, 0x62, 0, 0, 0]))).issues[0]!.code).toBe('utf32-not-supported');
    expect(zonelinkErrorOf(() => decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0]))).issues[0]!.code).toBe('utf16-not-supported');
  });
  it('forced gbk on UTF-8 text is an error, not mojibake', () => {
    const error = zonelinkErrorOf(() => decodeText(new TextEncoder().encode('名称,广州'), { encoding: 'gbk', file: 'u.csv' }));
    expect(error.issues[0]).toMatchObject({ code: 'encoding-mismatch', file: 'u.csv' });
  });
});

describe('loadDataset: a GBK metadata.json', () => {
  it('is decoded like the tables, not into replacement characters', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zonelink-gbk-'));
    writeFileSync(join(dir, 'cities.csv'), 'id,name\n440100,广州市\n');
    // {"name": "广州市"} in GBK
    writeFileSync(join(dir, 'metadata.json'), Buffer.concat([Buffer.from('{"name": "'), Buffer.from(GBK), Buffer.from('"}')]));
    const dataset = await loadDataset([join(dir, 'cities.csv'), join(dir, 'metadata.json')]);
    expect(dataset.metadata.name).toBe('广州市');
  });
});
