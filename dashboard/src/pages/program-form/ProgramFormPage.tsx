import { EDITORS, RequireRole } from '../../editing/RequireRole';
import { EditProgram } from './EditProgram';
import { NewProgram } from './NewProgram';
import '../../editing/editor-forms.css';

/** `/programs/new` and `/programs/:id/edit`: every field of a programme, for editors. */
export default function ProgramFormPage({ id }: { id?: string }) {
  return (
    <section className="ef-page">
      <title>{id ? 'Edit programme · Reintegration Atlas' : 'New programme · Reintegration Atlas'}</title>
      <h1>{id ? 'Edit programme' : 'New programme'}</h1>
      <RequireRole roles={EDITORS} what={id ? 'edit programmes' : 'add programmes'}>
        {() => (id ? <EditProgram id={id} /> : <NewProgram />)}
      </RequireRole>
    </section>
  );
}
