import { describe, expect, it } from 'vitest';
import { bandKeys, BANDS, HASHES, minhash, NEAR_DUPLICATE, shingleWords, signatureFromBytes, signatureToBytes, similarity } from '../../src/analysis/minhash.js';

const WIRE = 'Iran and Russia held talks in Tehran on Tuesday about naval cooperation in the Caspian Sea, the foreign ministry said, adding that both sides agreed to expand joint exercises next year and to exchange naval delegations.';

describe('MinHash near-duplicates', () => {
  it('splits words on letters and digits, lower-cased', () => {
    expect(shingleWords('Iran’s NAVY, 2019: U.S.-led')).toEqual(['iran', 's', 'navy', '2019', 'u', 's', 'led']);
  });

  it('gives identical signatures for the same words, whatever the case and punctuation', () => {
    const a = minhash(WIRE);
    expect(a).toHaveLength(HASHES);
    expect(similarity(a, minhash(WIRE.toUpperCase().replace(/,/g, ' ;')))).toBe(1);
    expect(bandKeys(a)).toHaveLength(BANDS);
  });

  it('rates a wire copy with a changed byline-free ending as near-duplicate, and a different story far below', () => {
    const copy = `${WIRE.replace('next year', 'in the coming year')} Reuters contributed.`;
    const other = 'Heavy rain flooded low-lying districts of the port city on Sunday, and emergency crews said they had moved hundreds of families to schools on higher ground.';
    // true Jaccard of the 4-word shingle sets: copy 29/41 = 0.71, other 0
    expect(similarity(minhash(WIRE), minhash(copy))).toBeGreaterThanOrEqual(NEAR_DUPLICATE);
    expect(similarity(minhash(WIRE), minhash(other))).toBeLessThan(0.1);
    const shared = bandKeys(minhash(WIRE)).filter((k, i) => bandKeys(minhash(copy))[i] === k);
    expect(shared.length).toBeGreaterThan(0);
  });

  it('round-trips a signature through bytes', () => {
    const sig = minhash(WIRE);
    expect(signatureFromBytes(signatureToBytes(sig))).toEqual(sig);
  });
});
