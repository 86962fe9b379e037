import { describe, expect, it } from 'vitest';
import { stackCodes } from '../../src/actors/codes.js';

describe('stackCodes', () => {
  it('appends each agent code unless the code holds it at a three-letter boundary', () => {
    expect(stackCodes('NRV', ['RAD', 'MED'])).toBe('NRVRADMED');
    expect(stackCodes('NRVGOV', ['GOV', 'MED'])).toBe('NRVGOVMED');
    // the V-G-O inside "NRVGOV" is no VGO agent
    expect(stackCodes('NRVGOV', ['VGO'])).toBe('NRVGOVVGO');
    expect(stackCodes('', ['GOVHOG', 'HOG'])).toBe('GOVHOG');
  });
});
