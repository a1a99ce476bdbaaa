import type { z } from 'zod';
import { CitySchema } from '../schema/city.js';
import { MetadataSchema } from '../schema/dataset.js';
import { LinkageSchema } from '../schema/linkage.js';
import { ZoneSchema } from '../schema/zone.js';
import { ProvinceNodeSchema } from '../schema/province-node.js';
import { AccessibilitySchema } from '../schema/accessibility.js';

const SCHEMAS: Record<string, z.ZodType> = {
  zone: ZoneSchema,
  city: CitySchema,
  province: ProvinceNodeSchema,
  linkage: LinkageSchema,
  accessibility: AccessibilitySchema,
  metadata: MetadataSchema,
};

interface Def {
  type?: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
}

/** The schema under optional/nullable/default/pipe wrappers: what the raw value must look like. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let depth = 0; depth < 16; depth++) {
    const def = (current as unknown as { def?: Def }).def;
    const inner = def?.innerType ?? (def?.type === 'pipe' ? def.in : undefined);
    if (!inner) return current;
    current = inner;
  }
  return current;
}

function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = (unwrap(schema) as unknown as { def?: Def }).def;
  return def?.type === 'object' ? def.shape : undefined;
}

function elementOf(schema: z.ZodType): z.ZodType | undefined {
  const def = (unwrap(schema) as unknown as { def?: Def }).def;
  return def?.type === 'array' ? def.element : undefined;
}

function collect(raw: unknown, schema: z.ZodType, prefix: string, out: string[]): void {
  if (raw === null || typeof raw !== 'object') return;
  const element = elementOf(schema);
  if (element) {
    if (Array.isArray(raw)) raw.forEach((item, i) => collect(item, element, `${prefix}[${i}]`, out));
    return;
  }
  const shape = shapeOf(schema);
  if (!shape || Array.isArray(raw)) return;
  for (const field of Object.keys(raw)) {
    const path = prefix ? `${prefix}.${field}` : field;
    if (!Object.hasOwn(shape, field)) out.push(path);
    else collect((raw as Record<string, unknown>)[field], shape[field]!, path, out);
  }
}

/**
 * Fields of a JSON record that its schema does not know, at any depth (a
 * misspelt `wieght`, `name.english`, `coordinates.presicion`), as dotted paths
 * with array positions (`sources[0].titel`); zod would otherwise drop them silently.
 */
export function unknownFields(raw: unknown, kind: unknown): string[] {
  const schema = typeof kind === 'string' && Object.hasOwn(SCHEMAS, kind) ? SCHEMAS[kind] : undefined;
  if (!schema || raw === null || typeof raw !== 'object' || Array.isArray(raw)) return [];
  const out: string[] = [];
  collect(raw, schema, '', out);
  return out;
}
