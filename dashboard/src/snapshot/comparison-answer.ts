import { arrangeComparison, normalCountryCode, type SnapshotManifest } from '@atlas/shared';
import type { ComparisonData } from '../pages/compare/queries';
import type { AnswerBody } from './snapshot-answers';
import { notInSnapshot, snapshotFile } from './snapshot-answers';

/**
 * The `Comparison` of any selection of member states, taken from the snapshot's comparison of all
 * of them by the rule the server arranges its own answers by (`arrangeComparison`). Null for any
 * other operation.
 */
export async function comparisonAnswer(
  snapshot: SnapshotManifest,
  operationName: string,
  variables: Record<string, unknown>,
): Promise<AnswerBody | null> {
  if (operationName !== 'Comparison') return null;
  if (!snapshot.comparison) return notInSnapshot('The comparison is not in this snapshot.');
  const all = await snapshotFile<{ data: ComparisonData }>(`snapshot/${snapshot.comparison}`);
  const codes = [...new Set((variables.codes as string[] | undefined) ?? [])].map(normalCountryCode);
  const held = new Set(all.data.compareCountries.countries.map((country) => country.code));
  const unknown = codes.filter((code) => !held.has(code));
  if (codes.length === 0 || unknown.length > 0) {
    return {
      errors: [
        {
          message: codes.length
            ? `unknown country codes: ${unknown.join(', ')}`
            : 'give between 1 and 11 country codes',
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    };
  }
  return { data: { compareCountries: arrangeComparison(all.data.compareCountries, codes) } };
}
