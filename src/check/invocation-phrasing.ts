/**
 * How customers say an example phrase, in the languages of Amazon Pay for Alexa: the wake
 * word, the words that open a skill or join its invocation name to a request ("ask ... to",
 * "frag ... nach", "...で"), and what Alexa's own built-in intents understand without samples.
 * Generous on purpose: a word too many here only lets a phrase pass; a word missing would
 * report a phrase that certification accepts.
 */
export interface Phrasing {
  /** Words are separated by spaces; otherwise (Japanese) phrases are compared character by character. */
  readonly spaced: boolean;
  readonly wakeWords: readonly string[];
  /** Launch words and connecting words, as they appear around the invocation name. */
  readonly joiningWords: readonly string[];
  /** A few plain utterances of each built-in intent, accepted where the model declares it. */
  readonly builtIns: Readonly<Record<string, readonly string[]>>;
}

const help = 'AMAZON.HelpIntent';
const stop = 'AMAZON.StopIntent';
const cancel = 'AMAZON.CancelIntent';
const yes = 'AMAZON.YesIntent';
const no = 'AMAZON.NoIntent';

const phrasingByLanguage: Readonly<Record<string, Phrasing>> = {
  en: {
    spaced: true,
    wakeWords: ['alexa', 'amazon', 'echo', 'computer', 'ziggy'],
    joiningWords: [
      ...['open', 'ask', 'tell', 'start', 'launch', 'begin', 'run', 'load', 'play', 'resume'],
      ...['use', 'talk', 'please', 'to', 'for', 'about', 'if', 'whether', 'that', 'and'],
      ...['from', 'using', 'with', 'on', 'in', 'by', 'at'],
    ],
    builtIns: {
      [help]: ['help', 'help me'],
      [stop]: ['stop', 'off', 'shut up'],
      [cancel]: ['cancel', 'never mind', 'forget it'],
      [yes]: ['yes', 'yeah', 'sure'],
      [no]: ['no', 'no thanks'],
    },
  },
  de: {
    spaced: true,
    wakeWords: ['alexa', 'amazon', 'echo', 'computer'],
    joiningWords: [
      ...['öffne', 'öffnen', 'starte', 'starten', 'beginne', 'spiele', 'spiel', 'lade', 'benutze'],
      ...['nutze', 'verwende', 'frage', 'frag', 'sage', 'sag', 'bitte', 'erzähl', 'nach', 'ob'],
      ...['dass', 'zu', 'um', 'mit', 'von', 'bei', 'auf', 'und', 'über'],
    ],
    builtIns: {
      [help]: ['hilfe', 'hilf mir'],
      [stop]: ['stopp', 'stop', 'halt'],
      [cancel]: ['abbrechen', 'abbruch'],
      [yes]: ['ja'],
      [no]: ['nein'],
    },
  },
  es: {
    spaced: true,
    wakeWords: ['alexa', 'amazon', 'echo', 'computadora'],
    joiningWords: [
      ...['abre', 'abrir', 'inicia', 'iniciar', 'empieza', 'comienza', 'lanza', 'juega', 'carga'],
      ...['usa', 'pide', 'pídele', 'pidele', 'pregunta', 'pregúntale', 'preguntale', 'dile', 'di'],
      ...['habla', 'a', 'al', 'con', 'de', 'en', 'para', 'por', 'que', 'si', 'sobre', 'y'],
    ],
    builtIns: {
      [help]: ['ayuda', 'ayúdame'],
      [stop]: ['para', 'detente', 'stop', 'alto'],
      [cancel]: ['cancela', 'cancelar'],
      [yes]: ['sí', 'si'],
      [no]: ['no'],
    },
  },
  fr: {
    spaced: true,
    wakeWords: ['alexa', 'amazon', 'echo', 'ordinateur'],
    joiningWords: [
      ...['ouvre', 'ouvrir', 'lance', 'lancer', 'démarre', 'démarrer', 'commence', 'joue'],
      ...['charge', 'utilise', 'demande', 'demander', 'dis', 'dire', 'parle', 'à', 'au', 'aux'],
      ...['de', 'si', 'que', 'pour', 'sur', 'avec', 'et'],
    ],
    builtIns: {
      [help]: ['aide', 'aide-moi'],
      [stop]: ['stop', 'arrête'],
      [cancel]: ['annule', 'annuler'],
      [yes]: ['oui'],
      [no]: ['non'],
    },
  },
  it: {
    spaced: true,
    wakeWords: ['alexa', 'amazon', 'echo', 'computer'],
    joiningWords: [
      ...['apri', 'aprire', 'avvia', 'inizia', 'comincia', 'lancia', 'gioca', 'carica', 'usa'],
      ...['chiedi', 'domanda', 'dì', "di'", 'di', 'dire', 'parla', 'a', 'al', 'con', 'se'],
      ...['che', 'per', 'su', 'e', 'da'],
    ],
    builtIns: {
      [help]: ['aiuto', 'aiutami'],
      [stop]: ['stop', 'fermati', 'basta'],
      [cancel]: ['annulla'],
      [yes]: ['sì', 'si'],
      [no]: ['no'],
    },
  },
  ja: {
    spaced: false,
    wakeWords: ['アレクサ', 'alexa', 'アマゾン', 'エコー', 'コンピューター'],
    joiningWords: [
      ...[
        '開いて',
        'ひらいて',
        '起動して',
        '起動',
        '始めて',
        'はじめて',
        'スタートして',
        'スタート',
      ],
      ...['つないで', '呼んで', '使って', '頼んで', '聞いて', 'お願い', 'して', 'で', 'に', 'を'],
      ...['と', 'って', 'から'],
      ...['の', 'は'],
    ],
    builtIns: {
      [help]: ['ヘルプ', '助けて', '使い方を教えて'],
      [stop]: ['ストップ', '止めて', '終了', '終わり'],
      [cancel]: ['キャンセル'],
      [yes]: ['はい', 'うん'],
      [no]: ['いいえ', 'いや'],
    },
  },
};

/** How example phrases are said in a language, for the languages of Amazon Pay for Alexa. */
export const phrasingFor = (language: string): Phrasing | undefined =>
  Object.hasOwn(phrasingByLanguage, language) ? phrasingByLanguage[language] : undefined;
