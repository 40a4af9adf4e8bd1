import { useIntl } from 'react-intl';
import { practiceStatuses } from '@atlas/shared';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { useAuth } from '../../auth/AuthProvider';
import { QueryState } from '../../components/QueryState';
import { descriptionOf, labelOf } from '../../components/Vocabulary';
import { EDITORS, RequireRole, WRITERS, type Role } from '../../editing/RequireRole';
import { plural } from '../../format';
import { formatDateRange } from '../../format';
import { StatusBadge } from '../../workflow/StatusBadge';
import { workflowActions } from '../../workflow/workflow-actions';
import { MY_PRACTICES_PAGE, MyPracticesQuery, type UnpublishedPractice } from './queries';
import './my-practices.css';

/** What needs the writer first: those sent back, then drafts, then those waiting for an editor. */
const GROUPS = ['REJECTED', 'DRAFT', 'IN_REVIEW'] as const;

/**
 * `/my-practices`: the practices not published yet. A contributor sees their own; an editor, every
 * contributor's (the API decides), so the page says which.
 */
export default function MyPracticesPage() {
  const { me } = useAuth();
  const editor = me ? EDITORS.includes(me.role) : false;
  const heading = editor ? 'Practices not published yet' : 'My practices';
  return (
    <section className="my-practices">
      <title>{`${heading} · Reintegration Atlas`}</title>
      <h1>{heading}</h1>
      <RequireRole roles={WRITERS} what="write practices">
        {(account) => <Unpublished role={account.role} />}
      </RequireRole>
    </section>
  );
}

function Unpublished({ role }: { role: Role }) {
  const editor = EDITORS.includes(role);
  const [result, reexecute] = useQuery({
    query: MyPracticesQuery,
    variables: { first: MY_PRACTICES_PAGE },
    requestPolicy: 'cache-and-network',
  });
  return (
    <>
      <p className="lede">
        {editor
          ? 'Every contributor’s practices that are not published yet, yours included: drafts, those waiting for review and those sent back.'
          : 'Your practices that are not published yet: drafts, those waiting for review and those sent back to you. Only you and the editors see them.'}
      </p>
      <p>
        <Link className="button" href="/practices/new">
          New practice
        </Link>
      </p>
      <QueryState what="practices" result={result} data={result.data?.practices} retry={reexecute}>
        {(practices) =>
          practices.nodes.length === 0 ? (
            <p className="state state-empty">
              {editor ? 'Every practice is published: nothing is waiting.' : 'You have no practice in progress.'}{' '}
              <Link href="/practices/new">Write a new practice</Link>.
            </p>
          ) : (
            <>
              {practices.totalCount > practices.nodes.length && (
                <p className="meta">
                  The {practices.nodes.length} most recently changed of{' '}
                  {plural(practices.totalCount, 'practice', 'practices')}.
                </p>
              )}
              {GROUPS.map((status) => (
                <StatusGroup
                  key={status}
                  status={status}
                  role={role}
                  practices={practices.nodes.filter((practice) => practice.status === status)}
                />
              ))}
            </>
          )
        }
      </QueryState>
    </>
  );
}

function StatusGroup({
  status,
  role,
  practices,
}: {
  status: (typeof GROUPS)[number];
  role: Role;
  practices: readonly UnpublishedPractice[];
}) {
  if (practices.length === 0) return null;
  const headingId = `my-practices-${status.toLowerCase()}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        {labelOf(practiceStatuses, status)} ({practices.length})
      </h2>
      <p className="meta">{descriptionOf(practiceStatuses, status)}</p>
      <ul className="my-practices-list">
        {practices.map((practice) => (
          <li key={practice.id} className="card">
            <PracticeItem practice={practice} role={role} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function PracticeItem({ practice, role }: { practice: UnpublishedPractice; role: Role }) {
  const { locale } = useIntl();
  const href = `/practices/${encodeURIComponent(practice.id)}`;
  return (
    <article>
      <h3>
        <Link href={href}>{practice.title}</Link>
      </h3>
      <p className="meta">
        <StatusBadge status={practice.status} /> {practice.country.name} · updated{' '}
        <time dateTime={practice.updatedAt}>{formatDateRange(locale, practice.updatedAt.slice(0, 10))}</time>
      </p>
      {practice.status === 'REJECTED' && practice.rejectionReason && (
        <p className="my-practices-reason">
          <strong>Why it was sent back:</strong> {practice.rejectionReason}
        </p>
      )}
      <p className="my-practices-links">
        <Link href={href}>
          View<span className="visually-hidden"> {practice.title}</span>
        </Link>
        {workflowActions(role, practice.status).has('edit') && (
          <Link href={`${href}/edit`}>
            Edit<span className="visually-hidden"> {practice.title}</span>
          </Link>
        )}
      </p>
    </article>
  );
}
