/** The dotted field name of a metadata problem (`metadata`, `metadata.name`, `metadata.sources.0.id`). */
export function metadataField(path: readonly PropertyKey[]): string {
  return ['metadata', ...path.map(String)].join('.');
}
