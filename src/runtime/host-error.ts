// A Python exception raised by host code that does not hold a VM: pure runtime libraries
// (number formatting, math, random) throw it with the Python class name and CPython's message;
// the interpreter turns it into a real exception object of that class at the boundary.
// It must never escape to the user as a JS error.

export class PyHostError extends Error {
  constructor(
    readonly pyType: string,
    readonly pyMessage: string,
  ) {
    super(`${pyType}: ${pyMessage}`);
    this.name = 'PyHostError';
  }
}

/** Throw a Python exception of class `pyType` (e.g. "ValueError") with CPython's wording. */
export function pyThrow(pyType: string, message: string): never {
  throw new PyHostError(pyType, message);
}
