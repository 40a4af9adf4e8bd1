import { useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { ErrorState, Loading } from '../../components/QueryState';
import { PageTitle } from '../../layout/PageTitle';
import { RequireRole, WRITERS } from '../../editing/RequireRole';
import { EditPractice } from './EditPractice';
import { NewPractice } from './NewPractice';
import { EditablePracticeQuery, PracticeFormOptionsQuery } from './queries';
import './practice-form.css';
import { t } from '../../i18n/message';

/** `/practices/new` (no id) and `/practices/:id/edit`: for every account that writes practices. */
export default function PracticeFormPage({ id }: { id?: string }) {
  const intl = useIntl();
  const heading = intl.formatMessage({
    id: id === undefined ? 'practiceForm.new.heading' : 'practiceForm.edit.heading',
  });
  return (
    <section className="practice-form-page">
      <PageTitle page={heading} />
      <h1>{heading}</h1>
      <RequireRole roles={WRITERS} what={id === undefined ? 'practiceForm.new.what' : 'practiceForm.edit.what'}>
        {() => (id === undefined ? <NewPracticeLoader /> : <EditPracticeLoader id={id} />)}
      </RequireRole>
    </section>
  );
}

function NewPracticeLoader() {
  const [{ data, error }, reexecute] = useQuery({ query: PracticeFormOptionsQuery });
  if (error && !data) return <ErrorState error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading what="practiceForm.loading.form" />;
  return (
    <>
      <p className="lede">{t('practiceForm.new.lede')}</p>
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
  if (!options.data || !practice.data) return <Loading what="practiceForm.loading.practice" />;
  const loaded = practice.data.practice;
  if (!loaded) {
    return (
      <p className="state state-empty">
        {t('practiceForm.edit.notFound', { link: (chunks) => <Link href="/my-practices">{chunks}</Link> })}
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
