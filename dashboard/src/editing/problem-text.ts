import { REQUIRED } from '@atlas/shared/rules';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../i18n/message-ids';
import type { CodedProblem, MutationProblems } from './mutation-problems';
import { useUnitName } from './unit-names';

/** The whole-form problems a page can say in any language, by their code (MutationProblems' `code`). */
const FORM_PROBLEMS: Readonly<Record<string, MessageId>> = {
  OFFLINE: 'problems.offline',
  UNAUTHENTICATED: 'problems.unauthenticated',
  FORBIDDEN: 'problems.forbidden',
  NOT_FOUND: 'problems.notFound',
  RATE_LIMITED: 'problems.rateLimited',
};

const EMPTY: CodedProblem = { message: REQUIRED, code: 'REQUIRED', values: {} };

/**
 * The problems of a save in the page's language. The API and the shared rules write them in English,
 * more precisely than a code says ("A contributor may not do this (publish)."): an English page shows
 * them as written; another language says each by its code (a whole-form problem by the API's error
 * code, a field's by the code and values of the rule or the API, as `problems.<code>` of the
 * catalog), and a problem whose code it has no message for as written.
 */
export function useProblemText() {
  const intl = useIntl();
  const unitName = useUnitName();
  return useMemo(() => {
    const english = intl.locale === 'en';
    /**
     * The problem of one field: `message` as written, or said by the code of `coded` when that is
     * what it codes (a form may have rewritten the message, naming a line of a field); a message
     * without a code is said by its code only when it is the rules' REQUIRED.
     */
    const field = (message: string, coded: CodedProblem | undefined = message === REQUIRED ? EMPTY : undefined) => {
      const id = `problems.${coded?.code ?? ''}`;
      if (english || coded?.message !== message || !Object.hasOwn(intl.messages, id)) return message;
      const { unit } = coded.values;
      const values = typeof unit === 'string' ? { ...coded.values, unit: unitName(unit) } : coded.values;
      return intl.formatMessage({ id: id as MessageId }, values);
    };
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
      field,
      /** The problem of the field at `path`, if it has one. */
      at(problems: Pick<MutationProblems, 'fields' | 'codes'>, path: string): string | undefined {
        const found = problems.fields[path];
        return found === undefined ? undefined : field(found, problems.codes?.[path]);
      },
    };
  }, [intl, unitName]);
}
