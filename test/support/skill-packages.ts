import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Skill packages written to temporary folders, shaped the way the ASK CLI lays them out:
 * version 1 keeps `skill.json` and `models/<locale>.json` at the project root; version 2 keeps
 * them in `skill-package/` (`interactionModels/custom/<locale>.json`) beside `ask-resources.json`
 * and `.ask/`. Each test bends the package it builds; nothing here is read from elsewhere.
 */

// Loose on purpose: tests break manifests in ways no type would allow.
export type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface SkillPackage {
  /** The skill.json content. */
  readonly skill: Json;
  /** Interaction models by file name (without `.json`). */
  readonly models: Record<string, Json>;
}

/** Amazon's required description sentences, by language, carried verbatim. */
export const requiredSentences = {
  en: 'This skill uses Amazon Pay to process your payments. To help protect against unwanted ordering, you can enable a four-digit voice code under Settings in the Alexa app.',
  de: 'Dieser Skill verwendet Amazon Pay, um Ihre Zahlungen zu verarbeiten. Zum Schutz vor unerwünschten Bestellungen, können Sie in der Alexa App unter Einstellungen einen vierstelligen Sprachcode vergeben.',
  es: 'Esta Skill utiliza Amazon Pay para procesar tus pagos. Para evitar pedidos no deseados, puedes activar un código de voz de cuatro dígitos en Configuración en la aplicación de Alexa.',
  fr: "Cette Skill utilise Amazon Pay pour traiter vos paiements. Pour vous protéger des commandes non souhaitées, vous pouvez activer un code vocal à quatre chiffres sous Paramètres dans l'application Alexa.",
  it: "Questa Skill usa Amazon Pay per elaborare i tuoi pagamenti. Per evitare ordini indesiderati, è possibile abilitare un codice vocale di quattro cifre accedendo alla sezione Impostazioni dell'app Alexa.",
  ja: 'このスキルは、Amazon Payを使用して支払いを処理します。意図しないご注文を避けるために、Alexaアプリの「設定」から4桁の確認コードを設定することができます。',
} as const;

interface LocaleText {
  readonly name: string;
  readonly invocationName: string;
  readonly description: string;
  readonly examplePhrases: readonly string[];
  readonly buySamples: readonly string[];
}

// A bookshop of our own, in three Amazon Pay locales, with a slot in its purchase samples.
const texts: Record<string, LocaleText> = {
  'en-US': {
    name: 'Juniper Books',
    invocationName: 'juniper books',
    description: `Juniper Books sells new paperbacks by voice. ${requiredSentences.en}`,
    examplePhrases: [
      'Alexa, open Juniper Books',
      'Alexa, ask Juniper Books to order the novel Emma',
      'Alexa, tell Juniper Books I want a book',
    ],
    buySamples: ['buy a book', 'order the novel {title}', 'i want a book', 'order {title}'],
  },
  'de-DE': {
    name: 'Juniper Books',
    invocationName: 'juniper books',
    description: `Juniper Books verkauft Taschenbücher per Sprache. ${requiredSentences.de}`,
    examplePhrases: [
      'Alexa, öffne Juniper Books',
      'Alexa, frag Juniper Books nach dem Roman Emma',
      'Alexa, sag Juniper Books, ich möchte ein Buch kaufen',
    ],
    buySamples: ['dem roman {title}', 'ich möchte ein buch kaufen', 'ein buch kaufen'],
  },
  'ja-JP': {
    name: 'ジュニパーブックス',
    invocationName: 'ジュニパーブックス',
    description: `ジュニパーブックスは音声で本を販売します。${requiredSentences.ja}`,
    examplePhrases: [
      'アレクサ、ジュニパーブックスを開いて',
      'アレクサ、ジュニパーブックスで本を買いたい',
      'アレクサ、ジュニパーブックスで坊っちゃんを注文して',
    ],
    buySamples: ['本を買いたい', '{title} を注文して', '本をください'],
  },
};

const builtIns = [
  'AMAZON.YesIntent',
  'AMAZON.NoIntent',
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.FallbackIntent',
];

function model(locale: string): Json {
  const text = texts[locale] as LocaleText;
  return {
    interactionModel: {
      languageModel: {
        invocationName: text.invocationName,
        intents: [
          {
            name: 'BuyBookIntent',
            slots: [{ name: 'title', type: 'AMAZON.SearchQuery' }],
            samples: [...text.buySamples],
          },
          ...builtIns.map((name) => ({ name, samples: [] })),
        ],
        types: [],
      },
    },
  };
}

