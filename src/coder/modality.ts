/**
 * How CAMEO codes a stated future act rather than the act (CAMEO 1.1b3 §03,
 * §12, §13): "will expand cooperation" is an intent (03x), "refused to meet"
 * a rejection (12x), "threatened to attack" a threat (13x). Keys are act codes
 * or their prefixes, longest first; values the codes for the stated intent.
 */
const INTENT: readonly [string, string][] = [
  ['0211', '0311'], ['0212', '0312'], ['0213', '0313'], ['0214', '0314'],
  ['040', '036'], ['041', '036'], ['042', '036'], ['043', '036'], ['044', '036'], ['045', '039'], ['046', '036'],
  ['050', '032'], ['051', '032'], ['052', '032'], ['053', '032'], ['054', '032'], ['055', '032'], ['056', '032'], ['057', '030'],
  ['060', '031'], ['061', '0311'], ['062', '0312'], ['063', '0313'], ['064', '0314'],
  ['070', '033'], ['071', '0331'], ['072', '0332'], ['073', '0333'], ['074', '0334'], ['075', '033'],
  ['0811', '0351'], ['0812', '0351'], ['0813', '0351'], ['0814', '0351'], ['081', '0351'], ['082', '0352'],
  ['0831', '0341'], ['0832', '0342'], ['0833', '0343'], ['0834', '0344'], ['083', '034'],
  ['0841', '0353'], ['0842', '0353'], ['084', '0353'], ['085', '0354'], ['086', '0355'], ['087', '0356'], ['080', '035'],
  ['03', ''], ['02', ''], ['01', ''],
];

const THREAT: readonly [string, string][] = [
  ['1621', '1311'], ['1622', '1311'], ['1623', '1311'], ['162', '1311'], ['163', '1312'], ['161', '1313'], ['160', '131'],
  ['164', '134'], ['165', '135'], ['166', '136'], ['172', '132'], ['1721', '1321'], ['1722', '1322'], ['1723', '1323'],
  ['1724', '1324'], ['14', '133'], ['17', '137'], ['191', '1381'], ['192', '1382'], ['18', '1383'], ['19', '1384'],
  ['2041', '1385'], ['2042', '1385'], ['20', '1383'],
];

const REJECT: readonly [string, string][] = [
  ['0211', '1211'], ['0212', '1212'], ['061', '1211'], ['062', '1212'], ['063', '1213'], ['064', '1214'], ['06', '121'],
  ['071', '1221'], ['072', '1222'], ['073', '1223'], ['074', '1224'], ['07', '122'],
  ['0841', '1243'], ['0842', '1243'], ['084', '1243'], ['085', '1244'], ['086', '1245'], ['087', '1246'], ['08', '124'],
  ['04', '125'], ['045', '126'], ['057', '127'], ['05', '120'],
];

function lookup(table: readonly [string, string][], code: string): string | null {
  let best: [string, string] | null = null;
  for (const row of table) if (code.startsWith(row[0]) && (!best || row[0].length > best[0].length)) best = row;
  return best ? best[1] || null : null;
}

/**
 * The intent code (CAMEO 03) for a stated future act: 062 → 0312, 040 → 036.
 * Statements, appeals and intents (01–03) stay as they are; verbal and
 * material conflict (09–20) stated for the future become threats (13).
 * Returns the act code itself when CAMEO has no intent form for it.
 */
export function intentCode(code: string): string {
  const root = Number(code.slice(0, 2));
  if (root <= 3) return code;
  if (root >= 14) return threatCode(code);
  return lookup(INTENT, code) ?? code;
}

/** The threat code (CAMEO 13) for a threatened act: 190 → 1384, 163 → 1312; 130 when none fits. */
export function threatCode(code: string): string {
  return lookup(THREAT, code) ?? '130';
}

/** The rejection code (CAMEO 12) for a refused act: "refused to meet" 040 → 125. */
export function rejectionCode(code: string): string | null {
  return lookup(REJECT, code);
}
