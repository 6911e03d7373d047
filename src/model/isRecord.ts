/** True for an object that is not an array or null: a JSON object, read as a record of values. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
