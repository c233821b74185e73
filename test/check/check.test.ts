import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  unlinkSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  checkSkillPackage,
  main,
  renderTable,
  SkillPackageError,
  type CheckOptions,
} from '../../src/check';

const root = join(__dirname, '..', '..');
const example = join(root, 'examples', 'demo-store', 'skill-package');
const exampleDefaults = join(root, 'examples', 'demo-store', 'amazon-pay-defaults.json');
const folders: string[] = [];

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

type Manifest = { manifest: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A copy of the example's skill package in a temporary folder, broken as the test says. */
function brokenPackage(change: (manifest: Manifest, folder: string) => void): string {
  const folder = mkdtempSync(join(tmpdir(), 'skill-package-'));
  folders.push(folder);
  cpSync(example, folder, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(folder, 'skill.json'), 'utf8')) as Manifest;
  change(manifest, folder);
  writeFileSync(join(folder, 'skill.json'), JSON.stringify(manifest, null, 2));
  return folder;
}

function writeDefaults(defaults: unknown): string {
  const folder = mkdtempSync(join(tmpdir(), 'defaults-'));
  folders.push(folder);
  const file = join(folder, 'defaults.json');
  writeFileSync(file, typeof defaults === 'string' ? defaults : JSON.stringify(defaults));
  return file;
}

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    output: {
      out: (text: string) => void out.push(text),
      err: (text: string) => void err.push(text),
    },
  };
};

