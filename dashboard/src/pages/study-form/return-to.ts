/** Where a study form goes once saved or cancelled: the page it was reached from, whose ID keys the saved notice. */
export interface ReturnTo {
  href: string;
  /** The record whose page shows the confirmation (editing/saved-notice.ts); null for none. */
  recordKey: string | null;
}

/**
 * The programme or practice page the form was opened from (`?program=`, `?practice=`), else the
 * first record the study concerns, else the overview.
 */
export function returnTo(
  from: { programId: string; practiceId: string },
  concerned: { programs: readonly { id: string }[]; practices: readonly { id: string }[] } = {
    programs: [],
    practices: [],
  },
): ReturnTo {
  const programId = from.programId || (from.practiceId ? '' : (concerned.programs[0]?.id ?? ''));
  const practiceId = from.practiceId || (programId ? '' : (concerned.practices[0]?.id ?? ''));
  if (programId) return { href: `/programs/${programId}`, recordKey: programId };
  if (practiceId) return { href: `/practices/${practiceId}`, recordKey: practiceId };
  return { href: '/', recordKey: null };
}

/** `?program=ID` or `?practice=ID` of the form's address. */
export function studyFormFrom(search: string): { programId: string; practiceId: string } {
  const params = new URLSearchParams(search);
  return { programId: params.get('program') ?? '', practiceId: params.get('practice') ?? '' };
}
