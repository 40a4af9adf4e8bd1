import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { PageTitle } from '../layout/PageTitle';

export default function NotFoundPage() {
  const intl = useIntl();
  return (
    <section>
      <PageTitle page={intl.formatMessage({ id: 'notFound.title' })} />
      <h1>
        <FormattedMessage id="notFound.title" />
      </h1>
      <p>
        <FormattedMessage
          id="notFound.hint"
          values={{
            overview: (text) => <Link href="/">{text}</Link>,
            practices: (text) => <Link href="/practices">{text}</Link>,
          }}
        />
      </p>
    </section>
  );
}
