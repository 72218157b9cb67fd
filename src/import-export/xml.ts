/*
 * The little XML the SpreadsheetML reader and writer need: attributes of a start tag, entity
 * decoding, text escaping. SpreadsheetML parts are machine-written and regular, so a scanner over
 * the text is enough (and fast: a 50,000-row sheet is tens of megabytes of XML).
 */

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (match, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name] ?? match;
    const code = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
    try {
      return String.fromCodePoint(code);
    } catch {
      return match;
    }
  });
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag's inside (`r="A1" t="s"`), by local name (`r:id` → `id`; `xml:` kept). */
export function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(ATTRIBUTE)) {
    const name = match[1]!;
    const local = name.includes(':') && !name.startsWith('xml:') && !name.startsWith('xmlns:') ? name.slice(name.indexOf(':') + 1) : name;
    found[local] = decodeEntities(match[2] ?? match[3] ?? '');
  }
  return found;
}

// Characters XML 1.0 forbids (C0 controls except tab, LF, CR; lone surrogates; U+FFFE/U+FFFF).
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text escaped for XML content or a double-quoted attribute; characters XML cannot hold are dropped. */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, '').replace(/[&<>"]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : char === '>' ? '&gt;' : '&quot;'));
}
