// The words the ingest looks for, read from `content/ingest/*.yml`: the code holds layouts (datelines,
// bylines, covers, contents lists), these files the names and words that fill them. One schema, one
// key per file; errors name the file, the line and the fix.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseYamlFile } from './yaml-file.ts';
import { SourceError } from './errors.ts';

const word = z.string().trim().min(1, 'must not be empty');
const words = z.array(word).min(1, 'must list at least one word');
/** Words used inside a character class (`[在这据…]`), so each must be one character. */
const chars = z.array(z.string().regex(/^.$/u, 'must be one character (it is used as a character class)')).min(1, 'must list at least one character');
/** Words that make a value or label mean "over" or "approximately". */
const qualifiers = z.object({ over: words, approx: words.optional() }).strict();

export const vocabularySchema = z
  .object({
    /** `grammar.yml`: how the sources write dates and numbers. */
    grammar: z
      .object({
        /** The units of a printed date: year, month, day. */
        dates: z.object({ year: word, month: word, day: word }).strict(),
        /** The clock's units a dateline may give its hour in: hour, minute, half past. */
        clock: z.object({ hour: words, minute: word, half: word }).strict(),
        /** The numerals one to ten, in order. */
        numerals: chars.length(10, 'must list the ten numerals one to ten'),
        /** Printed before a numeral to make an ordinal. */
        ordinal: word,
        /** Connectives a sentence opens with before its comma (`同时，`). */
        sentenceConnectives: words,
      })
      .strict(),
    /** `names.yml`: the company, its units and branches, publishers, news agencies, the commission, reporting standards. */
    names: z
      .object({
        /** The listed company's registered name, its short name, its brand and units named without the brand. */
        company: z.object({ registered: word, short: word, brand: word, units: words }).strict(),
        /** Provinces that name a branch (`<province><brand>`). */
        provinces: words,
        /** Publishers a white paper's cover prints before its date, longer names first. */
        whitePaperPublishers: words,
        /** Publishers a white paper is credited to when its cover names them. */
        creditedPublishers: words,
        /** News agencies whose dispatches open with their name, a place and a date. */
        newsAgencies: words,
        /** The commission whose news is reprinted, as its headlines name it, longer names first. */
        commission: words,
        /** The other telecom operators as the white papers name them. */
        peers: words,
        /** The industry's regulator as the texts name it: its full name and its short one. */
        regulator: words,
        /** Reporting standards a report's index pages name (Simplified; Traditional titles are converted). */
        standards: words,
      })
      .strict(),
    /** `collection.yml`: words the layouts of a collection print. */
    collection: z
      .object({
        /** The labels of a news item's source line; `published` gives the document's date. */
        sourceLine: z.object({ source: word, published: words, publisher: word }).strict(),
        /** Bylines and credits that close an article. */
        bylines: z.object({ creditLabels: words, bareCreditLabels: words, endMark: word, writer: word, editor: word, staffReporter: word, from: word, site: word, departments: words }).strict(),
        /** A back cover's fax and website labels, the copyright notice after a white paper's cover, its preface's heading and its contents list's label. */
        covers: z.object({ fax: word, website: word, address: word, contactFields: words, copyright: word, preface: words, contents: word }).strict(),
        /** Words in document titles that tell their kind. */
        titleWords: z.object({ whitePaper: word, report: word, summary: words, partOnly: words }).strict(),
        /**
         * A results report's stock-code labels, the word numbering its parts, its standard section names,
         * the standard names of the parts inside them (those only a heading where numbered apart), the
         * parts of its management discussion (`第一部分：…`) and what a table right after a name opens with.
         */
        results: z
          .object({
            codeLabels: words,
            /** The labels of the company's short name after the code (`证券简称：`). */
            nameLabels: words,
            /** The labels of a quarterly report's sign-off: the company, its legal representative, the date. */
            signOffLabels: z.object({ company: word, representative: word, date: word }).strict(),
            /** The contacts table: its two columns, its rows' labels, the e-mail row's label. */
            contacts: z.object({ columns: z.tuple([word, word]), rows: words, email: word }).strict(),
            /** The tables of bonds: their columns' names by kind, and the states a table of payments prints. */
            bonds: z
              .object({
                columns: z.object({ name: words, short: words, code: words, issued: words, due: words, balance: words, rate: words, repayment: words, venue: words, state: words }).strict(),
                states: words,
              })
              .strict(),
            /** The table of guarantees: its columns (each printed one of some ways), the word a party's name ends with, the kinds, the total's label, the cell for none. */
            guarantees: z.object({ columns: z.array(words).length(7), partyEnds: word, kinds: words, total: word, none: word }).strict(),
            /** The table of the company's shares: its four columns, the classes of shares and the exchanges its rows name. */
            stock: z.object({ columns: z.tuple([word, word, word, word]), classes: words, exchanges: words }).strict(),
            /** A note's label and the word it may be attached with (`注1：`, `附注2：`). */
            notes: z.object({ label: word, attached: word, joinedBy: words }).strict(),
            part: word,
            sections: words,
            subsections: words,
            /** Standard names printed right after the year they are about (`2022年` + `第三季度公司经营信息`). */
            afterYear: words,
            numberedOnly: words,
            discussionPart: word,
            discussionParts: words,
            /** The usual names of a management discussion's parts (`网络建设`): a part so named ends there. */
            discussionNames: words,
            /** Characters after which a usual name goes on (`网络建设与运营`). */
            discussionNameJoins: chars,
            /** The company as the subject of a results report's sentences (`公司`). */
            subject: word,
            /** Characters before which the subject's word is an object instead (`公司的`). */
            subjectNotBefore: chars,
            /** Characters after which the subject's word ends a longer name (`子公司`, `有限公司`). */
            subjectNotAfter: chars,
            /** Words after which the regulator is an object, not a paragraph's subject (`配合`, `按照`). */
            regulatorNotAfter: words,
            /** Time words a part of the management discussion may open its text with, before a comma (`年内，`). */
            discussionOpenings: words,
            tableOpenings: words,
            /** The boxes after an item's name ticked "applicable" (`√适用□不适用`). */
            applicable: word,
            /** The same boxes ticked "not applicable" (`□适用√不适用`). */
            notApplicable: word,
            /** The labels of a statement's header line's fields (`编制单位`, `单位`, `币种`) and of its signatures' line. */
            headerFields: words,
            /** The counts of shareholders over the largest holders' table: how each label ends, and the unit line's unit. */
            holderCounts: z.object({ count: word, unit: word }).strict(),
            /** A financial statement's table: its items column's name, the words an item's name may open with before a colon, the signatures under it, a cell's words for no amount. */
            statements: z.object({ items: word, itemPrefixes: words, signedBy: words, notApplicable: word }).strict(),
            /**
             * A key-figures table (figure-tables.ts): the label of the unit printed over it, the names its first column may print over its items,
             * the periods its columns are named by, the words of a column of changes, how a change in
             * percentage points is printed (`增加0.50个百分点`), and the columns of a table of changes and their reasons.
             */
            figureTables: z
              .object({
                unit: word,
                itemsColumn: words,
                periods: words,
                quarters: words,
                /** A column named by its dates: as at a day, over a period from one day to another. */
                dated: z.object({ asAt: word, from: word, to: word, during: word }).strict(),
                change: z.object({ than: word, change: word, range: word, ratio: word }).strict(),
                points: z.object({ up: word, down: word, unit: word }).strict(),
                amount: word,
                halves: words,
                share: z.object({ before: word, after: word, alone: word }).strict(),
                note: word,
                noNote: word,
                /** The word a row of net additions adds to its totals row's name (`净增`). */
                netAdds: word,
                reasons: z.object({ item: word, change: word, reason: word }).strict(),
                /** The ten largest shareholders' tables: their titles, their columns' names by kind, the names printed over two columns, the holders' natures, the shares' statuses and classes. */
                shareholders: z
                  .object({
                    titles: words,
                    columns: z.object({ holder: words, nature: words, shares: words, percent: words, status: words, class: words, pledged: words }).strict(),
                    groups: words,
                    natures: words,
                    statuses: words,
                    classes: words,
                  })
                  .strict(),
              })
              .strict(),
          })
          .strict(),
        /** A board committee's annual report title, the standard names of its chapters and their parts, its table of meetings. */
        boardReport: z
          .object({
            committee: word,
            annualReport: word,
            chapters: words,
            parts: words,
            /** The table of the committee's meetings: its four columns, the words of a meeting's name around the term's and the meeting's numbers. */
            meetings: z.object({ columns: z.tuple([word, word, word, word]), term: word, meeting: word }).strict(),
          })
          .strict(),
        /** An announcement's closing and signature. */
        announcements: z.object({ closing: word, signedBy: word }).strict(),
        /** How a speech printed whole ends. */
        speeches: z.object({ closing: word }).strict(),
        /** Datelines without a date, what a headline never ends on before a date, an agency's dispatch word, a periodical's issue, the time frame a body may open with. */
        datelines: z.object({ relative: words, notAfter: chars, dispatch: word, until: word, since: word, issue: word, sceneFrame: z.object({ before: word, after: word }).strict() }).strict(),
        /** What a headline that runs into its body does not look like; how a reprint's headline opens. */
        headlines: z.object({ neverOpensWith: chars, neverEndsWith: chars, subtitleNeverOpensWith: chars, subtitleNeverHolds: chars, commissionVerbs: words, reprintOutlets: words, reprintVerb: word, passageLabels: words }).strict(),
        /** What sub-headings printed in parallel never hold: the function words of running prose. */
        parallelSubheadings: z.object({ neverHold: chars }).strict(),
        /** Tokens the seed's writer left between two sentences, taken out there (text/seed-noise.ts). */
        seedNoise: z.object({ strayTokens: words }).strict(),
        /** How a news body opens. */
        bodyOpenings: z
          .object({
            /** Phrases a body opens with. */
            phrases: words,
            /** A clause framed by two words with `gap` (min, max) characters of the clause between them. */
            framed: z.array(
              z
                .object({
                  before: z.string().default(''),
                  gap: z.tuple([z.number().int().min(0), z.number().int().min(1)]),
                  after: word,
                  /** The gap holds no quotation marks or figures either. */
                  plain: z.boolean().default(false),
                })
                .strict(),
            ),
            /** A branch's Party bodies. */
            partyBodies: words,
            /** Opens a clause that dates an event (`…于2019年`). */
            datedBy: word,
            /** The copula after a quoted term or a year. */
            copula: word,
            /** The salutation a speech's text opens with, after its speaker's name (`刘烈宏` + `尊敬的各位嘉宾…：`). */
            salutation: word,
            /** Words after a term a text opens by defining (`人工智能赋能平台是…`): a heading naming the term ends before it. */
            definedBy: words,
            /** Words opening like those of definedBy that define nothing (`是否`, whether). */
            notDefinedBy: words,
            /** Words that open a framing clause, closed by its comma (`在…的背景下，`, `作为…，`): a numbered item's text may open so. */
            clauseOpeners: words,
            /** What closes a clause opened by 在 that frames a text (`…实践中，`). */
            frameCloses: words,
            /** A comparison framing a clause: the word that opens it and the word that closes it before its comma (`与…不同，`). */
            comparisons: z.object({ opens: words, closes: words }).strict(),
          })
          .strict(),
        /** Words around a city's name in the body after a city branch's sub-heading. */
        citySubheadings: z.object({ before: words, after: words }).strict(),
        /** Titles the ingest gives the sections it makes. */
        sectionTitles: z.object({ cover: word, resultsCover: word }).strict(),
        /** The labels of an appendix a white paper's contents list names (`附录：…`, `附件二：…`). */
        appendixLabels: words,
        /** The word a white paper's appendix of references names in its title. */
        referencesTitle: word,
        /** A white paper's glossary appendix: the word its title names, and the names of its table's columns. */
        glossary: z.object({ title: word, columns: z.object({ abbreviation: word, english: word, meaning: word }).strict() }).strict(),
        /** The label of a case study inside a white paper's section (`案例：…`), a heading of its own. */
        caseLabel: word,
        /** Words after which an operator's name in a case's title is no subject (`和`, `携手`). */
        caseSubjectNotAfter: words,
        /** Verbs after which the company or a branch is an object, not the subject opening an item's text. */
        itemSubjectNotAfter: words,
        caseNotes: words,
        /** A white paper's lists of figures and tables: the list's label, and the label each caption opens with. */
        captionLists: z.array(z.object({ list: word, label: word }).strict()),
        /** A white paper's table of documents (document-lists.ts): its columns' printed names by kind. */
        documentLists: z
          .object({
            columns: z.object({ issuer: words, date: words, title: words, content: words, number: words, level: words }).strict(),
            /** The kinds of document a title printed without 《》 ends with (`纲要`, `意见`). */
            kinds: words,
          })
          .strict(),
        /** The labels of a figure's credit, printed next to its caption. */
        figureCredits: words,
        /** Words a credit naming a publisher may end with (`来源：中国信息通信研究院整理`). */
        figureCreditEnds: words,
        /** The labels of the numbered notes printed at the foot of a page. */
        pageNotes: words,
        /** Characters a figure's number stands before, so no unlabelled note opens there (`8月`, `14号线`). */
        notNoteAfter: chars,
        /** Characters a figure's number stands after, so it is never a note's marker (`第1`, `约3`). */
        notMarkerAfter: chars,
        /** More units a figure's digits stand before (`3人`, `2款`): no note's marker before them. */
        figureUnits: chars,
        /** Words a marker stands before although they open with a unit's character (`人民币`). */
        markerBefore: words,
        /** A news photo's caption printed inside the text: the words it opens with, and the words its credit ends with. */
        photoCaptions: z.object({ openings: words, creditEnds: words }).strict(),
        /** Sentence openers that lean on the sentence before: no paragraph is cut before them where another cut is near. */
        leansBack: words,
        /** English run together on the collection's line, set apart again (latin-words.ts). */
        latinWords: z
          .object({
            /** Function words: a capitalised word is divided only where one follows it. */
            englishFunctionWords: words,
            /** Other words under three letters a division may take. */
            englishShortWords: words,
            /** Prefixes that join the word after them, never a word of their own. */
            englishPrefixes: words,
            /** Names printed in mixed case, never divided. */
            englishNames: words,
          })
          .strict(),
        /** How a body numbers the items it is written in, besides `一、`, `（一）` and `1.`. */
        itemNumbering: z
          .object({
            /** A label before the item's numeral, a colon after it (`亮点一：`). */
            labels: words,
            /** What an ordinal numeral counts, a colon after it (`第一章：`). */
            ordinalUnits: words,
            /** A part printed before a run's first item, a colon after it (`开篇：` before `第一篇章：`). */
            prologues: words,
          })
          .strict(),
        /** The parts of a day a date may name before the comma that ends it (`12月15日下午，`). */
        partsOfDay: words,
      })
      .strict(),
    /** `report.yml`: words the layouts of a report print. */
    report: z
      .object({
        /** What a figure's title ends with (`…股權結構圖`): a caption, never a heading. */
        figureTitles: words,
        /** What a photo's caption ends with: the event pictured (`…發佈會`, `…會議現場`). */
        photoEvents: words,
        /** What an event ends with in a caption naming its organiser first (`偃師聯通組織消防安全培訓`). */
        heldEvents: words,
        /** The label a photo's caption opens with to say which picture it is under (`左圖：`). */
        pictureLabels: words,
        /** The label printed on a line of its own over a table's numbered notes (`注：`), in each script. */
        noteLabels: words,
      })
      .strict(),
    /** `kpi.yml`: words printed in key-performance tables and callouts. */
    kpi: z
      .object({
        /** Qualifiers printed before and after a value in a table cell. */
        valueQualifiers: z.object({ before: qualifiers.required(), after: qualifiers }).strict(),
        /** Qualifiers printed at the end of a callout's label. */
        labelQualifiers: qualifiers.required(),
        /** A value cell saying a target was met. */
        met: words,
        /** The header cell of the unit column. */
        unitHeader: words,
        /** Header cells that name a column, not the table's category. */
        columnHeaders: words,
        /** The words a callout counts in (`站`, `个`, `%`). */
        calloutUnits: words,
        /** The magnitudes a callout's figure may print before its counting word (`万`, `亿`). */
        magnitudes: words,
        /** Smaller magnitudes a callout prints only before a counting word (`千人`, `百家`). */
        unitMagnitudes: words,
        /** Counting words a callout's number may take before the words it counts (`5个县`, `109位總監`). */
        countingWords: words,
        /** The category callouts are filed under. */
        calloutCategory: word,
        /** The label a table's caption prints after its unit, naming the currency (`单位：元币种：人民币`). */
        currencyLabel: words,
      })
      .strict(),
  })
  .strict();

