import fs from 'node:fs';
import path from 'node:path';

/**
 * The reference files cut into entries: a bullet with its sub-bullets, or a table row, with the
 * addresses of the sources it cites. A number of the seed is true when an entry of a source its
 * record cites states it; the same number under another source, or elsewhere in the file, does not
 * count.
 */
export interface ReferenceEntry {
  /** "asean-reintegration-facts.md:214", to find the entry. */
  at: string;
  /** The text that states the facts, without the addresses. */
  text: string;
}

export interface Reference {
  /** Every address the files give (as written, and without a trailing full stop or ellipsis). */
  urls: Set<string>;
  /** The entries of each address. */
  entriesOf: Map<string, ReferenceEntry[]>;
}

/** A copy of ../shared/reference/ (the research files), kept in the repository so CI reads it. */
export const REFERENCE_DIR = path.resolve(__dirname, '..', '..', '..', '..', 'src', 'bulk', 'seed', 'reference');

export const REFERENCE_FILES = ['asean-reintegration-facts.md', 'asean-reintegration-facts-additions.md'];

/** An address as the reference files write it. */
export const URL = /https?:\/\/[^\s\]|;"“”<>)]+/g;
/** "[source: same]", "[source: same NATLEX page]", "(same URL)", a table cell "same": the previous address. */
const SAME = /\[sources?: same\b|\(same URL\)|\|\s*same\s*\|/;
const BULLET = /^(\s*)(?:[-*]|\d+\.)\s+/;

interface Node {
  indent: number;
  lines: string[];
  firstLine: number;
  parent?: Node;
  children: Node[];
  urls: string[];
}

/** The address as the seed may copy it: without the full stop or ellipsis that ends a sentence. */
export function urlForms(url: string): string[] {
  const trimmed = url.replace(/[.,:]+$/, '');
  return trimmed === url ? [url] : [url, trimmed];
}

function urlsIn(text: string): string[] {
  return [...text.matchAll(URL)].map((m) => m[0]);
}

export function readReference(dir = REFERENCE_DIR, files = REFERENCE_FILES): Reference {
  const reference: Reference = { urls: new Set(), entriesOf: new Map() };
  for (const file of files) addFile(reference, file, fs.readFileSync(path.join(dir, file), 'utf8'));
  return reference;
}

function addEntry(reference: Reference, urls: string[], entry: ReferenceEntry): void {
  for (const url of urls) {
    for (const form of urlForms(url)) {
      reference.urls.add(form);
      const entries = reference.entriesOf.get(form) ?? [];
      entries.push(entry);
      reference.entriesOf.set(form, entries);
    }
  }
}

function addFile(reference: Reference, file: string, content: string): void {
  const lines = content.split('\n');
  const roots: Node[] = [];
  const stack: Node[] = [];
  let previousUrls: string[] = [];
  let table: { header: string; owner?: Node; previousUrls: string[] } | undefined;

  const ownUrls = (text: string): string[] => {
    const urls = urlsIn(text);
    if (urls.length) return urls;
    return SAME.test(text) ? previousUrls : [];
  };

  lines.forEach((line, index) => {
    const at = `${file}:${index + 1}`;
    if (/^\s*\|/.test(line)) {
      if (!table) {
        table = { header: line, owner: stack.at(-1), previousUrls: [] };
        return;
      }
      if (/^\s*\|[\s|:-]+\|\s*$/.test(line)) return; // |---|---|
      let urls = urlsIn(line);
      if (!urls.length && /\|\s*same\s*\|/.test(line)) urls = table.previousUrls;
      if (!urls.length && table.owner) urls = inheritedUrls(table.owner);
      if (urls.length) {
        table.previousUrls = urlsIn(line).length ? urls : table.previousUrls;
        addEntry(reference, urls, { at, text: stripUrls(`${table.header}\n${line}`) });
      }
      return;
    }
    table = undefined;
    if (/^\s*$/.test(line)) return;
    const bullet = BULLET.exec(line);
    if (!bullet) {
      const indent = /^\s*/.exec(line)![0].length;
      if (indent === 0 || /^#/.test(line.trim())) {
        stack.length = 0; // a heading or a paragraph ends the bullets above it
        return;
      }
      popTo(stack, indent);
      const owner = stack.at(-1);
      if (owner) {
        owner.lines.push(line);
        const urls = ownUrls(line);
        if (urls.length) {
          owner.urls.push(...urls);
          previousUrls = owner.urls;
        }
      }
      return;
    }
    const indent = bullet[1]?.length ?? 0;
    popTo(stack, indent);
    const parent = stack.at(-1);
    const node: Node = { indent, lines: [line], firstLine: index + 1, parent, children: [], urls: ownUrls(line) };
    if (urlsIn(line).length) previousUrls = node.urls;
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  });

  const visit = (node: Node) => {
    if (node.urls.length) {
      // The bullets above it give the facts under them their subject ("Named programme — Desmigratif,
      // since 2016"; "RA 11641 … created the DMW" above "The IRR is dated 4 Apr 2022").
      const context: string[] = [];
      for (let up = node.parent; up; up = up.parent) context.unshift(...up.lines);
      const text = [...context, ...subtree(node)].join('\n');
      addEntry(reference, node.urls, { at: `${file}:${node.firstLine}`, text: stripUrls(text) });
    }
    node.children.forEach(visit);
  };
  roots.forEach(visit);
}

/** Closes the bullets a line at this indent is not inside of. */
function popTo(stack: Node[], indent: number): void {
  while ((stack.at(-1)?.indent ?? -1) >= indent) stack.pop();
}

function subtree(node: Node): string[] {
  return [...node.lines, ...node.children.flatMap(subtree)];
}

function inheritedUrls(node: Node | undefined): string[] {
  for (let n = node; n; n = n.parent) if (n.urls.length) return n.urls;
  return [];
}

/** The numbers of an address (ids, dates in its path) are not facts of the entry. */
function stripUrls(text: string): string {
  return text.replace(URL, ' ');
}
