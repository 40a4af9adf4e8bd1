/** An optional text as the API takes it: trimmed, and null when blank (the API refuses empty strings). */
export function blankToNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** An optional text of a record as a form field holds it. */
export function nullToBlank(text: string | null): string {
  return text ?? '';
}
