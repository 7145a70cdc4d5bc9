/**
 * Equal plain data (what crosses IPC: objects, arrays and primitives). Not a general deep
 * equality: no cycles, dates, maps or prototypes, which such data never has.
 */
export function sameShape(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const aKeys = Object.keys(a)
  if (aKeys.length !== Object.keys(b).length) return false
  const ra = a as Record<string, unknown>
  const rb = b as Record<string, unknown>
  return aKeys.every((key) => Object.hasOwn(rb, key) && sameShape(ra[key], rb[key]))
}
