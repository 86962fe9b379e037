/** QuadClass colours and names, 1 verbal coop … 4 material conflict (CAMEO QuadClass). */
export const QUAD = [
  { name: 'verbal cooperation', color: '#7fb8da' },
  { name: 'material cooperation', color: '#1f6fb2' },
  { name: 'verbal conflict', color: '#f4a261' },
  { name: 'material conflict', color: '#c0392b' },
] as const;

/** A colour for a mean Goldstein value (−10 conflict, red … +10 cooperation, blue). */
export function goldsteinColor(g: number): string {
  const t = Math.max(-1, Math.min(1, g / 10));
  const mix = (a: number, b: number, f: number) => Math.round(a + (b - a) * f);
  const grey = [150, 150, 150];
  const end = t < 0 ? [192, 57, 43] : [31, 111, 178];
  const f = Math.abs(t) ** 0.6;
  return `rgb(${mix(grey[0]!, end[0]!, f)},${mix(grey[1]!, end[1]!, f)},${mix(grey[2]!, end[2]!, f)})`;
}
