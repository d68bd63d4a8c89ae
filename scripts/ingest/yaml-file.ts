// One way to read the YAML files a maintainer writes (source metadata, vocabulary, translations):
// syntax errors, aliases (an alias bomb) and lone surrogates are refused with the file, line and fix;
// schema errors find their line through `lineOf`.
import { isMap, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { SourceError } from './errors.ts';

export interface YamlFile {
  doc: Document;
  /** The file's value as plain data. */
  data: unknown;
  /** The line of the entry at `path`, or of the nearest entry above it; for a key not allowed, the key's line. */
  lineOf(path: readonly PropertyKey[], key?: string): number | null;
}

/** A UTF-16 surrogate without its pair (`"\ud800"`): no text can hold it, and the site's tools crash on it. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

type Ranged = { range?: readonly number[] | null } | null | undefined;

export function parseYamlFile(file: string, text: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const lineAt = (node: Ranged) => (node?.range ? lineCounter.linePos(node.range[0]!).line : null);
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new SourceError(file, lineCounter.linePos(e.pos[0]).line, `invalid YAML: ${e.message.split('\n')[0]}`, 'correct the YAML syntax');
  }
  // Checked on the syntax tree, before any alias is expanded: a few lines of aliases can expand to gigabytes.
  visit(doc, {
    Alias(_, node) {
      throw new SourceError(file, lineAt(node), `an alias (\`*${node.source}\`) repeats another entry`, 'write the value out in full: these files take no anchors or aliases');
    },
    Scalar(_, node) {
      if (typeof node.value === 'string' && LONE_SURROGATE.test(node.value)) {
        throw new SourceError(file, lineAt(node), 'the text holds a lone UTF-16 surrogate (an escape such as `\\ud800` without its pair)', 'write the character itself, or remove the escape');
      }
    },
  });
  const lineOf = (path: readonly PropertyKey[], key?: string) => {
    if (key !== undefined) {
      const parent = path.length ? doc.getIn(path as unknown[], true) : doc.contents;
      const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
      if (pair) return lineAt(pair.key as Ranged);
    }
    for (let n = path.length; n > 0; n--) {
      const line = lineAt(doc.getIn(path.slice(0, n) as unknown[], true) as Ranged);
      if (line !== null) return line;
    }
    return null;
  };
  return { doc, data: doc.toJS(), lineOf };
}
