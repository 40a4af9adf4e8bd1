/**
 * The queue's lists hold no Practice when empty, so urql's document cache would not know to refetch
 * them after a publish or a reject: name the type they depend on.
 */
export const PRACTICE_LISTS = { additionalTypenames: ['Practice'] };
