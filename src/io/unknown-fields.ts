import { CitySchema } from '../schema/city.js';
import { MetadataSchema } from '../schema/dataset.js';
import { LinkageSchema } from '../schema/linkage.js';
import { ZoneSchema } from '../schema/zone.js';
import { ProvinceNodeSchema } from '../schema/province-node.js';
import { AccessibilitySchema } from '../schema/accessibility.js';

const KNOWN_FIELDS: Record<string, ReadonlySet<string>> = {
  zone: new Set(Object.keys(ZoneSchema.shape)),
  city: new Set(Object.keys(CitySchema.shape)),
  province: new Set(Object.keys(ProvinceNodeSchema.shape)),
  linkage: new Set(Object.keys(LinkageSchema.shape)),
  accessibility: new Set(Object.keys(AccessibilitySchema.shape)),
  metadata: new Set(Object.keys(MetadataSchema.shape)),
};

/** Fields of a JSON record that its schema does not know (a misspelt `wieght` would otherwise be dropped silently). */
export function unknownFields(raw: unknown, kind: unknown): string[] {
  const known = typeof kind === 'string' && Object.hasOwn(KNOWN_FIELDS, kind) ? KNOWN_FIELDS[kind] : undefined;
  if (!known || raw === null || typeof raw !== 'object' || Array.isArray(raw)) return [];
  return Object.keys(raw).filter((field) => !known.has(field));
}