describe('checkSkillPackage', () => {
  it("passes the example skill's package and its payment defaults", () => {
    expect(checkSkillPackage(example, { paymentDefaults: exampleDefaults })).toEqual({
      findings: [],
      ok: true,
    });
  });

  it.each([
    [
      'the permission is not declared',
      (m: Manifest) => void (m.manifest.permissions = [{ name: 'alexa::profile:email:read' }]),
      { severity: 'error', check: 'FORBIDDEN', file: 'skill.json', path: 'manifest.permissions' },
    ],
    [
      'there are no permissions at all',
      (m: Manifest) => void delete m.manifest.permissions,
      { severity: 'error', check: 'FORBIDDEN', path: 'manifest.permissions' },
    ],
    [
      'a published locale has no privacy policy URL',
      (m: Manifest) => void delete m.manifest.privacyAndCompliance.locales['de-DE'],
      {
        severity: 'error',
        check: 'privacy-policy-url',
        path: 'manifest.privacyAndCompliance.locales.de-DE.privacyPolicyUrl',
        message: "de-DE has no privacy policy URL: Amazon Pay's permission flow fails without one.",
      },
    ],
    [
      'a privacy policy URL is not https',
      (m: Manifest) =>
        void (m.manifest.privacyAndCompliance.locales['ja-JP'].privacyPolicyUrl =
          'http://tea-house.example/privacy'),
      {
        severity: 'error',
        check: 'privacy-policy-url',
        path: 'manifest.privacyAndCompliance.locales.ja-JP.privacyPolicyUrl',
        message:
          "ja-JP has no privacy policy URL that starts with https://: Amazon Pay's permission flow fails without one.",
      },
    ],
    [
      'a privacy policy URL has a space in it',
      (m: Manifest) =>
        void (m.manifest.privacyAndCompliance.locales['en-US'].privacyPolicyUrl =
          'https://tea-house.example/privacy policy'),
      {
        check: 'privacy-policy-url',
        path: 'manifest.privacyAndCompliance.locales.en-US.privacyPolicyUrl',
      },
    ],
    [
      'a privacy policy URL is text around an address',
      (m: Manifest) =>
        void (m.manifest.privacyAndCompliance.locales['en-US'].privacyPolicyUrl =
          'see https://tea-house.example/privacy'),
      {
        check: 'privacy-policy-url',
        path: 'manifest.privacyAndCompliance.locales.en-US.privacyPolicyUrl',
      },
    ],
    [
      'skill.json has no manifest object',
      (m: Manifest) => void (m.manifest = ['not', 'an', 'object']),
      {
        severity: 'error',
        check: 'manifest',
        file: 'skill.json',
        path: 'manifest',
        message: 'skill.json has no manifest object.',
      },
    ],
    [
      'a published locale has no interaction model',
      (_: Manifest, folder: string) =>
        unlinkSync(join(folder, 'interactionModels', 'custom', 'de-DE.json')),
      {
        severity: 'error',
        check: 'interaction-model',
        file: 'interactionModels/custom/de-DE.json',
        path: '',
      },
    ],
    [
      'the skill does not allow purchases',
      (m: Manifest) => void (m.manifest.privacyAndCompliance.allowsPurchases = false),
      {
        severity: 'error',
        check: 'allows-purchases',
        path: 'manifest.privacyAndCompliance.allowsPurchases',
      },
    ],
    [
      'the skill publishes in no locale',
      (m: Manifest) => void (m.manifest.publishingInformation.locales = {}),
      { severity: 'error', check: 'published-locales' },
    ],
    [
      'the skill has no publishing information',
      (m: Manifest) => void delete m.manifest.publishingInformation,
      { severity: 'error', check: 'published-locales' },
    ],
  ])('finds it when %s', (_, change, expected) => {
    const report = checkSkillPackage(brokenPackage(change));

    expect(report.ok).toBe(false);
    expect(report.findings).toEqual([expect.objectContaining(expected)]);
    expect(report.findings[0]?.fix.length).toBeGreaterThan(10);
  });

  it('finds the purchases flag and every privacy policy URL missing without privacy settings', () => {
    const folder = brokenPackage((m) => void delete m.manifest.privacyAndCompliance);
    const published = Object.keys(
      (JSON.parse(readFileSync(join(example, 'skill.json'), 'utf8')) as Manifest).manifest
        .publishingInformation.locales,
    );

    expect(checkSkillPackage(folder).findings.map(({ check, path }) => [check, path])).toEqual([
      ['allows-purchases', 'manifest.privacyAndCompliance.allowsPurchases'],
      ...published.map((locale) => [
        'privacy-policy-url',
        `manifest.privacyAndCompliance.locales.${locale}.privacyPolicyUrl`,
      ]),
    ]);
  });

  it('finds the permission among others', () => {
    const folder = brokenPackage(
      (m) =>
        void (m.manifest.permissions = [
          { name: 'alexa::profile:email:read' },
          { name: 'payments:autopay_consent' },
        ]),
    );

    expect(checkSkillPackage(folder).findings).toEqual([]);
  });

  it('warns, but passes, for a locale outside Amazon Pay for Alexa', () => {
    const folder = brokenPackage((m, dir) => {
      m.manifest.publishingInformation.locales['pt-BR'] = { name: 'Tea House' };
      m.manifest.privacyAndCompliance.locales['pt-BR'] = {
        privacyPolicyUrl: 'https://tea-house.example/pt/privacy',
      };
      cpSync(
        join(dir, 'interactionModels', 'custom', 'en-US.json'),
        join(dir, 'interactionModels', 'custom', 'pt-BR.json'),
      );
    });

    const report = checkSkillPackage(folder);

    expect(report).toEqual({
      ok: true,
      findings: [
        expect.objectContaining({
          severity: 'warning',
          check: 'amazon-pay-marketplace',
          path: 'manifest.publishingInformation.locales.pt-BR',
          fix: expect.stringContaining(
            'The middleware answers them in a pt locale if it has one, else the default;',
          ) as unknown,
        }),
      ],
    });
  });

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
      const report = checkSkillPackage(example, { paymentDefaults: defaults });

      expect(report.ok).toBe(false);
      expect(report.findings).toEqual([
        expect.objectContaining({ severity: 'error', check, path }),
      ]);
    },
  );

  it('names the file of payment defaults that are not an object', () => {
    const file = writeDefaults('"setup"');

    expect(checkSkillPackage(example, { paymentDefaults: file }).findings).toEqual([
      expect.objectContaining({ check: 'payment-defaults', file, path: '' }),
    ]);
  });

  it('finds payment defaults given in code that are not an object', () => {
    // From JavaScript, or through a cast: an array where the object was expected.
    const paymentDefaults = ['setup', 'charge'] as unknown as CheckOptions['paymentDefaults'];

    expect(checkSkillPackage(example, { paymentDefaults }).findings).toEqual([
      expect.objectContaining({ check: 'payment-defaults', file: 'payment defaults', path: '' }),
    ]);
  });

  it('leaves out of the defaults what a skill fills in per request', () => {
    const report = checkSkillPackage(example, {
      paymentDefaults: { charge: { sellerId: 'A1', paymentAction: 'Authorize' } },
    });

    expect(report.findings).toEqual([]);
  });

  it.each([
    [
      'a folder that does not exist',
      () => join(tmpdir(), 'no-such-skill-package-here'),
      'no-such-skill-package-here',
    ],
    [
      'a skill.json that is not JSON',
      () => {
        const folder = brokenPackage(() => undefined);
        writeFileSync(join(folder, 'skill.json'), '{ "manifest": ');
        return folder;
      },
      'skill.json is not valid JSON',
    ],
    [
      'a folder without skill.json',
      () => {
        const folder = mkdtempSync(join(tmpdir(), 'empty-'));
        folders.push(folder);
        mkdirSync(join(folder, 'interactionModels'));
        return folder;
      },
      'skill.json is missing',
    ],
  ])('throws a SkillPackageError naming the file for %s', (_, makeFolder, message) => {
    const folder = makeFolder();

    expect(() => checkSkillPackage(folder)).toThrow(SkillPackageError);
    expect(() => checkSkillPackage(folder)).toThrow(message);
  });
});

