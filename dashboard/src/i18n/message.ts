import { createElement, type ComponentProps, type ReactElement } from 'react';
import { FormattedMessage } from 'react-intl';
import type { MessageId } from './message-ids';

/**
 * `{t('practices.title')}`: a message of the page's language in markup, the one-line form of
 * `<FormattedMessage id="practices.title" />` (the same element, values and tags included). Where a
 * string is needed (an attribute, an option's text), `useIntl().formatMessage({ id })`.
 */
export function t(id: MessageId, values?: ComponentProps<typeof FormattedMessage>['values']): ReactElement {
  return createElement(FormattedMessage, { id, values });
}
