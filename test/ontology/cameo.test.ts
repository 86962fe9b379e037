import { describe as suite, expect, it } from 'vitest';
import { allCameoCodes, describe, toPlover } from '../../src/ontology/cameo.js';
import { splitActorCode } from '../../src/ontology/sectors.js';

suite('CAMEO codebook', () => {
  it('describes 0874 as in CAMEO 1.1b3: retreat, root 08, Goldstein 10 (material cooperation)', () => {
    expect(describe('0874')).toEqual({ code: '0874', root: '08', name: 'Retreat or surrender militarily', goldstein: 10, quad_class: 2 });
  });

  it('gives 190 the Goldstein value -10 and QuadClass 4 (material conflict)', () => {
    expect(describe('190')).toMatchObject({ goldstein: -10, quad_class: 4 });
  });

  it('knows every code of the 20 roots, and nothing else', () => {
    const roots = new Set(allCameoCodes().map((c) => c.root));
    expect(roots.size).toBe(20);
    expect(describe('0999')).toBeNull();
    expect(describe('21')).toBeNull();
  });

  it('maps CAMEO to PLOVER, falling back to the parent code', () => {
    expect(toPlover('0874')).toEqual({ event: 'RETREAT', mode: 'disarm', context: ['military'] });
    expect(toPlover('042')).toEqual({ event: 'CONSULT', mode: 'visit', context: [] });
    expect(toPlover('1123')?.event).toBe('ACCUSE');
  });

  it('maps the statement and appeal roots (01, 02) to nothing: PLOVER dropped them', () => {
    expect(toPlover('010')).toBeNull();
    expect(toPlover('0211')).toBeNull();
  });
});

suite('actor codes', () => {
  it('splits country and sectors', () => {
    expect(splitActorCode('IRNGOVMIL')).toEqual({ country: 'IRN', sectors: ['GOV', 'MIL'] });
    expect(splitActorCode('IGOUNO')).toEqual({ country: 'IGO', sectors: ['UNO'] });
    expect(splitActorCode('MIL')).toEqual({ country: null, sectors: ['MIL'] });
  });
});
