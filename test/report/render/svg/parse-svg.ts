import { DOMParser } from '@xmldom/xmldom';
import { expect } from 'vitest';

/** Parses SVG text with xmldom, throwing on any warning or error (so output must be well-formed XML). */
export function parseSvg(svg: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new Error(`xmldom ${level}: ${message}`);
    },
  });
  return parser.parseFromString(svg, 'image/svg+xml') as unknown as Document;
}

/** Elements with the given tag name (and class, if given). */
export function elements(doc: Document, tag: string, className?: string): Element[] {
  const all = Array.from(doc.getElementsByTagName(tag) as unknown as ArrayLike<Element>);
  return className === undefined ? all : all.filter((e) => (e.getAttribute('class') ?? '').split(/\s+/).includes(className));
}

/** The numbers of a path's `d` (our paths use absolute M, L, Q and Z only) as [x, y] pairs. */
export function pathPoints(d: string): [number, number][] {
  expect(d).toMatch(/^[MLQZ0-9.,\s-]*$/);
  const numbers = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) pairs.push([numbers[i], numbers[i + 1]]);
  return pairs;
}

/**
 * Checks that every drawn coordinate (x, y, x1…y2, cx, cy, rect extents, path points)
 * outside `<defs>` lies within the viewBox, and that the output has no NaN or Infinity.
 */
export function expectInsideViewBox(svg: string): void {
  expect(svg).not.toMatch(/NaN|Infinity|undefined/);
  const doc = parseSvg(svg);
  const root = doc.documentElement!;
  const [vx, vy, vw, vh] = (root.getAttribute('viewBox') ?? '').split(' ').map(Number);
  expect([vx, vy]).toEqual([0, 0]);
  const eps = 1e-9;
  const inX = (v: number, what: string) => expect(v >= -eps && v <= vw + eps, `${what}=${v} outside 0…${vw}`).toBe(true);
  const inY = (v: number, what: string) => expect(v >= -eps && v <= vh + eps, `${what}=${v} outside 0…${vh}`).toBe(true);
  const visit = (el: Element) => {
    if (el.tagName === 'defs') return;
    const num = (name: string) => (el.hasAttribute(name) ? Number(el.getAttribute(name)) : undefined);
    for (const a of ['x', 'x1', 'x2', 'cx']) { const v = num(a); if (v !== undefined) inX(v, `${el.tagName}.${a}`); }
    for (const a of ['y', 'y1', 'y2', 'cy']) { const v = num(a); if (v !== undefined) inY(v, `${el.tagName}.${a}`); }
    if (el.tagName === 'rect') {
      inX((num('x') ?? 0) + (num('width') ?? 0), 'rect.x+width');
      inY((num('y') ?? 0) + (num('height') ?? 0), 'rect.y+height');
    }
    if (el.tagName === 'circle') {
      const r = num('r') ?? 0;
      inX(num('cx')! - r, 'circle left');
      inX(num('cx')! + r, 'circle right');
      inY(num('cy')! - r, 'circle top');
      inY(num('cy')! + r, 'circle bottom');
    }
    if (el.tagName === 'path') for (const [x, y] of pathPoints(el.getAttribute('d') ?? '')) { inX(x, 'path x'); inY(y, 'path y'); }
    for (const child of Array.from(el.childNodes as unknown as ArrayLike<Node>)) if (child.nodeType === 1) visit(child as Element);
  };
  visit(root);
}

/** The text of the document's `<title>` (the first one, the chart's accessible name). */
export function svgTitle(doc: Document): string {
  const first = doc.documentElement!.getElementsByTagName('title')[0];
  return first?.textContent ?? '';
}

/** All text content of `<text>` elements. */
export function texts(doc: Document, className?: string): string[] {
  return elements(doc, 'text', className).map((e) => e.textContent ?? '');
}

/** Runs `fn`, expecting a ZonelinkError; returns it. */
export function catchError(fn: () => unknown): { name: string; code: string; message: string; issues: { index?: number; field?: string; id?: string; code: string }[] } {
  try {
    fn();
  } catch (e) {
    return e as never;
  }
  throw new Error('expected an error');
}
