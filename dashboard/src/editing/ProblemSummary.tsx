import { useEffect, useRef } from 'react';
import { FormattedMessage } from 'react-intl';
import { fieldId, type MutationProblems } from './mutation-problems';
import { useProblemText } from './problem-text';

/** An input path in words: `input.sources[0].url` → "sources 1 › url". */
export function describePath(path: string): string {
  return path
    .replace(/^input\./, '')
    .replace(/\[(\d+)\]/g, (_, index: string) => ` ${Number(index) + 1}`)
    .split('.')
    .join(' › ');
}

/**
 * What stopped the last save, at the top of the form: the message for the whole form, and each
 * field problem linking to its field. It takes the focus, so keyboard and screen-reader users hear it.
 */
export function ProblemSummary({
  problems,
  labels = {},
}: {
  problems: MutationProblems;
  labels?: Record<string, string>;
}) {
  const text = useProblemText();
  const box = useRef<HTMLDivElement>(null);
  const paths = Object.keys(problems.fields);
  const shown = paths.length > 0 || problems.message !== null;
  // Keyed on the content, not the object: a form re-rendering as the user types must not take the focus back.
  const signature = JSON.stringify(problems);
  useEffect(() => {
    if (shown) box.current?.focus();
  }, [signature, shown]);
  if (!shown) return null;
  return (
    <div className="problem-summary" role="alert" tabIndex={-1} ref={box}>
      <p>
        <FormattedMessage id={paths.length > 0 ? 'editing.problems.correctFields' : 'editing.problems.nothingSaved'} />
      </p>
      {problems.message && <p>{text.form(problems)}</p>}
      {paths.length > 0 && (
        <ul>
          {paths.map((path) => (
            <li key={path}>
              <a href={`#${fieldId(path)}`}>{labels[path] ?? describePath(path)}</a>:{' '}
              {text.field(problems.fields[path] ?? '')}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
