import { fieldChanges } from './revision-diff';
import { describeValue, fieldLabel } from './snapshot-value';
import { valueLabel } from './vocabulary-labels';

/** The fields one revision changed, each as old → new. */
export function RevisionChanges({ before, after, id }: { before: unknown; after: unknown; id: string }) {
  const changes = fieldChanges(before, after);
  if (changes.length === 0) {
    return (
      <p className="history-no-changes" id={id}>
        No field changed.
      </p>
    );
  }
  return (
    <dl className="history-changes" id={id}>
      {changes.map((change) => (
        <div key={change.field}>
          <dt>{fieldLabel(change.field)}</dt>
          <dd>
            <del>{describeValue(change.before, 80, (text) => valueLabel(change.field, text))}</del>
            <span aria-label="changed to"> → </span>
            <ins>{describeValue(change.after, 80, (text) => valueLabel(change.field, text))}</ins>
          </dd>
        </div>
      ))}
    </dl>
  );
}