describe('the check command', () => {
  it('exits 0 for a clean package and prints a readable table', () => {
    const { out, output } = capture();

    expect(main(['check', example, '--defaults', exampleDefaults], output)).toBe(0);
    expect(out.join('\n')).toBe('No Amazon Pay problems found.');
  });

  it('exits 1 when something would fail at run time, and prints where and how to fix it', () => {
    const { out, output } = capture();
    const folder = brokenPackage((m) => void delete m.manifest.permissions);

    expect(main(['check', folder], output)).toBe(1);
    expect(out.join('\n')).toMatch(
      /error\s+FORBIDDEN\s+skill\.json manifest\.permissions\s+.*Fix: Add \{ "name": "payments:autopay_consent" \}/,
    );
    expect(out.join('\n')).toMatch(/1 error\(s\), 0 warning\(s\)\./);
  });

  it('prints JSON for CI', () => {
    const { out, output } = capture();
    const folder = brokenPackage(
      (m) => void (m.manifest.privacyAndCompliance.allowsPurchases = false),
    );

    expect(main(['check', folder, '--json'], output)).toBe(1);
    expect(JSON.parse(out.join('\n'))).toMatchObject({
      ok: false,
      findings: [{ check: 'allows-purchases' }],
    });
  });

  it.each([
    [['check', join(tmpdir(), 'nowhere-at-all')], /nowhere-at-all is not a folder/],
    [
      ['check', example, '--defaults', '/no/such/defaults.json'],
      /\/no\/such\/defaults\.json is missing/,
    ],
    [['check', example, '--defaults'], /Unknown or incomplete argument: --defaults/],
    [['check', example, '--colour'], /Unknown or incomplete argument: --colour/],
    [['check', '--colour'], /Unknown or incomplete argument: --colour/],
    [['check', example, example], /Unknown or incomplete argument: .*skill-package/],
    [['deploy'], /Unknown command: deploy/],
    [[], /No command given/],
  ])('exits 2 for bad usage %j, with a clear message and no stack trace', (args, message) => {
    const { err, output } = capture();

    expect(main(args, output)).toBe(2);
    expect(err.join('\n')).toMatch(message);
    expect(err.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('exits 2 naming a payment defaults file that is not JSON', () => {
    const { err, output } = capture();

    expect(main(['check', example, '--defaults', writeDefaults('{ nope')], output)).toBe(2);
    expect(err.join('\n')).toMatch(/defaults\.json is not valid JSON/);
  });

  it.each(['--help', '-h', 'help'])('has %s', (flag) => {
    const { out, output } = capture();

    expect(main([flag], output)).toBe(0);
    expect(out.join('\n')).toMatch(
      /Exit code: 0 when nothing would fail at run time, 1 when something would, 2 for bad usage/,
    );
  });
});

describe('renderTable', () => {
  it('lines up the columns, with the whole file and path where there is one', () => {
    const finding = {
      severity: 'error',
      check: 'FORBIDDEN',
      file: 'skill.json',
      path: 'manifest.permissions',
      message: 'No permission.',
      fix: 'Add it.',
    } as const;
    const missingModel = {
      severity: 'warning',
      check: 'interaction-model',
      file: 'interactionModels/custom/de-DE.json',
      path: '',
      message: 'No model.',
      fix: 'Add one.',
    } as const;

    expect(renderTable({ ok: false, findings: [finding, missingModel] }).split('\n')).toEqual([
      'severity  check              where                                problem and fix',
      'error     FORBIDDEN          skill.json manifest.permissions      No permission. Fix: Add it.',
      'warning   interaction-model  interactionModels/custom/de-DE.json  No model. Fix: Add one.',
      '',
      '1 error(s), 1 warning(s).',
    ]);
  });

  it('counts errors and warnings', () => {
    expect(
      renderTable({
        ok: true,
        findings: [
          {
            severity: 'warning',
            check: 'amazon-pay-marketplace',
            file: 'skill.json',
            path: 'p',
            message: 'm.',
            fix: 'f.',
          },
        ],
      }),
    ).toMatch(/0 error\(s\), 1 warning\(s\)\./);
  });
});
