import { useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { Empty, QueryState } from '../../components/QueryState';
import { EDITORS, RequireRole } from '../../editing/RequireRole';
import { PageTitle } from '../../layout/PageTitle';
import { CountryEditor } from './CountryEditor';
import { CountryEditQuery } from './queries';
import '../../editing/editor-forms.css';
import { t } from '../../i18n/message';

/** `/countries/:code/edit`: a member state's entry and its laws and policies, for editors. */
export default function CountryFormPage({ code }: { code: string }) {
  const intl = useIntl();
  return (
    <section className="ef-page">
      <PageTitle page={intl.formatMessage({ id: 'countryForm.title' }, { code: code.toUpperCase() })} />
      <h1>{t('countryForm.heading')}</h1>
      <RequireRole roles={EDITORS} what="countryForm.requiredRole">
        {() => <EditCountry code={code.toUpperCase()} />}
      </RequireRole>
    </section>
  );
}

/** The entry as it is now (never from the cache: its version must be the latest). */
function EditCountry({ code }: { code: string }) {
  const [result, reexecute] = useQuery({
    query: CountryEditQuery,
    variables: { code },
    requestPolicy: 'network-only',
  });
  if (result.data && result.data.country === null) {
    return <Empty>{t('countryForm.notFound', { code, overview: (chunks) => <Link href="/">{chunks}</Link> })}</Empty>;
  }
  return (
    <QueryState what="countryForm.what" result={result} data={result.data?.country} retry={reexecute}>
      {(country) => <CountryEditor country={country} />}
    </QueryState>
  );
}
