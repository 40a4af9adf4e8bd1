import { useCallback } from 'react';
import { textIn, type LocalizedTextValue, type TranslatedTextsValue } from '../components/localized-text';
import { usePageContentLanguage } from '../components/LocalizedText';

/** An indicator as figures name it, with its translations (the IndicatorName fragment). */
export interface NamedIndicator {
  code: string;
  name: string;
  unit: string;
  description?: string;
  translations?: readonly TranslatedTextsValue[] | null;
}

type IndicatorTexts = Record<'name' | 'unit' | 'description', LocalizedTextValue>;

/**
 * An indicator's name, unit and description in the page's language where translated, else in
 * English. The same function while the language stays, so that what is worked out from it can be kept.
 */
export function useIndicatorText(): (indicator: NamedIndicator) => IndicatorTexts {
  const page = usePageContentLanguage();
  return useCallback(
    (indicator) => ({
      name: textIn(page, indicator, 'name', indicator.name),
      unit: textIn(page, indicator, 'unit', indicator.unit),
      description: textIn(page, indicator, 'description', indicator.description ?? ''),
    }),
    [page],
  );
}

/**
 * An indicator's name, unit or description as the page shows it, marked with its language where that is not the
 * page's. Indicators' translations are labels the Atlas gives, so no note follows them (the
 * indicator's page says who translated it).
 */
export function IndicatorText({ indicator, field }: { indicator: NamedIndicator; field: keyof IndicatorTexts }) {
  const page = usePageContentLanguage();
  const text = useIndicatorText()(indicator)[field];
  return text.language === page ? text.text : <span lang={text.language}>{text.text}</span>;
}
