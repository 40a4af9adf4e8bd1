import { restoreCountry } from '../countries/country-restorer';
import { removeCountryStatistic, restoreCountryStatistic } from '../countries/country-statistic-restorer';
import type { Restorers } from '../history/restorers';
import { restoreOutcome } from '../outcomes/outcome-restorer';
import { restorePractice } from '../practices/practice-restorer';
import { restoreProgram } from '../programs/program-restorer';
import { restoreStudy } from '../studies/study-restorer';
import { removeTranslationRecord, restoreTranslation } from '../translations/translation-restorer';

/**
 * Every kind of record `restoreRevision` can bring back, by entity type: a kind missing here
 * answers "cannot be restored". Removal (undoing a creation) only where a kind can be deleted.
 */
export const RESTORERS: Restorers = new Map([
  ['Country', { restore: restoreCountry }],
  ['CountryStatistic', { restore: restoreCountryStatistic, remove: removeCountryStatistic }],
  ['Outcome', { restore: restoreOutcome }],
  ['Practice', { restore: restorePractice }],
  ['ReintegrationProgram', { restore: restoreProgram }],
  ['Study', { restore: restoreStudy }],
  ['Translation', { restore: restoreTranslation, remove: removeTranslationRecord }],
]);
