import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';

export function Loading({ what }: { what: string }) {
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function ErrorState({ error, retry }: { error: CombinedError; retry?: () => void }) {
  const offline = error.networkError !== undefined;
  return (
    <div className="state state-error" role="alert">
      <p>
        {offline
          ? 'The Atlas could not be reached. Check the connection and try again.'
          : `The Atlas could not answer: ${error.graphQLErrors.map((e) => e.message).join('; ')}`}
      </p>
      {retry && (
        <button type="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state state-empty">{children}</p>;
}

/** Renders the loading, error or empty state of a query, or its data. */
export function QueryState<T>({
  what,
  fetching,
  error,
  data,
  retry,
  children,
}: {
  what: string;
  fetching: boolean;
  error?: CombinedError;
  data: T | null | undefined;
  retry?: () => void;
  children: (data: T) => ReactNode;
}) {
  if (error && !data) return <ErrorState error={error} retry={retry} />;
  if (data === undefined || (fetching && !data)) return <Loading what={what} />;
  if (data === null) return <Empty>Nothing found: this {what} does not exist, or is not published.</Empty>;
  return <>{children(data)}</>;
}
