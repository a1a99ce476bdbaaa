import { z } from 'zod';
import { bilingualEnum } from './bilingual-enum.js';
import { FiniteNumberSchema, IdSchema, YearSchema } from './fields.js';
import { ACCESSIBILITY_MODES } from './taxonomy.js';

/** Accepts any spelling of an accessibility mode (高速铁路, rail, …) and outputs its id. */
export const AccessibilityModeSchema = bilingualEnum('accessibility mode', ACCESSIBILITY_MODES);

/**
 * One accessibility pair: how easily one node is reached from another — a
 * travel time in minutes, a transport link (a high-speed-rail line joining two
 * key stops), or both. Accessibility is not a linkage: it is none of the three
 * linkage modes (资源要素、产业链、跨区域联动), never an edge of `buildNetwork`'s
 * network, and enters measures only as a distance or spatial weight (see
 * `accessibilityPairs`). Undirected unless `directed` (a travel-time target set
 * from one city, such as Guangzhou's 30-minute circle, is directed).
 *
 * At least one of `minutes` and `mode` is given. `planned` marks a planning
 * target (a "60-minute circle" of a plan) rather than an observed time or an
 * existing line.
 */
export const AccessibilitySchema = z
  .object({
    id: IdSchema,
    origin: IdSchema,
    destination: IdSchema,
    /** Travel time in minutes (> 0). */
    minutes: FiniteNumberSchema.pipe(z.number().positive('minutes must be > 0')).optional(),
    /** Transport mode of the link or of the travel time. */
    mode: AccessibilityModeSchema.optional(),
    /** Names of the lines that join the two nodes (e.g. 京沪高铁). */
    lines: z.array(z.string().min(1)).default([]),
    directed: z.boolean().default(false),
    planned: z.boolean().default(false),
    /** Year the link opened or the target was set. */
    year: YearSchema.optional(),
    citation: z.string().min(1).optional(),
    note: z.string().optional(),
  })
  .superRefine((pair, ctx) => {
    if (pair.minutes === undefined && pair.mode === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['minutes'],
        message: `accessibility ${pair.id}: give minutes, a mode, or both`,
        params: { zonelinkCode: 'missing-accessibility-measure', expected: 'minutes > 0 or a mode (high-speed-rail, rail, road, air, multimodal)' },
      });
    }
  });
/** A validated accessibility pair. */
export type Accessibility = z.output<typeof AccessibilitySchema>;
/** What an accessibility pair may look like on input. */
export type AccessibilityInput = z.input<typeof AccessibilitySchema>;
