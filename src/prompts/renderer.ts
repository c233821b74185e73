import { amazonSiteForCountry, spokenAmazonSite } from './amazon-sites';
import { promptI18n } from './i18n';
import { parseLocale, resolveLocale } from './locale';
import type { MerchantNames } from './merchant-names';
import type { PromptKey } from './prompt-keys';
import {
  checkPromptOptions,
  type CheckedPromptOptions,
  type PromptRendererOptions,
} from './prompt-options';
import { promptNamespace } from './resources';

/** Where a request's prompts come from: a locale, the customer's Amazon website, the shop's name. */
interface Audience {
  readonly locale: string;
  readonly amazonSite: string;
  readonly merchantName: string;
  /** Prompts rendered for this audience so far, reused for every later request. */
  readonly spoken: Map<PromptKey, string>;
}

/** How many distinct request locale strings are remembered; others are resolved each time. */
const rememberedLocales = 64;

/**
 * Renders the middleware's prompts as SSML. Each (locale, key, Amazon website, shop name)
 * prompt is rendered once, on first use, and reused: a request costs a map lookup.
 */
export class PromptRenderer {
  private readonly merchantNames: MerchantNames;
  readonly defaultLocale: string;
  /** Every locale this renderer can answer in: the shipped ones and those the skill added. */
  readonly locales: readonly string[];
  private readonly overrides: ReadonlyMap<string, ReadonlyMap<PromptKey, string>>;
  private readonly audiences = new Map<string, Audience>();
  private readonly audienceByRequestLocale = new Map<unknown, Audience>();

  /** Checks the options now, unless they come checked already (a middleware checks them at creation). */
  constructor(options: PromptRendererOptions | CheckedPromptOptions) {
    const checked = 'merchantNames' in options ? options : checkPromptOptions(options);
    this.merchantNames = checked.merchantNames;
    this.overrides = checked.overrides;
    this.locales = checked.locales;
    this.defaultLocale = checked.defaultLocale;
  }

  /** The prompt `key` as SSML (`<speak>...</speak>`) for a request in `requestLocale`. */
  speak(key: PromptKey, requestLocale: unknown): string {
    const audience = this.audienceFor(requestLocale);
    let ssml = audience.spoken.get(key);
    if (ssml === undefined) {
      ssml = this.render(key, audience);
      audience.spoken.set(key, ssml);
    }
    return ssml;
  }

  /** The locale a request in `requestLocale` is answered in. */
  localeFor(requestLocale: unknown): string {
    return this.audienceFor(requestLocale).locale;
  }

  private audienceFor(requestLocale: unknown): Audience {
    const remembered = this.audienceByRequestLocale.get(requestLocale);
    if (remembered !== undefined) return remembered;

    const requested = parseLocale(requestLocale);
    const locale = resolveLocale(requested, this.locales, this.defaultLocale);
    const answeredIn = parseLocale(locale);
    const amazonSite = spokenAmazonSite(
      amazonSiteForCountry(requested?.country) ??
        amazonSiteForCountry(answeredIn?.country) ??
        'amazon.com',
      answeredIn?.language,
    );
    // A request with no readable locale hears the name of the locale it is answered in.
    const merchantName = this.merchantNames.nameFor(requested ?? answeredIn);
    const id = `${locale}\u0000${amazonSite}\u0000${merchantName}`;
    let audience = this.audiences.get(id);
    if (audience === undefined) {
      audience = { locale, amazonSite, merchantName, spoken: new Map() };
      this.audiences.set(id, audience);
    }
    // Only valid tags and a missing locale are remembered: never objects, never junk strings.
    const rememberable = requested !== undefined || requestLocale === undefined;
    if (rememberable && this.audienceByRequestLocale.size < rememberedLocales) {
      this.audienceByRequestLocale.set(requestLocale, audience);
    }
    return audience;
  }

  private template(key: PromptKey, locale: string): string | undefined {
    const override = this.overrides.get(locale)?.get(key);
    if (override !== undefined) return override;
    const shipped: unknown = promptI18n().getResource(locale, promptNamespace, key);
    return typeof shipped === 'string' ? shipped : undefined;
  }

  private render(key: PromptKey, audience: Audience): string {
    const template =
      this.template(key, audience.locale) ??
      this.template(key, this.defaultLocale) ??
      this.template(key, 'en-US');
    const values = { merchantName: audience.merchantName, amazonSite: audience.amazonSite };
    const text = promptI18n().services.interpolator.interpolate(
      template ?? '',
      values,
      audience.locale,
      {},
    );
    return `<speak>${text}</speak>`;
  }
}
