import { describedEnum, type EnumValue } from '../graphql/described-enum';

export const PracticeOrder = describedEnum(
  'PracticeOrder',
  'How to sort practices. Ties are broken by ID, so pages never overlap.',
  {
    RELEVANCE: 'Best full-text match first (with `filter.text`); otherwise as NEWEST.',
    NEWEST: 'Most recent year first.',
    OLDEST: 'Earliest year first.',
    TITLE: 'By title, A to Z.',
    COUNTRY: 'By country name, then title.',
    RECENTLY_UPDATED: 'Most recently changed first.',
  },
);
export type PracticeOrder = EnumValue<typeof PracticeOrder>;
