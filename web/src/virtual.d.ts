declare module 'virtual:iso-numeric' {
  /** ISO-3166 alpha-3 → numeric code as a string ("IRN" → "364"), the ids of world-atlas. */
  const table: Record<string, string>;
  export default table;
}
