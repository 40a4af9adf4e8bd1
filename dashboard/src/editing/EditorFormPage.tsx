import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { MessageId } from '../i18n/message-ids';
import { PageTitle } from '../layout/PageTitle';
import { EDITORS, RequireRole } from './RequireRole';
import './editor-forms.css';

/**
 * The page of an editors' form for a new record or an existing one: its title and heading, and
 * the form only for editors (others are told which role it needs).
 */
export function EditorFormPage({
  heading,
  requiredRole,
  children,
}: {
  heading: MessageId;
  requiredRole: MessageId;
  children: () => ReactNode;
}) {
  const intl = useIntl();
  return (
    <section className="ef-page">
      <PageTitle page={intl.formatMessage({ id: heading })} />
      <h1>
        <FormattedMessage id={heading} />
      </h1>
      <RequireRole roles={EDITORS} what={requiredRole}>
        {children}
      </RequireRole>
    </section>
  );
}
