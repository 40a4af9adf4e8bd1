import { NAMED_VOCABULARIES } from '@atlas/shared';
import { describe, expect, it } from 'vitest';
import en from './catalogs/en.json';

// Every catalog has the English one's ids with the same arguments: `pnpm run messages` (formatjs verify), run by typecheck.

describe('the English catalog', () => {
  it('names every vocabulary value as @atlas/shared does, which the API describes its enums with', () => {
    // Compiled as the app's are (vite.config.ts): a label is one literal.
    const messages = en as unknown as Record<string, unknown>;
    const literal = (value: string) => [{ type: 0, value }];
    for (const [name, vocabulary] of Object.entries(NAMED_VOCABULARIES)) {
      for (const [value, { label, description }] of Object.entries(vocabulary)) {
        expect(messages[`vocabulary.${name}.${value}`], `vocabulary.${name}.${value}`).toEqual(literal(label));
        expect(messages[`vocabulary.${name}.${value}.description`], `vocabulary.${name}.${value}.description`).toEqual(
          literal(description),
        );
      }
    }
  });
});
