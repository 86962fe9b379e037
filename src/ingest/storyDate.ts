/**
 * Checks a publication date: `YYYY-MM-DD` and a real calendar day.
 * Returns null when valid, else the problem in words.
 */
export function dateProblem(value: unknown): string | null {
  if (typeof value !== 'string') return `expected a date YYYY-MM-DD (found ${value === undefined ? 'nothing' : JSON.stringify(value)})`;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return `expected a date YYYY-MM-DD (found "${value}")`;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return `no such day: "${value}"`;
  return null;
}

/**
 * A PETRARCH `date="YYYYMMDD"` attribute (inputs-format.rst) as an ISO date
 * `YYYY-MM-DD`, checked by `dateProblem` like any other publication date;
 * else the problem in words, naming the value found.
 */
export function compactDate(raw: string): { date: string } | { problem: string } {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(raw);
  if (!m) return { problem: `date must be YYYYMMDD (found "${raw}")` };
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  return dateProblem(date) ? { problem: `date is no such day (found "${raw}")` } : { date };
}
