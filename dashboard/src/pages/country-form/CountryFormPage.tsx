import { useQuery } from 'urql';
import { Link } from 'wouter';
import { Empty, QueryState } from '../../components/QueryState';
import { EDITORS, RequireRole } from '../../editing/RequireRole';
import { CountryEditor } from './CountryEditor';
import { CountryEditQuery } from './queries';
import '../../editing/editor-forms.css';

/** `/countries/:code/edit`: a member state's entry and its laws and policies, for editors. */
export default function CountryFormPage({ code }: { code: string }) {
  return (
    <section className="ef-page">
      <title>{`Edit country entry ${code.toUpperCase()} · Reintegration Atlas`}</title>
      <h1>Edit country entry</h1>
      <RequireRole roles={EDITORS} what="edit country entries">
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
    return (
      <Empty>
        “{code}” is not the code of an ASEAN member state in the Atlas. <Link href="/">Back to the overview</Link>.
      </Empty>
    );
  }
  return (
    <QueryState what="country entry" result={result} data={result.data?.country} retry={reexecute}>
      {(country) => <CountryEditor country={country} />}
    </QueryState>
  );
}
