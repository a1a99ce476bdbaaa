import { z } from 'zod';
import { CitySchema } from './city.js';
import { PartialDateSchema } from './fields.js';
import { LinkageSchema } from './linkage.js';
import { ZoneSchema } from './zone.js';

/** A node is a zone or a city, told apart by `kind`. */
export const NodeSchema = z.discriminatedUnion('kind', [ZoneSchema, CitySchema]);
/** A validated node: a zone or a city. */
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

/** A dataset: nodes (zones and cities), linkages, metadata. */
export const DatasetSchema = z.object({
  metadata: MetadataSchema,
  nodes: z.array(NodeSchema),
  linkages: z.array(LinkageSchema).default([]),
});
/** A validated dataset (what `parseDataset`, `readCsvDataset` and `loadDataset` return). */
export type Dataset = z.output<typeof DatasetSchema>;
/** What a dataset may look like on input to `parseDataset`. */
export type DatasetInput = z.input<typeof DatasetSchema>;
/** Validated dataset metadata. */
export type DatasetMetadata = z.output<typeof MetadataSchema>;
