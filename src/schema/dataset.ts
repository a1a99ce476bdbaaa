import { z } from 'zod';
import { CitySchema } from './city.js';
import { PartialDateSchema } from './fields.js';
import { LinkageSchema } from './linkage.js';
import { ZoneSchema } from './zone.js';
import { ProvinceNodeSchema } from './province-node.js';
import { AccessibilitySchema } from './accessibility.js';

/** A node is a zone, a city or a province, told apart by `kind`. */
export const NodeSchema = z.discriminatedUnion('kind', [ZoneSchema, CitySchema, ProvinceNodeSchema]);
/** A validated node: a zone, a city or a province. */
export type ZoneNode = z.output<typeof NodeSchema>;

/** A source the dataset draws on, credited under its licence. */
export const SourceSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  url: z.string().optional(),
  licence: z.string().optional(),
  note: z.string().optional(),
});

/** What a part of the dataset covers, and what it is known to miss. */
export const CoverageSchema = z.object({
  scope: z.string().min(1),
  complete: z.boolean(),
  count: z.number().int().nonnegative().optional(),
  note: z.string(),
});

/** Dataset metadata: name, version, as-of date, sources and coverage. */
export const MetadataSchema = z.object({
  name: z.string().min(1),
  version: z.string().optional(),
  /** The date the facts are current to. */
  asOf: PartialDateSchema.optional(),
  description: z.string().optional(),
  sources: z.array(SourceSchema).default([]),
  coverage: z.array(CoverageSchema).default([]),
});

/**
 * A dataset: nodes (zones, cities, provinces), linkages, accessibility pairs
 * (travel times and transport links, kept apart from linkages), metadata.
 */
export const DatasetSchema = z.object({
  metadata: MetadataSchema,
  nodes: z.array(NodeSchema),
  linkages: z.array(LinkageSchema).default([]),
  accessibility: z.array(AccessibilitySchema).optional(),
});
/** A validated dataset (what `parseDataset`, `readCsvDataset` and `loadDataset` return). */
export type Dataset = z.output<typeof DatasetSchema>;
/** What a dataset may look like on input to `parseDataset`. */
export type DatasetInput = z.input<typeof DatasetSchema>;
/** Validated dataset metadata. */
export type DatasetMetadata = z.output<typeof MetadataSchema>;
