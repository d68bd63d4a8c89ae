// Public types of the ingest pipeline: every stage takes and returns these shapes.
import type { SourceMeta } from './metadata.ts';

/** One line of a source text, numbered from 1 as an editor shows it. */
export interface Line {
  n: number;
  text: string;
  /** The line opened with an icon glyph, which the layout prints before titles only (`🏆 暖心提供…`); the glyph is removed. */
  icon?: true;
  /** The line was printed one character a line and rejoined (`統`/`籌`/`協`/`同`): a diagram's vertical label. */
  vertical?: true;
  /** The words the line prints in bold at its start, after a list's mark (`**新一代移动通信**：…`): a lead-in. */
  lead?: string;
  /** A photo's caption split off the end of the paragraph line it was printed on: never a heading. */
  caption?: true;
  /** The first line after the running navigation the layout prints on each page: the top of a page, so
   *  the blank lines before the navigation end the page before and say nothing of its own spacing. The
   *  value is the page's own spacing: the blank lines printed between the navigation and this line. */
  pageTop?: { blanks: number };
}

/** A source file after reading and decoding: the unit a maintainer adds. */
export interface Source {
  id: string;
  file: string;
  meta: SourceMeta;
  text: string;
  /** Unprintable characters dropped from the metadata's text, by class (none: absent). */
  metaRemoved?: RemovalLog;
}

/** Characters removed by one artifact class, with a few examples for the build report. */
export interface Removal {
  chars: number;
  count: number;
  samples: string[];
}

export type RemovalLog = Record<string, Removal>;

export type Block =
  | {
      type: 'heading';
      text: string;
      line: number;
      id: string;
      /** Depth in the document's outline (3, 4) where the layout says it. */
      depth?: number;
      /** The bullet a heading was printed with (`● 内控工作机制有序运营`), left out: counted as list-marker. */
      marker?: string;
    }
  | {
      type: 'paragraph';
      text: string;
      line: number;
      /** Stable anchor (`p-…`), set by output/anchors.ts. */
      id?: string;
      /** Its bold lead-in, the words it opens with. */
      lead?: string;
      /** A figure's or table's caption, its credit (`来源：…`), a page's note or a back cover, set apart from the text in smaller type (collection/captions.ts, page-notes.ts). */
      caption?: true;
      /** The number label a caption opens with (`图3`), its digits apart from the words after them. */
      captionLabel?: string;
      /** A filing's note numbered under one label (`注：1.…`, then `2.…`): its number, which markers in the text before it point to. */
      noteNumber?: number;
      /** The break before it is the ingest's, not the source's: a long run of the one-line collection cut at a sentence's end (collection/documents.ts). */
      guessedBreak?: true;
    }
  | {
      type: 'list';
      items: string[];
      line: number;
      /** The bullet the source printed, dropped from the items (empty where each item keeps its printed number, `[1]`). */
      marker: string;
      /** Bold lead-ins its items open with (an item opening with one prints it in bold). */
      leads?: string[];
    }
  | {
      type: 'table';
      rows: string[][];
      line: number;
      /** Source line of each row. */
      rowLines: number[];
      /** Bullets printed before list items that became a cell's text (a table printed as text), left out: counted as list-marker. */
      markers?: string[];
      /** The header row printed again where the table goes on after a page break, left out: counted as repeated-header. */
      repeatedHeaders?: string[];
      /** A glossary read back into a table (collection/glossary.ts): its long English names may wrap anywhere. */
      glossary?: true;
      /** A header of two rows the reader flattened: the names printed once over two columns each (`2020年`), repeated before each column's own; counted as column-header added. */
      spanned?: string[];
      /** Its first row names the columns, as the reader that found it knows (a key-figures table's `本报告期比上年同期增减变动幅度(%)` is long for a name). */
      named?: true;
      /** Rows that name the columns again for the rows below them (`本报告期（1-6月）上年同期`), by their index in `rows`. */
      namesAgain?: number[];
      /** Columns whose cell is printed once over the rows below it that leave theirs empty (a level of legal force over its documents): it spans them. */
      mergedDown?: number[];
    }
  /** A key-figure callout: a label, a number and a unit printed on successive lines. */
  | {
      type: 'figure';
      label: string;
      value: string;
      unit: string;
      line: number;
      /** Words of the label printed after the unit (`建成超 38 萬個5G基站`: `5G基站`); the label is `label` then these. */
      labelAfter?: string;
      /** Brackets the label printed its unit in (`員工總數（人）`), left out: counted as unit-brackets. */
      brackets?: string;
      /** One of a row of figures under one label (`5個縣、47個鄉鎮`), after the first: the label is printed once, with the first. */
      sharesLabel?: true;
      /** What the row printed between this figure and the one before it (`、`), or after it before the next (`760億，`), left out: counted as figure-separator. */
      separator?: string;
    };

/** One page of the site: a chapter introduction or a section. */
export interface Section {
  slug: string;
  title: string;
  /** The heading line as the body prints it (the title may come from the contents); '' if none. */
  printed: string;
  kind: 'chapter' | 'section';
  /** Slug of the chapter this section belongs to, if any. */
  chapter: string | null;
  /** First and last source line the section covers. */
  lines: [number, number];
  /** The source line of its heading when the page starts before it (an index page's title printed after its tables). */
  headingLine?: number;
  /** For a source printed on one line (the collection): first and last character (1-based) of the section in it. */
  span?: [number, number];
  blocks: Block[];
}

/** A published document: a report, a chapter, or one document cut out of a collection. */
export interface Doc {
  id: string;
  source: string;
  title: string;
  /** The year of the document's own date, or the one its title names (`2022年年度报告`); a report's from its
   *  metadata. Null where a collected document states none: the collection's year is not its own. */
  year: number | null;
  kind: string;
  script: 'hans' | 'hant';
  publisher: string;
  /** Publication date where the text states one (ISO, or year-month). */
  date: string | null;
  /** Id of the collection source this document was cut out of, if any. */
  collection: string | null;
  /** For a document cut out of a one-line collection: where it starts in that line (0-based). */
  start?: number;
  sections: Section[];
}

/** A heading found in a document's text, before sections are cut. */
export interface OutlineEntry {
  title: string;
  kind: 'chapter' | 'section';
  /** Depth in the printed outline: 1 chapter (or a part before the chapters), 2 section, 3 and 4
   *  sub-sections (headings inside a section's page). Defaults to 1 for chapters and 2 for sections. */
  level?: number;
  /** The heading as the body prints it where it stands, when the title is not that line alone (a divider's title and subtitle). */
  printed?: string;
  /** Named by a printed list of contents (the document's or a chapter divider's): never folded away. */
  confirmed?: boolean;
  /** Index into the document's lines where the heading stands. */
  index: number;
  /** Where the page starts when that is before its heading (an index page's title printed after its tables). */
  start?: number;
}
