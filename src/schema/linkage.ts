import { z } from 'zod';
import { bilingualEnum } from './bilingual-enum.js';
import { FiniteNumberSchema, IdSchema, YearSchema } from './fields.js';
import { COOPERATION_TYPES, LINKAGE_ARRANGEMENTS, LINKAGE_MECHANISMS, LINKAGE_MODES } from './taxonomy.js';

/** Accepts any spelling of a linkage mode (产业链联动, industrial chain, …) and outputs its id. */
export const LinkageModeSchema = bilingualEnum('mode', LINKAGE_MODES);
/** Accepts any spelling of a linkage mechanism and outputs its id. */
export const LinkageMechanismSchema = bilingualEnum('mechanism', LINKAGE_MECHANISMS);
/** Accepts any spelling of a cooperation type and outputs its id. */
export const CooperationTypeSchema = bilingualEnum('cooperation type', COOPERATION_TYPES);
/** Accepts any spelling of a linkage arrangement and outputs its id. */
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
  /**
   * The programme or case the linkage belongs to (`northeast-east-counterpart-cooperation`,
   * `east-west-pairing`, `xinjiang-counterpart-support` …; free text, one id per programme).
   */
  programme: z.string().min(1).optional(),
  citation: z.string().min(1).optional(),
});
/** A validated linkage record. */
export type Linkage = z.output<typeof LinkageSchema>;
/** What a linkage record may look like on input (weight and flags may be omitted). */
export type LinkageInput = z.input<typeof LinkageSchema>;
