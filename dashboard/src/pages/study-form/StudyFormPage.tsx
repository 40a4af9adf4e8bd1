import { FormattedMessage, useIntl } from 'react-intl';
import { EDITORS, RequireRole } from '../../editing/RequireRole';
import { PageTitle } from '../../layout/PageTitle';
import { EditStudy } from './EditStudy';
import { NewStudy } from './NewStudy';
import '../../editing/editor-forms.css';

/**
 * `/studies/new` and `/studies/:id/edit` (each with `?program=ID`, `?practice=ID` or `?country=CODE`, the page it was
 * reached from): every field of a study, for editors.
 */
export default function StudyFormPage({ id }: { id?: string }) {
  const intl = useIntl();
  const heading = id ? 'studyForm.edit' : 'studyForm.new';
  return (
    <section className="ef-page">
      <PageTitle page={intl.formatMessage({ id: heading })} />
      <h1>
        <FormattedMessage id={heading} />
      </h1>
      <RequireRole roles={EDITORS} what={id ? 'studyForm.edit.requiredRole' : 'studyForm.new.requiredRole'}>
        {() => (id ? <EditStudy id={id} /> : <NewStudy />)}
      </RequireRole>
    </section>
  );
}
