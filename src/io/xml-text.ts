/**
 * Escapes text for an XML attribute value or element content. Tabs and line
 * breaks become character references: an XML parser normalizes literal ones
 * in attribute values to spaces (XML 1.0 §3.3.3).
 */
export function xmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}