export type Vocabulary = z.infer<typeof vocabularySchema>;
type Part = keyof Vocabulary;

/** The file each part is read from: `grammar` → `grammar.yml`. */
export const vocabularyFile = (part: Part) => `${part}.yml`;

/** Parses and validates one vocabulary file; throws SourceError naming the file, line and fix. */
export function parseVocabularyFile<P extends Part>(part: P, file: string, text: string): Vocabulary[P] {
  const { data, lineOf } = parseYamlFile(file, text);
  const result = vocabularySchema.shape[part].safeParse(data);
  if (result.success) return result.data as Vocabulary[P];
  const issue = result.error.issues[0]!;
  const path = issue.path as (string | number)[];
  // The line of the entry at fault, or of the nearest entry above it when it is missing.
  const line = lineOf(path);
  const where = path.length ? `\`${path.join('.')}\` ` : '';
  const fix =
    issue.code === 'unrecognized_keys'
      ? `remove ${issue.keys.map((k) => `\`${k}\``).join(', ')}: the schema (scripts/ingest/vocabulary.ts) has no such entry`
      : issue.code === 'invalid_type' && /received undefined/.test(issue.message)
        ? `add \`${path.at(-1)}\` (see the schema in scripts/ingest/vocabulary.ts)`
        : 'see the comment above the entry for what it holds';
  throw new SourceError(file, line, `${where}${issue.message}`, fix);
}

/** Reads every vocabulary file from `dir`. */
export function readVocabulary(dir: string): Vocabulary {
  const read = <P extends Part>(part: P) => {
    const file = join(dir, vocabularyFile(part));
    return parseVocabularyFile(part, relative(process.cwd(), file) || file, readFileSync(file, 'utf8'));
  };
  return { grammar: read('grammar'), names: read('names'), collection: read('collection'), report: read('report'), kpi: read('kpi') };
}

/**
 * `content/ingest/`, looked for upward from this module: the site's build bundles it (the KPI page
 * reads the callout category), so it does not always sit at the same depth below the repository.
 */
function vocabularyDir(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const candidate = join(dir, 'content', 'ingest');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`content/ingest/ not found above ${fileURLToPath(import.meta.url)}`);
  }
}

/** The vocabulary, read once when the ingest starts. */
export const vocabulary: Vocabulary = readVocabulary(vocabularyDir());

/** `word` as a literal inside a regular expression. */
export const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words as alternatives of a regular expression, in the order given: `A|B|C`. */
export const alternation = (list: readonly string[]) => list.map(escapeRegExp).join('|');

/** One-character words as a character class's members, to go inside `[…]` or `[^…]`. */
export const classMembers = (list: readonly string[]) => list.map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('');
