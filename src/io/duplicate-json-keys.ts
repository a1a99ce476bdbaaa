/** A key written twice in one JSON object: `JSON.parse` keeps the last value silently. */
export interface DuplicateJsonKey {
  /** Dotted path of the key (`nodes`, `nodes[3].name.zh`). */
  path: string;
  /** Line (1-based) of the repeated occurrence. */
  line: number;
  /** Column (1-based) of the repeated occurrence. */
  column: number;
}

/**
 * The keys repeated within one object of a JSON text (RFC 8259 leaves their
 * meaning open; `JSON.parse` keeps the last, so `"nodes": […], "nodes": []`
 * would read as zero nodes). Meant for text `JSON.parse` has accepted: it scans
 * strings and nesting only, without re-validating the grammar.
 *
 * @example
 * duplicateJsonKeys('{"a": 1,\n "a": 2}'); // [{ path: 'a', line: 2, column: 2 }]
 */
export function duplicateJsonKeys(text: string): DuplicateJsonKey[] {
  const out: DuplicateJsonKey[] = [];
  // One frame per open container: an object's keys seen so far, or an array's next index.
  const stack: ({ kind: 'object'; keys: Set<string>; key?: string; path: string } | { kind: 'array'; index: number; path: string })[] = [];
  let line = 1;
  let lineStart = 0;
  const childPath = (): string => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    if (top.kind === 'array') return `${top.path}[${top.index}]`;
    return top.path ? `${top.path}.${top.key ?? ''}` : (top.key ?? '');
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      line++;
      lineStart = i + 1;
    } else if (c === '"') {
      const start = i;
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack[stack.length - 1];
      // A string directly followed by ':' is a key of the innermost object.
      let k = j + 1;
      while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r' || text[k] === '\n')) k++;
      if (top?.kind === 'object' && text[k] === ':') {
        let key: string;
        try {
          key = JSON.parse(text.slice(start, j + 1)) as string;
        } catch {
          key = text.slice(start + 1, j);
        }
        if (top.keys.has(key)) out.push({ path: top.path ? `${top.path}.${key}` : key, line, column: start - lineStart + 1 });
        top.keys.add(key);
        top.key = key;
      }
      i = j;
    } else if (c === '{') {
      stack.push({ kind: 'object', keys: new Set(), path: childPath() });
    } else if (c === '[') {
      stack.push({ kind: 'array', index: 0, path: childPath() });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top?.kind === 'array') top.index++;
    }
  }
  return out;
}
