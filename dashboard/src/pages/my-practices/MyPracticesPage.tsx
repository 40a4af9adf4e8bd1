import { FormattedMessage, useIntl } from 'react-intl';
import { practiceStatuses } from '@atlas/shared';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { useAuth } from '../../auth/AuthProvider';
import { QueryState } from '../../components/QueryState';
import { useCountryName } from '../../components/country-name';
import { useVocabulary } from '../../components/Vocabulary';
import { EDITORS, RequireRole, WRITERS, type Role } from '../../editing/RequireRole';
import { PageTitle } from '../../layout/PageTitle';
import { formatDateRange } from '../../format';
import { StatusBadge } from '../../workflow/StatusBadge';
import { workflowActions } from '../../workflow/workflow-actions';
import { MY_PRACTICES_PAGE, MyPracticesQuery, type UnpublishedPractice } from './queries';
import './my-practices.css';
import { t } from '../../i18n/message';

/** What needs the writer first: those sent back, then drafts, then those waiting for an editor. */
const GROUPS = ['REJECTED', 'DRAFT', 'IN_REVIEW'] as const;

/**
 * `/my-practices`: the practices not published yet. A contributor sees their own; an editor, every
 * contributor's (the API decides), so the page says which.
 */
export default function MyPracticesPage() {
  const intl = useIntl();
  const { me } = useAuth();
  const editor = me ? EDITORS.includes(me.role) : false;
  const heading = intl.formatMessage({ id: editor ? 'myPractices.heading.editor' : 'myPractices.heading' });
  return (
    <section className="my-practices">
      <PageTitle page={heading} />
      <h1>{heading}</h1>
      <RequireRole roles={WRITERS} what="myPractices.what">
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
        <FormattedMessage id={editor ? 'myPractices.lede.editor' : 'myPractices.lede'} />
      </p>
      <p>
        <Link className="button" href="/practices/new">
          {t('myPractices.new')}
        </Link>
      </p>
      <QueryState what="what.practices" result={result} data={result.data?.practices} retry={reexecute}>
        {(practices) =>
          practices.nodes.length === 0 ? (
            <p className="state state-empty">
              <FormattedMessage
                id={editor ? 'myPractices.empty.editor' : 'myPractices.empty'}
                values={{ link: (chunks) => <Link href="/practices/new">{chunks}</Link> }}
              />
            </p>
          ) : (
            <>
              {practices.totalCount > practices.nodes.length && (
                <p className="meta">
                  {t('myPractices.shown', { shown: practices.nodes.length, count: practices.totalCount })}
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
  const { labelOf, descriptionOf } = useVocabulary();
  if (practices.length === 0) return null;
  const headingId = `my-practices-${status.toLowerCase()}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('myPractices.group', { status: labelOf(practiceStatuses, status), count: practices.length })}
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
  const countryName = useCountryName();
  const href = `/practices/${encodeURIComponent(practice.id)}`;
  return (
    <article>
      <h3>
        <Link href={href}>{practice.title}</Link>
      </h3>
      <p className="meta">
        <StatusBadge status={practice.status} />{' '}
        {t('myPractices.updated', {
          country: countryName(practice.country),
          date: <time dateTime={practice.updatedAt}>{formatDateRange(locale, practice.updatedAt.slice(0, 10))}</time>,
        })}
      </p>
      {practice.status === 'REJECTED' && practice.rejectionReason && (
        <p className="my-practices-reason">
          <strong>{t('myPractices.whySentBack')}</strong> {practice.rejectionReason}
        </p>
      )}
      <p className="my-practices-links">
        <Link href={href}>
          {t('myPractices.view', {
            title: practice.title,
            hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
          })}
        </Link>
        {workflowActions(role, practice.status).has('edit') && (
          <Link href={`${href}/edit`}>
            {t('myPractices.edit', {
              title: practice.title,
              hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
            })}
          </Link>
        )}
      </p>
    </article>
  );
}
