import { describe, expect, it } from 'vitest';
import { eventId, records, uniqueEvents } from '../../src/coder/records.js';
import type { CodingContext } from '../../src/context.js';
import { actor, candidate, handDocument } from '../documents.js';

const ctx = {} as CodingContext;

describe('event records (coder/records.ts)', () => {
  it('builds the contract\'s record from a dated candidate: codes from the CAMEO table, evidence spans in characters', () => {
    const { doc, unit } = handDocument('Norvania visited Estmark on Monday . Ithilen left .');
    const nrv = actor('NRVGOV', 'Norvania', [0, 8]);
    const est = actor('EST', 'Estmark', [17, 24]);
    unit.emitted = [candidate(nrv, est, '042', { notes: ['passive voice'] })];
    unit.dates = [{ date: '2024-03-11', precision: 'day', how: '"on Monday" (latest such day)' }];
    records.run(doc, ctx);
    const r = unit.records[0]!;
    expect(r.id).toBe(eventId('hand', 0, 'NRVGOV', 'EST', '042'));
    expect(r).toMatchObject({
      story_id: 'hand', sentence_index: 0, story_date: '2024-03-14', date: '2024-03-11', date_precision: 'day',
      source: { code: 'NRVGOV', country: 'NRV', sectors: ['GOV'], text: 'Norvania', span: [0, 8], rule: 'hand-made' },
      target: { code: 'EST', country: 'EST', sectors: [], text: 'Estmark', span: [17, 24] },
      // CAMEO 1.1b3: 042 "Make a visit", Goldstein 1.9, verbal cooperation; PLOVER CONSULT, mode visit
      cameo: { code: '042', root: '04', name: 'Make a visit', quad_class: 1, goldstein: 1.9 },
      plover: { event: 'CONSULT', mode: 'visit', context: [] },
      location: null, attribution: null, negated: false,
      evidence: {
        sentence: 'Norvania visited Estmark on Monday .', sentence_span: [0, 36], verb: { text: 'visited', span: [9, 16] },
        pattern: { dictionary: 'test.txt', line: 1, text: '042 test' }, notes: ['passive voice', 'date: "on Monday" (latest such day)'],
      },
    });
    expect(r).not.toHaveProperty('planned_date');
  });

  it('keeps a code outside CAMEO (a user\'s dictionary) with its root, and a planned date', () => {
    const { doc, unit } = handDocument('Norvania will meet Estmark .');
    unit.emitted = [candidate(actor('NRV', 'Norvania'), null, '999')];
    unit.dates = [{ date: '2024-03-14', precision: 'story', how: 'no date in the text: story date', planned: '2024-04' }];
    records.run(doc, ctx);
    expect(unit.records[0]).toMatchObject({ cameo: { code: '999', root: '99', name: 'not a CAMEO code (user dictionary)' }, target: null, planned_date: '2024-04' });
    expect(unit.records[0]!.evidence.notes).toEqual(['date: no date in the text: story date', 'planned for 2024-04']);
  });

  it('gives the same id to the same story, sentence, actors and code, and keeps one record per id', () => {
    expect(eventId('s', 2, 'NRV', null, '040')).toBe(eventId('s', 2, 'NRV', null, '040'));
    expect(eventId('s', 2, 'NRV', null, '040')).not.toBe(eventId('s', 3, 'NRV', null, '040'));
    expect(eventId('s', 2, 'NRV', null, '040')).toMatch(/^[0-9a-f]{16}$/);
    const { doc, unit } = handDocument('Norvania met Estmark .');
    const c = candidate(actor('NRV', 'Norvania'), actor('EST', 'Estmark'), '040');
    unit.emitted = [c, { ...c, notes: ['compound subject: coded both ways'] }];
    unit.dates = [{ date: '2024-03-14', precision: 'story', how: 'x' }, { date: '2024-03-14', precision: 'story', how: 'x' }];
    records.run(doc, ctx);
    uniqueEvents.run(doc, ctx);
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0]!.evidence.notes).toEqual(['date: x']);
  });
});
