import { z } from 'zod';
import { bilingualEnum } from './bilingual-enum.js';
import { FiniteNumberSchema, IdSchema, YearSchema } from './fields.js';
import { COOPERATION_TYPES, LINKAGE_ARRANGEMENTS, LINKAGE_MECHANISMS, LINKAGE_MODES } from './taxonomy.js';

export const LinkageModeSchema = bilingualEnum('mode', LINKAGE_MODES);
export const LinkageMechanismSchema = bilingualEnum('mechanism', LINKAGE_MECHANISMS);
export const CooperationTypeSchema = bilingualEnum('cooperation type', COOPERATION_TYPES);
export const LinkageArrangementSchema = bilingualEnum('arrangement', LINKAGE_ARRANGEMENTS);

/** A linkage weight: a finite number > 0. */
export const WeightSchema = FiniteNumberSchema.pipe(z.number().positive('a weight must be > 0'));

/**
 * A linkage between two nodes in one mode. Undirected unless `directed` (then
 * `source` leads or sends to `target`: a hub and its branch park, a flow of goods).
 * Active from `startYear` (inclusive) to `endYear` (inclusive) where known.
 */
export const LinkageSchema = z.object({
  id: IdSchema,
  source: IdSchema,
  target: IdSchema,
  mode: LinkageModeSchema,
  directed: z.boolean().default(false),
  weight: WeightSchema.default(1),
  startYear: YearSchema.optional(),
  endYear: YearSchema.optional(),
  cooperationType: CooperationTypeSchema.optional(),
  mechanism: LinkageMechanismSchema.optional(),
  arrangement: LinkageArrangementSchema.optional(),
  enclave: z.boolean().default(false),
  description: z.string().optional(),
  citation: z.string().min(1).optional(),
});
export type Linkage = z.output<typeof LinkageSchema>;
export type LinkageInput = z.input<typeof LinkageSchema>;
