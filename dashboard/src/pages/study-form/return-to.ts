/** Where a study form goes once saved or cancelled: the page it was reached from, whose ID keys the saved notice. */
export interface ReturnTo {
  href: string;
  /** The record whose page shows the confirmation (editing/saved-notice.ts); null for none. */
  recordKey: string | null;
}

/** Where a study form was opened from: a programme, a practice or a member state's page (at most one set). */
export interface StudyFormFrom {
  programId: string;
  practiceId: string;
  countryCode: string;
}

/**
 * The programme, practice or country page the form was opened from (`?program=`, `?practice=`,
 * `?country=`), else the first record the study concerns, else the overview.
 */
export function returnTo(
  from: StudyFormFrom,
  concerned: { programs: readonly { id: string }[]; practices: readonly { id: string }[] } = {
    programs: [],
    practices: [],
  },
): ReturnTo {
  if (from.countryCode && !from.programId && !from.practiceId)
    return { href: `/countries/${from.countryCode}`, recordKey: from.countryCode };
  const programId = from.programId || (from.practiceId ? '' : (concerned.programs[0]?.id ?? ''));
  const practiceId = from.practiceId || (programId ? '' : (concerned.practices[0]?.id ?? ''));
  if (programId) return { href: `/programs/${programId}`, recordKey: programId };
  if (practiceId) return { href: `/practices/${practiceId}`, recordKey: practiceId };
  return { href: '/', recordKey: null };
}

/** `?program=ID`, `?practice=ID` or `?country=CODE` of the form's address. */
export function studyFormFrom(search: string): StudyFormFrom {
  const params = new URLSearchParams(search);
  return {
    programId: params.get('program') ?? '',
    practiceId: params.get('practice') ?? '',
    countryCode: (params.get('country') ?? '').toUpperCase(),
  };
}
