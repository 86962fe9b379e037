import { describe, expect, it } from 'vitest';
import { closedPrefix, xmlProblem } from '../../src/ingest/wellFormed.js';

const records = (...lines: string[]) => lines.join('\n');

describe('the first well-formedness error of an XML text', () => {
  it('passes well-formed XML, comments, declarations and entities', () => {
    expect(xmlProblem('<?xml version="1.0"?>\n<!-- a > b -->\n<S><T a="x > y">a &amp; b &#38;</T></S>')).toBeNull();
  });

  it('names a bare "&" by its line, with the text around it, and ends the good part at that line', () => {
    const xml = records('<S>', '<R id="1"><T>ok</T></R>', '<R id="2"><T>Norvania & Estmark</T></R>', '</S>');
    expect(xmlProblem(xml)).toEqual({
      line: 3, message: '"&" that begins no entity (write it &amp;) (found "…<T>Norvania & Estmark</T></R>")', goodUntil: xml.indexOf('<R id="2"'),
    });
  });

  it('says which tag a closing tag does not match, and a closing tag that closes nothing', () => {
    expect(xmlProblem(records('<S>', '<R><T>open', '</R>', '</S>'))?.message).toBe('</R> where <T> (line 2) is still open (found "</R>")');
    expect(xmlProblem(records('<S>', '</Q>', '</S>'))?.message).toBe('</Q> where <S> (line 1) is still open (found "</Q>")');
    expect(xmlProblem(records('<S></S>', '</Q>'))?.message).toBe('</Q> closes nothing (found "</Q>")');
  });

  it('reports a file cut short at the record left open, or at its end when only the root is open', () => {
    const cut = records('<S>', '<R><T>ok</T></R>', '<R>', '<T>cut sh');
    expect(xmlProblem(cut)).toEqual({ line: 3, message: '<R> is not closed: the file ends inside it (in <T>)', goodUntil: cut.indexOf('<R>\n') });
    const rootOnly = records('<S>', '<R><T>ok</T></R>', '');
    expect(xmlProblem(rootOnly)).toEqual({ line: 2, message: '<S> (opened on line 1) is not closed: the file ends inside it', goodUntil: rootOnly.length });
  });

  it('tells a text that is not XML at all', () => {
    expect(xmlProblem('\nNorvania hailed Estmark.\n')).toEqual({ line: 2, message: 'text before the first tag (found "Norvania hailed Estmark.")', goodUntil: 0 });
  });

  it('counts lines from firstLine for a record cut from a larger file', () => {
    expect(xmlProblem(records('<R><T>open', '</R>'), 40)).toMatchObject({ line: 41, message: '</R> where <T> (line 40) is still open (found "</R>")' });
  });
});

describe('the well-formed part before an error', () => {
  it('keeps whole records only and closes their parents', () => {
    const xml = records('<S>', '<R id="1"><T>ok</T></R>', '<R id="2"><T>Norvania', '& Estmark</T></R>', '</S>');
    expect(closedPrefix(xml, xml.indexOf('& Estmark'), 'R')).toBe(records('<S>', '<R id="1"><T>ok</T></R>', '</S>'));
  });
});
