import { useQuery } from 'urql';
import { Link } from 'wouter';
import { ErrorState, Loading } from '../../components/QueryState';
import { RequireRole, WRITERS } from '../../editing/RequireRole';
import { EditPractice } from './EditPractice';
import { NewPractice } from './NewPractice';
import { EditablePracticeQuery, PracticeFormOptionsQuery } from './queries';
import './practice-form.css';

/** `/practices/new` (no id) and `/practices/:id/edit`: for every account that writes practices. */
export default function PracticeFormPage({ id }: { id?: string }) {
  const heading = id === undefined ? 'New practice' : 'Edit practice';
  return (
    <section className="practice-form-page">
      <title>{`${heading} · Reintegration Atlas`}</title>
      <h1>{heading}</h1>
      <RequireRole roles={WRITERS} what={id === undefined ? 'write practices' : 'edit practices'}>
        {() => (id === undefined ? <NewPracticeLoader /> : <EditPracticeLoader id={id} />)}
      </RequireRole>
    </section>
  );
}

function NewPracticeLoader() {
  const [{ data, error }, reexecute] = useQuery({ query: PracticeFormOptionsQuery });
  if (error && !data) return <ErrorState error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading what="the form" />;
  return (
    <>
      <p className="lede">It is saved as a draft that only you and the editors see, until an editor publishes it.</p>
      <NewPractice options={data} />
    </>
  );
}

function EditPracticeLoader({ id }: { id: string }) {
  const [options, reexecuteOptions] = useQuery({ query: PracticeFormOptionsQuery });
  // Always the stored version: an edit based on a cached one would only meet a conflict.
  const [practice, reexecutePractice] = useQuery({
    query: EditablePracticeQuery,
    variables: { id },
    requestPolicy: 'network-only',
  });
  const error = (!options.data && options.error) || (!practice.data && practice.error);
  if (error) {
    return (
      <ErrorState
        error={error}
        retry={() => {
          reexecuteOptions({ requestPolicy: 'network-only' });
          reexecutePractice({ requestPolicy: 'network-only' });
        }}
      />
    );
  }
  if (!options.data || !practice.data) return <Loading what="the practice" />;
  const loaded = practice.data.practice;
  if (!loaded) {
    return (
      <p className="state state-empty">
        There is no practice at this address that you may edit. <Link href="/my-practices">Your practices</Link>
      </p>
    );
  }
  return (
    <>
      <p className="lede">
        <Link href={`/practices/${encodeURIComponent(loaded.id)}`}>{loaded.title}</Link>
      </p>
      <EditPractice key={loaded.id} practice={loaded} options={options.data} />
    </>
  );
}
