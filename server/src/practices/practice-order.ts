import { registerEnumType } from 'type-graphql';

export enum PracticeOrder {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
  OLDEST = 'OLDEST',
  TITLE = 'TITLE',
  COUNTRY = 'COUNTRY',
  RECENTLY_UPDATED = 'RECENTLY_UPDATED',
}

registerEnumType(PracticeOrder, {
  name: 'PracticeOrder',
  description: 'How to sort practices. Ties are broken by ID, so pages never overlap.',
  valuesConfig: {
    RELEVANCE: { description: 'Best full-text match first (with `filter.text`); otherwise as NEWEST.' },
    NEWEST: { description: 'Most recent year first.' },
    OLDEST: { description: 'Earliest year first.' },
    TITLE: { description: 'By title, A to Z.' },
    COUNTRY: { description: 'By country name, then title.' },
    RECENTLY_UPDATED: { description: 'Most recently changed first.' },
  },
});
