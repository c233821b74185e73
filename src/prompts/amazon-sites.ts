/**
 * The Amazon website of each country an Alexa locale can name: what the customer hears
 * when a prompt points to their Amazon account. Taken from the request's country, so that
 * es-US hears amazon.com although it is answered with es-ES prompts.
 */
const amazonSiteByCountry: Readonly<Record<string, string>> = {
  US: 'amazon.com',
  CA: 'amazon.ca',
  MX: 'amazon.com.mx',
  BR: 'amazon.com.br',
  GB: 'amazon.co.uk',
  IE: 'amazon.co.uk',
  DE: 'amazon.de',
  AT: 'amazon.de',
  CH: 'amazon.de',
  FR: 'amazon.fr',
  BE: 'amazon.fr',
  IT: 'amazon.it',
  ES: 'amazon.es',
  NL: 'amazon.nl',
  JP: 'amazon.co.jp',
  IN: 'amazon.in',
  AU: 'amazon.com.au',
  SA: 'amazon.sa',
  AE: 'amazon.ae',
};

/** The Amazon website of a country, or `undefined` for a country without one we know. */
export function amazonSiteForCountry(country: string | undefined): string | undefined {
  return country !== undefined && Object.hasOwn(amazonSiteByCountry, country)
    ? amazonSiteByCountry[country]
    : undefined;
}

/**
 * How a voice that would spell a web address out letter by letter names the Amazon website
 * instead, by language: a Japanese voice reads "amazon.co.jp" as "amazon dot co dot jp".
 */
const amazonSiteInWords: Readonly<Record<string, string>> = {
  ja: 'Amazonのウェブサイト',
};

/** The Amazon website as a prompt in `language` speaks it: its address, or words for it. */
export function spokenAmazonSite(site: string, language: string | undefined): string {
  return language !== undefined && Object.hasOwn(amazonSiteInWords, language)
    ? (amazonSiteInWords[language] as string)
    : site;
}
