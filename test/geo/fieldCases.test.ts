import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../src/geo/gazetteer.js';
import { resolveDateline, resolvePlace, type GeoContext } from '../../src/geo/resolvePlace.js';
import { analyzeText } from '../../src/text/analyze.js';
import { km, mentionsOf } from './helpers.js';

/** ../shared beside the repository (a worktree sits one level deeper, hence the second path). */
const CANDIDATES = ['../../../shared/cases/field-cases.json', '../../../../shared/cases/field-cases.json'];
const FILE = CANDIDATES.map((p) => fileURLToPath(new URL(p, import.meta.url))).find((p) => existsSync(p));

interface ExpectedLocation { name: string; country: string; lat?: number; lon?: number; tolerance_km?: number; admin_level?: string }
interface FieldCase {
  id: string;
  input: { text: string; publication_date: string };
  expected: { events: { location?: ExpectedLocation }[]; forbidden_locations?: { country?: string }[] };
}

/** Every place the geo stage could give an event of `text`: locative mentions, then the dateline. */
function placesOf(text: string): { name: string; country: string; lat: number; lon: number; kind: string }[] {
  const ctx: GeoContext = { countries: new Set() };
  const ms = mentionsOf(text);
  const out = ms.filter((m) => m.tier && !m.isQualifier && !m.rejected).map((m) => {
    const q = m.qualifier !== null ? resolvePlace(ms[m.qualifier]!, ctx) : null;
    return resolvePlace(m, ctx, q);
  });
  const dateline = analyzeText({ id: 'x', date: '2024-01-01', text }).dateline;
  if (dateline) out.push(resolveDateline(dateline.place, gazetteer(), ctx));
  return out.filter((p) => p !== null).map((p) => ({ name: p.name, country: p.country, lat: p.lat, lon: p.lon, kind: p.kind }));
}

describe.skipIf(!FILE)('field cases: locations (../shared/cases/field-cases.json)', () => {
  const cases = FILE ? (JSON.parse(readFileSync(FILE, 'utf8')) as FieldCase[]) : [];
  for (const c of cases.filter((x) => !x.input.text.trimStart().startsWith('<'))) {
    const expected = c.expected.events.map((e) => e.location).filter((l): l is ExpectedLocation => !!l);
    const forbidden = (c.expected.forbidden_locations ?? []).map((f) => f.country).filter((x): x is string => !!x);
    if (!expected.length && !forbidden.length) continue;
    it(`${c.id}: ${expected.map((l) => `${l.name} (${l.country})`).join(', ') || 'no forbidden location'}`, () => {
      const found = placesOf(c.input.text);
      for (const l of expected.slice(0, 1)) {
        const hit = found.find((p) => p.country === l.country);
        expect(hit, `${c.id}: no place in ${l.country} among ${JSON.stringify(found)}`).toBeDefined();
        if (l.lat !== undefined && l.lon !== undefined) expect(km(hit!.lat, hit!.lon, l.lat, l.lon)).toBeLessThan(l.tolerance_km ?? 25);
        if (l.admin_level === 'ADM1') expect(hit!.kind).toBe('admin1');
      }
      for (const country of forbidden) expect(found.map((p) => p.country)).not.toContain(country);
    });
  }
});

if (!FILE) {
  describe('field cases: locations', () => {
    it.skip('skipped: ../shared/cases/field-cases.json is not there', () => {});
  });
  console.warn('test/geo/fieldCases.test.ts: ../shared/cases/field-cases.json not found; field cases skipped');
}
