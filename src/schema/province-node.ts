import { z } from 'zod';
import { AdminCodeSchema, BilingualNameSchema, CoordinatesSchema, IndicatorsSchema } from './fields.js';
import { MacroRegionSchema } from './city.js';
import { ProvinceSchema } from './zone.js';

/**
 * A province-level unit (省、自治区) as a node of its own: the endpoint of a
 * linkage whose document names a whole province (东北—东部 对口合作 pairs
 * 辽宁—江苏, 东西部协作 江苏→陕西, 对口援疆 浙江→阿克苏 …), so that such a
 * linkage is never silently pinned to the provincial capital.
 *
 * Its `id` is the province's 6-digit code (`210000`). The four municipalities
 * (北京 110000, 天津 120000, 上海 310000, 重庆 500000) and Hong Kong and Macao
 * are province-level units that are also city nodes: a document naming one of
 * them is represented by that city node, and no province node repeats it.
 * `province` and `region` may be omitted (they follow from the code); given, they must agree.
 */
export const ProvinceNodeSchema = z.object({
  kind: z.literal('province'),
  id: AdminCodeSchema.refine((code) => code.endsWith('0000'), 'a province node id is a province code ending in 0000 (e.g. 210000)'),
  name: BilingualNameSchema,
  /** The province id (`liaoning`); may be omitted (it follows from the code), given it must agree. */
  province: ProvinceSchema.optional(),
  region: MacroRegionSchema.optional(),
  coordinates: CoordinatesSchema.optional(),
  indicators: IndicatorsSchema.optional(),
  citation: z.string().min(1).optional(),
  note: z.string().optional(),
});
/** A validated province node. */
export type ProvinceNode = z.output<typeof ProvinceNodeSchema>;
/** What a province node may look like on input. */
export type ProvinceNodeInput = z.input<typeof ProvinceNodeSchema>;
