import {
  isLiteralElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';
import type { Catalog } from './catalogs';

const PLAIN = 'abcdefghijklmnopqrstuvwxyz';
const ACCENTS = [...'àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýž'];
const ACCENTED: Record<string, string> = Object.fromEntries(
  [...PLAIN].flatMap((letter, index) => [
    [letter, ACCENTS[index]!],
    [letter.toUpperCase(), ACCENTS[index]!.toUpperCase()],
  ]),
);

/** Each word accented and a third longer, so that lines still break between words as a real language's do. */
export function pseudoText(text: string): string {
  return text.replace(
    /[a-zA-Z]+/g,
    (word) => `${word.replace(/[a-zA-Z]/g, (letter) => ACCENTED[letter]!)}${'·'.repeat(Math.ceil(word.length * 0.3))}`,
  );
}

function pseudoElements(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (isLiteralElement(element)) return { ...element, value: pseudoText(element.value) };
    if (isTagElement(element)) return { ...element, children: pseudoElements(element.children) };
    if (isPluralElement(element) || isSelectElement(element)) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([key, option]) => [
          key,
          { ...option, value: pseudoElements(option.value) },
        ]),
      );
      return { ...element, options } as MessageFormatElement;
    }
    return element;
  });
}

/** The catalog of the pseudo-language (locales.ts), made from the English one. */
export function pseudoCatalog(english: Catalog): Catalog {
  return Object.fromEntries(Object.entries(english).map(([id, message]) => [id, pseudoElements(message)])) as Catalog;
}
