import { useIntl } from 'react-intl';

/** The page's `<title>` (React hoists it into `<head>`): `page`, then the Atlas's name in the page's language. */
export function PageTitle({ page }: { page: string }) {
  const intl = useIntl();
  return <title>{intl.formatMessage({ id: 'layout.pageTitle' }, { page })}</title>;
}
