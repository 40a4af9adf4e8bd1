import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { CombinedError } from 'urql';
import { t } from '../i18n/message';
import type { MessageId } from '../i18n/message-ids';

/** `what`: the message that names what is loading, as it reads after "Loading" ("practices", "the Atlas"). */
export function Loading({ what }: { what: MessageId }) {
  const intl = useIntl();
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      {t('state.loading', { what: intl.formatMessage({ id: what }) })}
    </p>
  );
}

export function ErrorState({ error, retry }: { error: CombinedError; retry?: () => void }) {
  const offline = error.networkError !== undefined;
  const reasons = error.graphQLErrors.map((e) => e.message).join('; ');
  // A snapshot answers what it does not hold with NOT_IN_SNAPSHOT (snapshot/snapshot-answers.ts).
  const notInSnapshot = error.graphQLErrors.some((e) => e.extensions.code === 'NOT_IN_SNAPSHOT');
  return (
    <div className="state state-error" role="alert">
      <p>{offline ? t('state.offline') : t(notInSnapshot ? 'state.notInSnapshot' : 'state.failed', { reasons })}</p>
      {retry && (
        <button type="button" onClick={retry}>
          {t('state.tryAgain')}
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state state-empty">{children}</p>;
}

/**
 * Renders the loading, error or empty state of a query (`result`, useQuery's first value), or its data.
 * Try again calls `retry` (useQuery's reexecute, or a page's own refresh) to ask the API, not the cache.
 * `what`: the message that names the record.
 */
export function QueryState<T>({
  what,
  result: { fetching, error },
  data,
  retry,
  children,
}: {
  what: MessageId;
  result: { fetching: boolean; error?: CombinedError };
  data: T | null | undefined;
  retry?: (context: { requestPolicy: 'network-only' }) => void;
  children: (data: T) => ReactNode;
}) {
  if (error && !data)
    return <ErrorState error={error} retry={retry && (() => retry({ requestPolicy: 'network-only' }))} />;
  if (data === undefined || (fetching && !data)) return <Loading what={what} />;
  if (data === null) return <NotFound what={what} />;
  return <>{children(data)}</>;
}

function NotFound({ what }: { what: MessageId }) {
  const intl = useIntl();
  return (
    <p className="state state-empty" data-not-found>
      {t('state.notFound', { what: intl.formatMessage({ id: what }) })}
    </p>
  );
}
