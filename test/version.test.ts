import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ZONELINK_VERSION } from '../src/version.js';

describe('ZONELINK_VERSION', () => {
  it('equals the version in package.json', () => {
    expect(ZONELINK_VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});
