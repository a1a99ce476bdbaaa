/**
 * Makes ids safe for HTML `id` attributes and unique within one document: ASCII letters,
 * digits and `-` only (other runs become `-`), lower case; a repeated id gets `-2`, `-3` …;
 * a name with nothing ASCII (Chinese) gets a number: `fig-hub-1`, `fig-hub-2` ….
 */
export class IdRegistry {
  private readonly used = new Set<string>();

  make(prefix: string, raw: string): string {
    const slug = raw
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    if (!slug) {
      // Nothing ASCII to keep (a Chinese name): number the ids of this prefix.
      let k = 1;
      while (this.used.has(`${prefix}-${k}`)) k++;
      this.used.add(`${prefix}-${k}`);
      return `${prefix}-${k}`;
    }
    const base = `${prefix}-${slug}`;
    let id = base;
    for (let k = 2; this.used.has(id); k++) id = `${base}-${k}`;
    this.used.add(id);
    return id;
  }
}
