// A phrase lexicon (gazetteer names, triggers, connectives) compiled into one regex over normalised text.
// Forms are written as news text writes them and normalised here, so «فى»/«في» or «الأصيلة»/«الاصيلة» need no
// separate entries. Arabic words carry proclitics: the conjunctions و ف, the prepositions ب ل ك, and ل + ال written
// «لل» («للانسحاب»); they are allowed before every form and reported apart from the phrase, which never includes them.
import { GAP, WORD_END, WORD_START, escapeRegex } from "../text/boundaries";
import { normaliseWord, type NormalisedText } from "../text/normalise";

export interface LexiconEntry<T> {
  forms: readonly string[];
  value: T;
  /** Attached pronouns (ه ها هم هما هن نا) may follow the form («استعادته», «سيطرتها»). */
  suffixes?: boolean;
  /** The article may be added to forms written without it («اشتباكات» → «الاشتباكات»). */
  article?: boolean;
}

export interface PhraseMatch<T> {
  value: T;
  /** Normalised offset where the word starts, proclitics included. */
  from: number;
  /** Normalised offsets of the phrase (proclitics excluded, except in «لل» words; suffix included). */
  start: number;
  end: number;
  /** The form as the lexicon lists it (normalised). */
  form: string;
  /** Conjunction glued before the phrase: "", "و" or "ف". */
  conjunction: string;
  /** Preposition glued before the phrase: "", "ب", "ل" or "ك" (the «ل» of «لل» included). */
  preposition: string;
  /** Attached pronoun after the form, or "". */
  suffix: string;
}

export interface Lexicon<T> {
  /** Every match in the text, left to right; at one position the longest form wins; matches never overlap. */
  find(text: NormalisedText): PhraseMatch<T>[];
  readonly size: number;
}

const SUFFIXES = "(?:هما|هم|هن|ها|ه|نا)";

interface Key<T> {
  entry: LexiconEntry<T>;
  form: string;
  /** «لانسحاب» stands for «لل» + «انسحاب»: the key itself carries the preposition ل. */
  lam: boolean;
}

export function compileLexicon<T>(entries: Iterable<LexiconEntry<T>>): Lexicon<T> {
  const keys = new Map<string, Key<T>>();
  const add = (key: string, k: Key<T>) => {
    if (!keys.has(key)) keys.set(key, k);
  };
  for (const entry of entries) {
    for (const raw of entry.forms) {
      const form = normaliseWord(raw.trim()).replace(/\s+/g, " ");
      if (!form) continue;
      add(form, { entry, form, lam: false });
      const withArticle = form.startsWith("ال") ? form : entry.article ? `ال${form}` : null;
      if (withArticle) {
        if (withArticle !== form) add(withArticle, { entry, form, lam: false });
        // ل + ال is written «لل»: after the preposition ل the key loses its alef.
        add(`ل${withArticle.slice(2)}`, { entry, form, lam: true });
      }
    }
  }
  const sorted = [...keys.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const alternation = sorted.map((k) => k.split(" ").map(escapeRegex).join(GAP)).join("|");
  const source = `${WORD_START}([وف]?[بلك]?)(${alternation})(${SUFFIXES})?${WORD_END}`;
  const pattern = sorted.length > 0 ? new RegExp(source, "gu") : null;

  return {
    size: keys.size,
    find(text: NormalisedText): PhraseMatch<T>[] {
      if (!pattern) return [];
      const out: PhraseMatch<T>[] = [];
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text.text); m; m = pattern.exec(text.text)) {
        const pre = m[1] ?? "";
        const body = (m[2] ?? "").replace(/[ \t]+/g, " ");
        const suffix = m[3] ?? "";
        const key = keys.get(body);
        // Normalisation folds ة into ه: «وزارة» must not read as «و» + «زار» + «ه».
        const foldedTaMarbuta = suffix.startsWith("ه") && text.original[text.toOriginalStart(m.index + pre.length + (m[2] ?? "").length)] === "ة";
        if (!key || (suffix && !key.entry.suffixes) || foldedTaMarbuta) {
          // Not this lexicon's word after all: retry one character further so shorter readings are not skipped.
          pattern.lastIndex = m.index + 1;
          continue;
        }
        // A «لل» key covers the whole word («للانسحاب»): its two lams are preposition and article at once.
        const start = key.lam ? m.index : m.index + pre.length;
        out.push({
          value: key.entry.value,
          from: m.index,
          start,
          end: m.index + pre.length + (m[2] ?? "").length + suffix.length,
          form: key.form,
          conjunction: /^[وف]/.test(pre) ? pre[0]! : "",
          preposition: key.lam ? "ل" : pre.replace(/^[وف]/, ""),
          suffix,
        });
      }
      return out;
    },
  };
}
