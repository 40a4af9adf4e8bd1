import { REQUIRED } from '@atlas/shared/rules';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../i18n/message-ids';
import type { MutationProblems } from './mutation-problems';

/** The whole-form problems a page can say in any language, by their code (MutationProblems' `code`). */
const FORM_PROBLEMS: Readonly<Record<string, MessageId>> = {
  OFFLINE: 'problems.offline',
  UNAUTHENTICATED: 'problems.unauthenticated',
  FORBIDDEN: 'problems.forbidden',
  NOT_FOUND: 'problems.notFound',
  RATE_LIMITED: 'problems.rateLimited',
};

/**
 * The problems of a save in the page's language. The API and the shared rules write them in English,
 * more precisely than a code says ("A contributor may not do this (publish)."): an English page shows
 * them as written; another language says each by its code (a whole-form problem by the API's error
 * code, a field left empty by the rules' REQUIRED), and the rest as written until the rules give codes.
 */
export function useProblemText() {
  const intl = useIntl();
  return useMemo(() => {
    const english = intl.locale === 'en';
    return {
      /**
       * The problem of the whole form, or null when there is none; `own` names what a code means on
       * this page (UNAUTHENTICATED when signing in: a wrong password).
       */
      form(
        problems: Pick<MutationProblems, 'message' | 'code'>,
        own: Readonly<Record<string, MessageId>> = {},
      ): string | null {
        if (problems.message === null) return null;
        const code = problems.code ?? '';
        const id = code === 'OFFLINE' || !english ? (own[code] ?? FORM_PROBLEMS[code]) : undefined;
        return id ? intl.formatMessage({ id }) : problems.message;
      },
      /** The problem of one field. */
      field(message: string): string {
        return message === REQUIRED && !english ? intl.formatMessage({ id: 'problems.required' }) : message;
      },
    };
  }, [intl]);
}
