/** The page size of every connection (DESIGN.md's contract), apart from the decorated classes that declare it, so the cost estimate can read it too. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
