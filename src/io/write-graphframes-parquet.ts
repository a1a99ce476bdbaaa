import { parquetWriteBuffer } from 'hyparquet-writer';
import { ZonelinkError } from '../error/zonelink-error.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';
import type { Dataset } from '../schema/dataset.js';

/**
 * The declared options of {@link writeGraphFramesParquet}: none. The layout is fixed
 * by what GraphFrames reads, so an option passed (`{ compression: 'gzip' }`) is an
 * `unknown-option` error rather than silently ignored.
 */
export const writeGraphFramesParquetOptions = defineOptions('writeGraphFramesParquet', {});

/** Options of {@link writeGraphFramesParquet} (none), declared in {@link writeGraphFramesParquetOptions}. */
export type WriteGraphFramesParquetOptions = OptionsOf<typeof writeGraphFramesParquetOptions>;

/** The two Parquet files of {@link writeGraphFramesParquet}. */
export interface GraphFramesParquet {
  /** One row per node: `id` and its attributes. */
  vertices: Uint8Array;
  /** One row per linkage: `src`, `dst`, `id` and its attributes (`directed` says whether it has a direction). */
  edges: Uint8Array;
}

/**
 * Writes a dataset as the two Parquet tables Spark GraphFrames reads
 * (`GraphFrame(spark.read.parquet(vertices), spark.read.parquet(edges))`): a vertex
 * table with an `id` column and an edge table with `src` and `dst` columns, every
 * other field as a column — nested fields joined by `_` (`name_zh`,
 * `coordinates_lon`), lists joined by `;`, indicators as `<indicator>@<year>`.
 * Numbers are DOUBLE, booleans BOOLEAN, the rest UTF-8 strings; Snappy-compressed,
 * as Spark writes. Neo4j (`apoc.load.parquet` / `neo4j-admin import`) reads the same
 * files.
 *
 * GraphFrames' edges are directed: an undirected linkage is written once with
 * `directed = false`; analyses that need both directions (PageRank) add the
 * reversed rows of those edges (docs/large-networks.md shows how).
 *
 * It takes no options; anything passed as `options` other than `{}` or `undefined`
 * is an error (`unknown-option`, or `invalid-argument` for a non-object).
 *
 * @example
 * const { vertices, edges } = writeGraphFramesParquet(china);
 * // fs.writeFileSync('vertices.parquet', vertices); fs.writeFileSync('edges.parquet', edges);
 */
export function writeGraphFramesParquet(dataset: Dataset, options: WriteGraphFramesParquetOptions = {}): GraphFramesParquet {
  writeGraphFramesParquetOptions.read(options);
  if (dataset === null || typeof dataset !== 'object' || !Array.isArray(dataset.nodes) || !Array.isArray(dataset.linkages)) {
    throw new ZonelinkError('invalid-argument', 'writeGraphFramesParquet: expected a validated Dataset (nodes and linkages)', [
      { code: 'invalid-argument', message: 'writeGraphFramesParquet: dataset' },
    ]);
  }
  const vertices = table(dataset.nodes.map((n) => flatten(n as unknown as Record<string, unknown>)), ['id']);
  const edges = table(
    dataset.linkages.map((l) => {
      const { source, target, ...rest } = l as unknown as Record<string, unknown>;
      return { src: source, dst: target, ...flatten(rest) };
    }),
    ['src', 'dst', 'id'],
  );
  return { vertices, edges };
}

function flatten(record: Record<string, unknown>, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === null) continue;
    if (key === 'indicators' && prefix === '' && typeof value === 'object') {
      for (const [year, values] of Object.entries(value as Record<string, Record<string, number>>)) {
        for (const [name, x] of Object.entries(values)) out[`${name}@${year}`] = x;
      }
    } else if (Array.isArray(value)) out[prefix + key] = value.map(String).join(';');
    else if (typeof value === 'object') flatten(value as Record<string, unknown>, `${prefix}${key}_`, out);
    else out[prefix + key] = value;
  }
  return out;
}

function table(rows: Record<string, unknown>[], first: string[]): Uint8Array {
  const names = new Set<string>(first);
  for (const row of rows) for (const key of Object.keys(row)) names.add(key);
  const columnData = [...names].map((name) => {
    const data = rows.map((row) => row[name] ?? null);
    const present = data.filter((v) => v !== null);
    const type = present.length > 0 && present.every((v) => typeof v === 'number') ? 'DOUBLE' : present.length > 0 && present.every((v) => typeof v === 'boolean') ? 'BOOLEAN' : 'STRING';
    return { name, data: type === 'STRING' ? data.map((v) => (v === null ? null : String(v))) : data, type: type as 'DOUBLE' | 'BOOLEAN' | 'STRING', nullable: true };
  });
  return new Uint8Array(parquetWriteBuffer({ columnData }));
}