/** A custom skill that sells with Amazon Pay, ready for certification, in the given locales. */
export function amazonPaySkill(
  locales: readonly string[] = ['en-US', 'de-DE', 'ja-JP'],
): SkillPackage {
  const published = Object.fromEntries(
    locales.map((locale) => {
      const { name, description, examplePhrases } = texts[locale] as LocaleText;
      return [locale, { name, summary: name, description, examplePhrases: [...examplePhrases] }];
    }),
  );
  const privacy = Object.fromEntries(
    locales.map((locale) => [
      locale,
      { privacyPolicyUrl: `https://juniper-books.example/${locale}/privacy` },
    ]),
  );
  return {
    skill: {
      manifest: {
        manifestVersion: '1.0',
        publishingInformation: {
          locales: published,
          isAvailableWorldwide: false,
          distributionCountries: ['US', 'DE', 'JP'],
          category: 'SHOPPING',
        },
        privacyAndCompliance: {
          allowsPurchases: true,
          usesPersonalInfo: true,
          isChildDirected: false,
          isExportCompliant: true,
          containsAds: false,
          locales: privacy,
        },
        apis: { custom: { endpoint: { sourceDir: 'lambda' }, interfaces: [] } },
        permissions: [{ name: 'payments:autopay_consent' }],
      },
    },
    models: Object.fromEntries(locales.map((locale) => [locale, model(locale)])),
  };
}

/** A skill without a custom API (smart home, household list...), which has no models. */
export function skillWithoutCustomApi(apis: Json): SkillPackage {
  const skill = amazonPaySkill(['en-US']).skill;
  skill.manifest.apis = apis;
  return { skill, models: {} };
}

const folders: string[] = [];

/** A fresh temporary folder, removed by {@link removeTemporaryFolders}. */
export function temporaryFolder(prefix = 'skill-project-'): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

export function removeTemporaryFolders(): void {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/** Writes a file, and the folders it needs. */
export function writeText(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

export const writeJson = (path: string, value: Json): void =>
  writeText(path, `${JSON.stringify(value, null, 2)}\n`);

export interface WrittenProject {
  /** The project root (what `ask new` creates). */
  readonly root: string;
  /** The folder that holds skill.json. */
  readonly packageFolder: string;
  /** The folder of the interaction models. */
  readonly modelFolder: string;
}

// Each project sits in a temporary folder of its own, so that what lies beside it is the test's.
const projectRoot = (): string => join(temporaryFolder(), 'project');

/** An ASK CLI v1 project: skill.json and models/ at the root, with `.ask/config`. */
export function writeV1Project(skill: SkillPackage): WrittenProject {
  const root = projectRoot();
  writeJson(join(root, 'skill.json'), skill.skill);
  writeJson(join(root, '.ask', 'config'), { deploy_settings: { default: { skill_id: '' } } });
  const modelFolder = join(root, 'models');
  mkdirSync(modelFolder, { recursive: true });
  for (const [name, content] of Object.entries(skill.models)) {
    writeJson(join(modelFolder, `${name}.json`), content);
  }
  return { root, packageFolder: root, modelFolder };
}

/** An ASK CLI v2 project: ask-resources.json and `.ask/` at the root, the package in skill-package/. */
export function writeV2Project(
  skill: SkillPackage,
  { resources = true, askFolder = true }: { resources?: boolean; askFolder?: boolean } = {},
): WrittenProject {
  const root = projectRoot();
  mkdirSync(root);
  if (resources) {
    writeJson(join(root, 'ask-resources.json'), {
      askcliResourcesVersion: '2020-03-31',
      profiles: { default: { skillMetadata: { src: './skill-package' }, code: {} } },
    });
  }
  if (askFolder)
    writeJson(join(root, '.ask', 'ask-states.json'), { askcliStatesVersion: '2020-03-31' });
  const packageFolder = join(root, 'skill-package');
  writeJson(join(packageFolder, 'skill.json'), skill.skill);
  const modelFolder = join(packageFolder, 'interactionModels', 'custom');
  mkdirSync(modelFolder, { recursive: true });
  for (const [name, content] of Object.entries(skill.models)) {
    writeJson(join(modelFolder, `${name}.json`), content);
  }
  return { root, packageFolder, modelFolder };
}
