/**
 * A lazy trace for `dyad explain`: stages call `trace(() => message)`; the
 * message is built only when someone listens, so coding pays nothing for it.
 */
export type Trace = (message: () => string) => void;

/** A trace that drops everything. */
export const silent: Trace = () => {};

/** A trace that keeps every message in `lines`. */
export function collectingTrace(lines: string[]): Trace {
  return (message) => { lines.push(message()); };
}
