import { FormattedMessage, useIntl } from 'react-intl';
import { EDITORS, RequireRole } from '../../editing/RequireRole';
import { PageTitle } from '../../layout/PageTitle';
import { EditProgram } from './EditProgram';
import { NewProgram } from './NewProgram';
import '../../editing/editor-forms.css';

/** `/programs/new` and `/programs/:id/edit`: every field of a programme, for editors. */
export default function ProgramFormPage({ id }: { id?: string }) {
  const intl = useIntl();
  const heading = id ? 'programForm.edit' : 'programForm.new';
  return (
    <section className="ef-page">
      <PageTitle page={intl.formatMessage({ id: heading })} />
      <h1>
        <FormattedMessage id={heading} />
      </h1>
      <RequireRole roles={EDITORS} what={id ? 'programForm.edit.requiredRole' : 'programForm.new.requiredRole'}>
        {() => (id ? <EditProgram id={id} /> : <NewProgram />)}
      </RequireRole>
    </section>
  );
}
