const MAX_TERMS = 12;

/** The words of a search, letters and digits only: nothing a user types can break the query syntax. */
export function searchTerms(text: string | null | undefined): string[] {
  return (
    (text ?? '')
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, MAX_TERMS) ?? []
  );
}
