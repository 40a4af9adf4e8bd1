import fs from 'node:fs';
import path from 'node:path';
import type { SeedData } from '../seed-schema';
import { REFERENCE_DIR, REFERENCE_FILES, URL, urlForms } from './reference-entries';

/**
 * Weak sources: the reference files flag blogs, reposts and document mirrors "(weak)", "(weak
 * mirror)" or "(blog, weak)" just before their address ("— The Sail blog reposting Malay Mail (weak)
 * — https://…"). A seed source is `weak: true` exactly when an entry flags its address so.
 */

/** The flag, in brackets of its own: "(weak)", "(weak mirror)", "(blog, weak)"; not "weakest" or "targeting weak". */
const WEAK_FLAG = /\((?:[^()]*,\s*)?weak(?:\s+mirror)?\)/i;
/** What parts the citation of one source from the text before it: "—" between fields, "|" between table cells. */
const FIELD_BREAK = /\s[—–]\s|\|/g;

/** Each address the reference files flag weak, with where ("asean-reintegration-facts-additions.md:136"). */
export function weakAddresses(dir = REFERENCE_DIR, files = REFERENCE_FILES): Map<string, string[]> {
  const weak = new Map<string, string[]>();
  for (const file of files) {
    const lines = fs.readFileSync(path.join(dir, file), 'utf8').split('\n');
    lines.forEach((line, index) => {
      let end = 0;
      let previousWeak = false;
      for (const match of line.matchAll(URL)) {
        const before = line.slice(end, match.index).replace(/[\s—–|]+$/, '');
        end = match.index + match[0].length;
        // "URL; URL": the second address shares the citation of the first.
        const citation = before.split(FIELD_BREAK).at(-1) ?? '';
        const flagged: boolean = /^[\s;,]*(?:and)?[\s;,]*$/.test(citation) ? previousWeak : WEAK_FLAG.test(citation);
        previousWeak = flagged;
        if (!flagged) continue;
        for (const url of urlForms(match[0])) {
          weak.set(url, [...(weak.get(url) ?? []), `${file}:${index + 1}`]);
        }
      }
    });
  }
  return weak;
}

/**
 * Where the seed's `weak` and the reference files' flags differ, one line per source, naming its key
 * and what to change in sources.yaml.
 */
export function weakSourceProblems(sources: SeedData['sources'], weak: Map<string, string[]>): string[] {
  const problems: string[] = [];
  sources.forEach((source, index) => {
    const flaggedAt = weak.get(source.url);
    const where = `sources.yaml, record ${index + 1} (${source.key})`;
    if (flaggedAt && source.weak !== true) {
      problems.push(
        `${where}: mark it \`weak: true\`: the reference flags ${source.url} weak at ${flaggedAt.join(', ')}`,
      );
    }
    if (!flaggedAt && source.weak === true) {
      problems.push(`${where}: remove \`weak: true\`: no entry of the reference flags ${source.url} weak`);
    }
  });
  return problems;
}
