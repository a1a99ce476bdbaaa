/**
 * Escapes text for use in XML character data or a double- or single-quoted attribute value.
 *
 * Replaces `&`, `<`, `>`, `"` and `'` with entity references, and drops the characters
 * XML 1.0 forbids outright (C0 controls other than tab, line feed and carriage return,
 * lone surrogates, U+FFFE and U+FFFF), so that any JavaScript string yields well-formed
 * SVG. Chinese and other non-ASCII characters are kept as they are (the document is UTF-8).
 *
 * @example
 * escapeXml('R&D <研发> "zone"'); // 'R&amp;D &lt;研发&gt; &quot;zone&quot;'
 */
export function escapeXml(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    switch (c) {
      case 0x26: out += '&amp;'; continue;
      case 0x3c: out += '&lt;'; continue;
      case 0x3e: out += '&gt;'; continue;
      case 0x22: out += '&quot;'; continue;
      case 0x27: out += '&apos;'; continue;
    }
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) continue;
    if (c === 0xfffe || c === 0xffff) continue;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i] + text[i + 1];
        i++;
      }
      continue; // lone high surrogate dropped
    }
    if (c >= 0xdc00 && c <= 0xdfff) continue; // lone low surrogate dropped
    out += text[i];
  }
  return out;
}
