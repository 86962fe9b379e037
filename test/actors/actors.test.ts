import { describe, expect, it } from 'vitest';
import { brief, code } from '../helpers.js';

describe('actor codes from titles, dates and the story (issue 4)', () => {
  it('records secondary sectors after the primary one', () => {
    const [e] = code('The Egyptian defense minister met Greek officials.', '2020-01-01');
    expect(e!.source).toMatchObject({ code: 'EGYGOV', country: 'EGY', sectors: ['GOV', 'MIL'] });
  });

  it('resolves dated roles against the event date, not the run date', () => {
    expect(brief(code('Trump criticised Mexico.', '2018-06-01'))).toEqual(['USAGOV 111 MEX']);
    expect(brief(code('Trump criticised Mexico.', '2023-06-01'))).toEqual(['USAELI 111 MEX']);
    // the sentence names its own date: 2018, when Trump held office
    expect(brief(code('In March 2018, Trump criticised Mexico.', '2023-06-01'))).toEqual(['USAGOV 111 MEX']);
  });

  it('gives a title at an institution the institution\'s country: "an editor at the Armenian news agency"', () => {
    expect(brief(code('Police arrested an editor at the official Armenian news agency.', '2020-01-01'))).toEqual(['ARMCOP 173 ARMMED']);
  });

  it('learns an abbreviation defined in the text', () => {
    const events = code('The Malian army (MLA) attacked the rebels. The MLA then attacked Sudanese troops.', '2020-01-01');
    expect(brief(events)).toEqual(['MLIMIL 190 MLIREB', 'MLIMIL 190 SDNMIL']);
    expect(events[1]!.source.rule).toMatch(/coreference/);
  });

  it('resolves a definite description to the latest such actor of the story', () => {
    const text = 'Egyptian General Hassan Ali met Greek officials. The general later criticised Cyprus.';
    const events = code(text, '2020-01-01');
    expect(brief(events)).toEqual(['EGYMIL 040 GRCGOV', 'EGYMIL 111 CYP']);
    expect(events[1]!.source.rule).toBe('coreference: The general → Egyptian General Hassan Ali');
  });

  it('reads "its" as a state or group, never a person', () => {
    // "its troops" are Egypt's, not the general's; "from Libya" is where they leave, not whose they are
    expect(brief(code('General Hassan Ali said Egypt would withdraw its troops from Libya.', '2020-01-01'))).toEqual(['EGY 0356 LBY']);
  });
});
