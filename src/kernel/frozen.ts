// An answer kept for many requests is shared by all of them: it is frozen, all the way down, so a
// page that tried to change it (sorting a list in place, adding a field) fails at once in the tests
// instead of changing what the next person sees.

/** The value, frozen with everything it holds. Typed arrays and what is already frozen are left. */
export function deepFrozen<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value) || ArrayBuffer.isView(value)) {
    return value;
  }
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFrozen(inner);
  return value;
}
