/**
 * MinHash signatures over word shingles, with LSH banding, for finding
 * near-duplicate stories (wire copies, lightly edited updates).
 *
 * Why our own: the npm MinHash packages either take only numbers and hide the
 * signature (bloom-filters' MinHash: no banding, signature private, eight
 * dependencies), or are pre-1.0 and unmaintained (minhash, simhash-js). dyad
 * needs the signature itself, stored in SQLite, with band keys indexed for
 * candidate look-up, and the same bits on every run. That is ~60 lines.
 *
 * Method (Broder 1997; Leskovec, Rajaraman & Ullman, Mining of Massive
 * Datasets §3.4): the story's text is lower-cased and split into words; each
 * run of `SHINGLE` words is hashed to 32 bits (FNV-1a); signature slot i holds
 * the minimum over shingles of `mix(h ^ SEED[i])`, where `mix` is MurmurHash3's
 * 32-bit finaliser, a bijection, so each slot is an independent permutation.
 * Two signatures agree on a slot with probability equal to the Jaccard
 * similarity of the shingle sets.
 */

/** Words per shingle. */
export const SHINGLE = 4;
/** Hash functions (signature length, 32-bit values). */
export const HASHES = 128;
/** LSH bands × rows per band = HASHES. 32 × 4: a pair at Jaccard 0.6 shares a band with p = 1 − (1 − 0.6⁴)³² ≈ 0.98; at 0.2, 0.05. */
export const BANDS = 32;
export const ROWS = HASHES / BANDS;
/** Jaccard estimate from which two stories are called near-duplicates. */
export const NEAR_DUPLICATE = 0.6;

const SEEDS = (() => {
  const seeds = new Uint32Array(HASHES);
  let x = 0x9e3779b9;
  for (let i = 0; i < HASHES; i++) {
    x = mix(x + 0x6d2b79f5);
    seeds[i] = x;
  }
  return seeds;
})();

/** MurmurHash3 fmix32: a bijection on 32-bit integers. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Words of a text for shingling: lower case, letters and digits only. */
export function shingleWords(text: string): string[] {
  return text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The MinHash signature of a text: `HASHES` unsigned 32-bit values. A text
 * shorter than one shingle is one shingle of all its words; an empty text
 * gives a signature of 0xffffffff, which matches nothing but itself.
 */
export function minhash(text: string): Uint32Array {
  const words = shingleWords(text);
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  const n = Math.max(1, words.length - SHINGLE + 1);
  if (words.length === 0) return sig;
  for (let k = 0; k < n; k++) {
    const h = fnv1a(words.slice(k, k + SHINGLE).join(' '));
    for (let i = 0; i < HASHES; i++) {
      const v = mix(h ^ SEEDS[i]!);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures: the share of equal slots, 0–1. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

/**
 * LSH band keys: one signed 32-bit integer per band (FNV-1a over the band's
 * rows, folded to int32 so SQLite stores it compactly). Stories sharing any
 * band key are candidate near-duplicates.
 */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) {
      h ^= sig[b * ROWS + r]!;
      h = Math.imul(h, 0x01000193);
    }
    keys.push(mix(h) | 0);
  }
  return keys;
}

/** Signature to bytes (little-endian) for a BLOB column, and back. */
export function signatureToBytes(sig: Uint32Array): Buffer {
  const buf = Buffer.alloc(sig.length * 4);
  for (let i = 0; i < sig.length; i++) buf.writeUInt32LE(sig[i]!, i * 4);
  return buf;
}

export function signatureFromBytes(buf: Uint8Array): Uint32Array {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const sig = new Uint32Array(buf.byteLength / 4);
  for (let i = 0; i < sig.length; i++) sig[i] = view.getUint32(i * 4, true);
  return sig;
}
