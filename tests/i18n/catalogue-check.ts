import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

type Catalogue = Record<string, string>;

/** "name:argument", "expires:date", "b:tag": what a text must keep in every language. */
function placeholders(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of elements) {
    switch (el.type) {
      case TYPE.argument:
        out.add(`${el.value}:text`);
        break;
      case TYPE.number:
        out.add(`${el.value}:number`);
        break;
      case TYPE.date:
      case TYPE.time:
        out.add(`${el.value}:date`);
        break;
      case TYPE.select:
      case TYPE.plural:
        out.add(`${el.value}:${el.type === TYPE.select ? 'select' : 'plural'}`);
        for (const option of Object.values(el.options)) placeholders(option.value, out);
        break;
      case TYPE.tag:
        out.add(`${el.value}:tag`);
        placeholders(el.children, out);
        break;
      default:
        break;
    }
  }
  return out;
}

/**
 * What is wrong with a translation, in words a translator can act on: a text missing or empty, a
 * text English no longer has, a placeholder missing or added, or a text that is not valid ICU.
 */
export function catalogueProblems(
  language: string,
  english: Catalogue,
  other: Catalogue,
): string[] {
  const problems: string[] = [];
  for (const [id, source] of Object.entries(english)) {
    const text = other[id];
    if (typeof text !== 'string' || text.trim() === '') {
      problems.push(`${language}: "${id}" has no translation.`);
      continue;
    }
    let theirs: Set<string>;
    try {
      theirs = placeholders(parse(text));
    } catch (e) {
      problems.push(`${language}: "${id}" is not a valid message (${(e as Error).message}).`);
      continue;
    }
    const ours = placeholders(parse(source));
    const missing = [...ours].filter((p) => !theirs.has(p));
    const extra = [...theirs].filter((p) => !ours.has(p));
    if (missing.length || extra.length) {
      problems.push(
        `${language}: "${id}" placeholders differ from English` +
          (missing.length ? `; missing {${missing.join('}, {')}}` : '') +
          (extra.length ? `; not in English {${extra.join('}, {')}}` : '') +
          '.',
      );
    }
  }
  for (const id of Object.keys(other)) {
    if (!(id in english)) problems.push(`${language}: "${id}" is not in the English catalogue.`);
  }
  return problems;
}
