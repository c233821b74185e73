import { unlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkSkillPackage, SkillPackageError, type CheckOptions } from '../../src/check';
import {
  amazonPaySkill,
  removeTemporaryFolders,
  requiredSentences,
  temporaryFolder,
  writeJson,
  writeV2Project,
  type Json,
} from '../support/skill-packages';

afterAll(removeTemporaryFolders);

/** A v2 skill package of a certifiable Amazon Pay skill, bent as the test says. */
function packageWith(
  change: (manifest: Json, modelFolder: string, skillJson: Json) => void = () => undefined,
) {
  const skill = amazonPaySkill();
  const project = writeV2Project(skill);
  change(skill.skill.manifest, project.modelFolder, skill.skill);
  writeJson(join(project.packageFolder, 'skill.json'), skill.skill);
  return project.packageFolder;
}

describe('checkSkillPackage', () => {
  it('passes a package with everything Amazon Pay and certification need', () => {
    const folder = packageWith();

    expect(checkSkillPackage(folder)).toEqual({
      ok: true,
      packageFolder: folder,
      layout: 'ask-cli-v2',
      findings: [],
    });
  });

  it.each([
    [
      'the permission is not declared',
      (m: Json) => void (m.permissions = [{ name: 'alexa::profile:email:read' }]),
      {
        severity: 'error',
        kind: 'runtime',
        check: 'FORBIDDEN',
        file: 'skill.json',
        path: 'manifest.permissions',
      },
    ],
    [
      'there are no permissions at all',
      (m: Json) => void delete m.permissions,
      { severity: 'error', kind: 'runtime', check: 'FORBIDDEN', path: 'manifest.permissions' },
    ],
    [
      'a published locale has no privacy policy URL',
      (m: Json) => void delete m.privacyAndCompliance.locales['de-DE'],
      {
        severity: 'error',
        kind: 'certification',
        check: 'privacy-policy-url',
        path: 'manifest.privacyAndCompliance.locales.de-DE.privacyPolicyUrl',
        message:
          'de-DE has no privacy policy URL: a skill that takes payments needs one in every locale it is published in to pass certification.',
      },
    ],
    [
      'a privacy policy URL is not https',
      (m: Json) =>
        void (m.privacyAndCompliance.locales['ja-JP'].privacyPolicyUrl =
          'http://juniper-books.example/privacy'),
      {
        severity: 'error',
        kind: 'certification',
        check: 'privacy-policy-url',
        path: 'manifest.privacyAndCompliance.locales.ja-JP.privacyPolicyUrl',
        message:
          'ja-JP has no privacy policy URL that starts with https://: a skill that takes payments needs one in every locale it is published in to pass certification.',
      },
    ],
    [
      'a privacy policy URL has a space in it',
      (m: Json) =>
        void (m.privacyAndCompliance.locales['en-US'].privacyPolicyUrl =
          'https://juniper-books.example/privacy policy'),
      {
        check: 'privacy-policy-url',
        path: 'manifest.privacyAndCompliance.locales.en-US.privacyPolicyUrl',
      },
    ],
    [
      'a privacy policy URL is the empty string',
      (m: Json) => void (m.privacyAndCompliance.locales['en-US'].privacyPolicyUrl = ''),
      {
        check: 'privacy-policy-url',
        path: 'manifest.privacyAndCompliance.locales.en-US.privacyPolicyUrl',
      },
    ],
    [
      'a privacy policy URL is text around an address',
      (m: Json) =>
        void (m.privacyAndCompliance.locales['en-US'].privacyPolicyUrl =
          'see https://juniper-books.example/privacy'),
      {
        check: 'privacy-policy-url',
        path: 'manifest.privacyAndCompliance.locales.en-US.privacyPolicyUrl',
      },
    ],
    [
      'skill.json has no manifest object',
      (_: Json, __: string, skillJson: Json) => void (skillJson.manifest = ['not', 'an', 'object']),
      {
        severity: 'error',
        kind: 'runtime',
        check: 'manifest',
        file: 'skill.json',
        path: 'manifest',
      },
    ],
    [
      'a published locale has no interaction model',
      (_: Json, models: string) => unlinkSync(join(models, 'de-DE.json')),
      {
        severity: 'error',
        kind: 'runtime',
        check: 'interaction-model',
        file: 'interactionModels/custom/de-DE.json',
        path: '',
      },
    ],
    [
      'the skill does not allow purchases',
      (m: Json) => void (m.privacyAndCompliance.allowsPurchases = false),
      {
        severity: 'error',
        kind: 'certification',
        check: 'allows-purchases',
        path: 'manifest.privacyAndCompliance.allowsPurchases',
      },
    ],
    [
      'the skill publishes in no locale',
      (m: Json) => void (m.publishingInformation.locales = {}),
      { severity: 'error', check: 'published-locales' },
    ],
    [
      'the skill has no publishing information',
      (m: Json) => void delete m.publishingInformation,
      { severity: 'error', check: 'published-locales' },
    ],
  ])('finds it when %s', (_, change, expected) => {
    const report = checkSkillPackage(packageWith(change));

    expect(report.ok).toBe(false);
    expect(report.findings).toEqual([expect.objectContaining(expected)]);
  });

  it('finds the purchases flag and every privacy policy URL missing without privacy settings', () => {
    const folder = packageWith((m) => void delete m.privacyAndCompliance);

    expect(checkSkillPackage(folder).findings.map(({ check, path }) => [check, path])).toEqual([
      ['allows-purchases', 'manifest.privacyAndCompliance.allowsPurchases'],
      ...['en-US', 'de-DE', 'ja-JP'].map((locale) => [
        'privacy-policy-url',
        `manifest.privacyAndCompliance.locales.${locale}.privacyPolicyUrl`,
      ]),
    ]);
  });

  it('finds the permission among others', () => {
    const folder = packageWith(
      (m) =>
        void (m.permissions = [
          { name: 'alexa::profile:email:read' },
          { name: 'payments:autopay_consent' },
        ]),
    );

    expect(checkSkillPackage(folder).findings).toEqual([]);
  });

  it.each([
    [
      'pt-BR',
      'the prompts of its default locale (en-US unless the defaultLocale option names another)',
    ],
    ['en-AU', 'its en-GB prompts'],
    ['es-MX', 'its es-ES prompts'],
    [
      'hi-IN',
      'the prompts of its default locale (en-US unless the defaultLocale option names another)',
    ],
  ])(
    'warns, but passes, for %s, a locale outside Amazon Pay for Alexa, and names the prompts it hears',
    (locale, answeredIn) => {
      const folder = packageWith((m, models) => {
        m.publishingInformation.locales[locale] = {
          name: 'Juniper Books',
          description: Object.values(requiredSentences).join(' '),
          examplePhrases: [],
        };
        m.privacyAndCompliance.locales[locale] = {
          privacyPolicyUrl: 'https://juniper-books.example/privacy',
        };
        writeFileSync(
          join(models, `${locale}.json`),
          JSON.stringify(amazonPaySkill(['en-US']).models['en-US']),
        );
      });

      const report = checkSkillPackage(folder);

      expect(report.ok).toBe(true);
      expect(report.findings).toEqual([
        {
          severity: 'warning',
          kind: 'runtime',
          check: 'amazon-pay-marketplace',
          file: 'skill.json',
          path: `manifest.publishingInformation.locales.${locale}`,
          message: `${locale} is not one of Amazon Pay for Alexa's locales (en-US, en-GB, de-DE, fr-FR, it-IT, es-ES, ja-JP): its customers may not be able to pay. The middleware answers them with ${answeredIn}.`,
          fix: `Stop publishing in ${locale}, or keep it knowingly and give it prompts of its own with the middleware's prompts option.`,
        },
      ]);
    },
  );

  it.each([
    [
      { setup: { countryOfEstablishment: 'GB' } },
      'UnsupportedCountryOfEstablishment',
      'setup.countryOfEstablishment',
    ],
    [{ setup: { ledgerCurrency: 'CHF' } }, 'UnsupportedCurrency', 'setup.ledgerCurrency'],
    [{ setup: { checkoutLanguage: 'en-US' } }, 'InvalidParameterValue', 'setup.checkoutLanguage'],
    [{ setup: { sellerId: '' } }, 'InvalidSellerId', 'setup.sellerId'],
    [{ charge: { paymentAction: 'Capture' } }, 'InvalidPaymentAction', 'charge.paymentAction'],
    [
      { charge: { authorizeAttributes: { softDescriptor: 'A far too long descriptor' } } },
      'InvalidParameterValue',
      'charge.authorizeAttributes.softDescriptor',
    ],
    [{ setup: 'not an object' }, 'InvalidParameterValue', 'setup'],
  ])(
    'checks payment defaults %j with the directive helpers’ validation',
    (defaults, check, path) => {
      const report = checkSkillPackage(packageWith(), { paymentDefaults: defaults });

      expect(report.ok).toBe(false);
      expect(report.findings).toEqual([
        expect.objectContaining({ severity: 'error', kind: 'runtime', check, path }),
      ]);
    },
  );

  it('names the payment defaults file by its full path, and says when it is not an object', () => {
    const file = join(temporaryFolder('defaults-'), 'defaults.json');
    writeFileSync(file, '"setup"');

    expect(checkSkillPackage(packageWith(), { paymentDefaults: file }).findings).toEqual([
      expect.objectContaining({ check: 'payment-defaults', file, path: '' }),
    ]);
  });

  it('finds payment defaults given in code that are not an object', () => {
    // From JavaScript, or through a cast: an array where the object was expected.
    const paymentDefaults = ['setup', 'charge'] as unknown as CheckOptions['paymentDefaults'];

    expect(checkSkillPackage(packageWith(), { paymentDefaults }).findings).toEqual([
      expect.objectContaining({ check: 'payment-defaults', file: 'payment defaults', path: '' }),
    ]);
  });

  it('leaves out of the defaults what a skill fills in per request', () => {
    const report = checkSkillPackage(packageWith(), {
      paymentDefaults: { charge: { sellerId: 'A1', paymentAction: 'Authorize' } },
    });

    expect(report.findings).toEqual([]);
  });

  it.each([
    [
      'a folder that does not exist',
      () => join(temporaryFolder(), 'no-such-skill-package-here'),
      'no-such-skill-package-here is not a folder',
    ],
    [
      'a skill.json that is not JSON',
      () => {
        const folder = packageWith();
        writeFileSync(join(folder, 'skill.json'), '{ "manifest": ');
        return folder;
      },
      'skill.json is not valid JSON',
    ],
    [
      'an interaction model that is not JSON',
      () => packageWith((_, models) => writeFileSync(join(models, 'ja-JP.json'), '{ nope')),
      'interactionModels/custom/ja-JP.json is not valid JSON',
    ],
    [
      'a skill.json that is a folder',
      () => {
        const folder = packageWith();
        unlinkSync(join(folder, 'skill.json'));
        mkdirSync(join(folder, 'skill.json'));
        return folder;
      },
      'skill.json is missing.',
    ],
    [
      'an interaction model too large to be one',
      () =>
        packageWith((_, models) =>
          writeFileSync(join(models, 'en-US.json'), Buffer.alloc(17 * 1024 * 1024, 32)),
        ),
      'interactionModels/custom/en-US.json is larger than a skill package file can be.',
    ],
    [
      'a folder without skill.json',
      () => {
        const folder = temporaryFolder();
        mkdirSync(join(folder, 'interactionModels'));
        return folder;
      },
      'No skill.json in',
    ],
  ])('throws a SkillPackageError naming the file for %s', (_, makeFolder, message) => {
    const folder = makeFolder();

    expect(() => checkSkillPackage(folder)).toThrow(SkillPackageError);
    expect(() => checkSkillPackage(folder)).toThrow(message);
  });

  it('never echoes the content of a file that is not JSON', () => {
    const folder = packageWith();
    writeFileSync(join(folder, 'skill.json'), 'secret-token-1234 is what this file holds');

    expect(() => checkSkillPackage(folder)).toThrow(/skill\.json is not valid JSON/);
    expect(() => checkSkillPackage(folder)).not.toThrow(/secret-token/);
  });
});
