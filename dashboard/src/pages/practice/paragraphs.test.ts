import { describe, expect, it } from 'vitest';
import { paragraphs } from './paragraphs';

describe('paragraphs', () => {
  it('splits on blank lines and joins wrapped lines', () => {
    expect(paragraphs('One line\nwrapped.\n\n  Two.  \n \nThree.')).toEqual(['One line wrapped.', 'Two.', 'Three.']);
  });
});
