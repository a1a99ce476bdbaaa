import { describe, expect, it } from 'vitest';
import type { IssueCode, ZonelinkIssue } from '../../src/error/zonelink-error.js';
import { zonelinkErrorOf } from '../zonelink-error-of.js';
import { gini } from '../../src/measures/inequality/index.js';

describe('IssueCode', () => {
  it('names the codes zonelink uses (checked by tsc; a typo is a compile error)', () => {
    const known: IssueCode[] = ['reserved-id', 'reserved-key', 'invalid-weight', 'diverged', 'unknown-category'];
    // @ts-expect-error not a zonelink code
    const typo: IssueCode = 'invalid-wieght';
    expect(known).toHaveLength(5);
    expect(typo).toBe('invalid-wieght');
  });

  it('is the type of the code of a thrown issue', () => {
    const issue: ZonelinkIssue = zonelinkErrorOf(() => gini([1, NaN])).issues[0];
    const code: IssueCode | string = issue.code;
    expect(typeof code).toBe('string');
  });
});
