/**
 * Abbreviations after which a full stop does not end a sentence: titles and
 * ranks that precede names ("Rear Adm. Jones", "Gen. Smith"), months, and
 * common short forms. Lower case, without the final stop.
 */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt',
  'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'cdr', 'brig', 'lieut', 'rev', 'fr', 'st', 'hon', 'pres',
  'amb', 'supt', 'insp', 'det', 'no', 'vol', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'mt', 'ft', 'sr', 'jr', 'vs', 'gens', 'adms', 'u.s', 'u.n', 'u.k', 'e.u',
]);
