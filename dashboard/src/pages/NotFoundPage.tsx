import { useIntl } from 'react-intl';
import { Link } from 'wouter';
import { PageTitle } from '../layout/PageTitle';
import { t } from '../i18n/message';

export default function NotFoundPage() {
  const intl = useIntl();
  return (
    <section data-not-found>
      <PageTitle page={intl.formatMessage({ id: 'notFound.title' })} />
      <h1>{t('notFound.title')}</h1>
      <p>
        {t('notFound.hint', {
          overview: (text) => <Link href="/">{text}</Link>,
          practices: (text) => <Link href="/practices">{text}</Link>,
        })}
      </p>
    </section>
  );
}
