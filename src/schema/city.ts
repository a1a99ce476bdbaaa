import { z } from 'zod';
import { bilingualEnum } from './bilingual-enum.js';
import { AdminCodeSchema, BilingualNameSchema, CoordinatesSchema, IndicatorsSchema } from './fields.js';
import { CITY_LEVELS, MACRO_REGIONS, REGIONAL_STRATEGIES } from './taxonomy.js';
import { ProvinceSchema } from './zone.js';

/** Accepts any spelling of a macro-region (东部, East, …) and outputs its id. */
export const MacroRegionSchema = bilingualEnum('macro-region', MACRO_REGIONS);
/** Accepts any spelling of a regional strategy and outputs its id. */
export const RegionalStrategySchema = bilingualEnum('strategy', REGIONAL_STRATEGIES);
/** Accepts any spelling of a city's administrative kind and outputs its id. */
export const CityLevelSchema = bilingualEnum('city level', CITY_LEVELS);

/**
 * A prefecture-level unit or municipality (or a special administrative region).
 * Its `id` is its 6-digit administrative code, which zones name as host city.
 * `province` and `region` may be omitted (they follow from the code); given,
 * they must agree with it (checked by the dataset parser).
 */
export const CitySchema = z.object({
  kind: z.literal('city'),
  id: AdminCodeSchema,
  name: BilingualNameSchema,
  level: CityLevelSchema.optional(),
  province: ProvinceSchema.optional(),
  region: MacroRegionSchema.optional(),
  strategies: z.array(RegionalStrategySchema).default([]),
  /** Ids of the city clusters (城市群) the city belongs to, e.g. `pearl-river-delta`. */
  cityClusters: z.array(z.string().min(1)).default([]),
  nationalCentralCity: z.boolean().default(false),
  provincialCapital: z.boolean().default(false),
  coordinates: CoordinatesSchema.optional(),
  indicators: IndicatorsSchema.optional(),
  citation: z.string().min(1).optional(),
  note: z.string().optional(),
});
/** A validated city record. */
export type City = z.output<typeof CitySchema>;
/** What a city record may look like on input. */
export type CityInput = z.input<typeof CitySchema>;
