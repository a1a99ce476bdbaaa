/**
 * The offset of the first character at which `text` stops being valid JSON
 * (RFC 8259), or `undefined` when it is valid. Used to place a syntax error at a
 * line and column when the JavaScript engine's message does not say where (V8
 * before Node 22 omits the position for "Unexpected token" errors such as a
 * `NaN` literal, a trailing comma in an array, or a comment). An input that
 * ends too early is placed at its end.
 *
 * @example
 * jsonErrorOffset('{"a": NaN}'); // 6
 */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const fail = (at: number): never => {
    throw new JsonOffset(at);
  };
  const literal = (word: string) => {
    for (let k = 0; k < word.length; k++) if (text[i + k] !== word[k]) fail(i + k);
    i += word.length;
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail(i);
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          for (let k = 2; k < 6; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) fail(i + k);
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail(i + 1);
      } else i++;
    }
    fail(i);
  };
  const digit = (k: number) => text[k] !== undefined && text[k] >= '0' && text[k] <= '9';
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (digit(i)) while (digit(i)) i++;
    else fail(i);
    if (text[i] === '.') {
      i++;
      if (!digit(i)) fail(i);
      while (digit(i)) i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!digit(i)) fail(i);
      while (digit(i)) i++;
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(i);
        string();
        ws();
        if (text[i] !== ':') fail(i);
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail(i);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail(i);
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    fail(i);
  };
  try {
    value();
    ws();
    return i < text.length ? i : undefined;
  } catch (error) {
    if (error instanceof JsonOffset) return Math.min(error.offset, text.length);
    return undefined; // nesting too deep to scan: no position
  }
}

class JsonOffset {
  constructor(readonly offset: number) {}
}
