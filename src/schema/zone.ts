import { z } from 'zod';
import { bilingualEnum } from './bilingual-enum.js';
import {
  AdminCodeSchema,
  BilingualNameSchema,
  CoordinatesSchema,
  IdSchema,
  IndicatorsSchema,
  PartialDateSchema,
} from './fields.js';
import { PROVINCES } from './provinces.js';
import { PLATFORM_CATEGORIES, ZONE_LEVELS, ZONE_SUBTYPES } from './taxonomy.js';

/** Accepts any spelling of a platform category (id, 中文, English, alias) and outputs its id. */
export const PlatformCategorySchema = bilingualEnum('category', PLATFORM_CATEGORIES);
/** Accepts any spelling of a zone subtype and outputs its id. */
export const ZoneSubtypeSchema = bilingualEnum('subtype', ZONE_SUBTYPES);
/** Accepts any spelling of an approval level and outputs its id. */
export const ZoneLevelSchema = bilingualEnum('level', ZONE_LEVELS);
/** Accepts a province id, full or short Chinese name, English name, or 2-/6-digit code; outputs its id. */
export const ProvinceSchema = bilingualEnum('province', PROVINCES);

/**
 * A zone (functional platform): a development zone, new area, FTZ or FTZ area,
 * customs area, pilot platform, or a whole-city designation (cross-border
 * e-commerce pilot zones are designated by city).
 *
 * `province` may be omitted: it is then the province of the first host city's
 * code. Given, it must agree with that code (checked by the dataset parser).
 */
export const ZoneSchema = z.object({
  kind: z.literal('zone'),
  id: IdSchema,
  name: BilingualNameSchema,
  category: PlatformCategorySchema,
  subtype: ZoneSubtypeSchema.optional(),
  level: ZoneLevelSchema,
  /** Approval date, known to the year at least (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`). */
  approved: PartialDateSchema.optional(),
  /** Batch of designation (for example 1–7 for cross-border e-commerce zones). */
  batch: z.union([z.number().int().positive(), z.string().min(1)]).optional(),
  /** Host city codes (6-digit); several for multi-city FTZs and new areas. */
  hostCities: z.array(AdminCodeSchema).min(1, 'a zone needs at least one host city code'),
  province: ProvinceSchema.optional(),
  /** The id of the platform this zone is part of (an FTZ area's FTZ); also listed in `partOf`. */
  parent: IdSchema.optional(),
  /**
   * Ids of the platforms this zone lies inside (containment, not a linkage): an
   * FTZ area is part of its FTZ, an ETDZ part of the national new area that
   * contains it. Containment never becomes an edge of the linkage network.
   */
  partOf: z.array(IdSchema).optional(),
  coordinates: CoordinatesSchema.optional(),
  /** Planned area in km². */
  areaKm2: z.number().positive().optional(),
  indicators: IndicatorsSchema.optional(),
  /** Where the record comes from: a document, a list, a data set. */
  citation: z.string().min(1).optional(),
  note: z.string().optional(),
});
/** A validated zone record (what `parseDataset` returns). */
export type Zone = z.output<typeof ZoneSchema>;
/** What a zone record may look like on input (before normalisation and defaults). */
export type ZoneInput = z.input<typeof ZoneSchema>;
