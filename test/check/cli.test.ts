import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { main, renderTable, type CheckReport } from '../../src/check';
import {
  amazonPaySkill,
  removeTemporaryFolders,
  temporaryFolder,
  writeJson,
  writeV1Project,
  writeV2Project,
  type Json,
} from '../support/skill-packages';
import { captureOutput } from '../support/captured-output';

afterAll(removeTemporaryFolders);

const about = { version: '9.8.7' };

function project(change: (manifest: Json) => void = () => undefined) {
  const skill = amazonPaySkill();
  change(skill.skill.manifest);
  return writeV2Project(skill);
}

describe('the check command', () => {
  const ready = project().root;

  it('exits 0 for a clean package and says so', () => {
    const { out, output } = captureOutput();

    expect(main(['check', project().packageFolder], output, about)).toBe(0);
    expect(out.join('\n')).toBe('No Amazon Pay problems found.');
  });

  it('exits 1 when a runtime error is found, and prints where and how to fix it', () => {
    const { out, output } = captureOutput();
    const folder = project((m) => void delete m.permissions).packageFolder;

    expect(main(['check', folder], output, about)).toBe(1);
    expect(out.join('\n')).toMatch(
      /error\s+runtime\s+FORBIDDEN\s+skill\.json manifest\.permissions\s+.*Fix: Add \{ "name": "payments:autopay_consent" \}/,
    );
    expect(out.join('\n')).toMatch(/1 error\(s\), 0 warning\(s\)\./);
  });

  it('exits 1 when only a certification error is found, and names the rule', () => {
    const { out, output } = captureOutput();
    const folder = project((m) => void (m.privacyAndCompliance.isChildDirected = true)).root;

    expect(main(['check', folder], output, about)).toBe(1);
    expect(out.join('\n')).toMatch(/error\s+certification\s+child-directed\s+.*Rule: /);
  });

  it('exits 0 when only warnings are found', () => {
    const { out, output } = captureOutput();
    const folder = project(
      (m) => void (m.publishingInformation.automaticDistribution = { isActive: true }),
    ).root;

    expect(main(['check', folder], output, about)).toBe(0);
    expect(out.join('\n')).toMatch(/warning\s+runtime\s+automatic-distribution/);
    expect(out.join('\n')).toMatch(/0 error\(s\), 1 warning\(s\)\./);
  });

  it('prints JSON for CI that says what its file paths are relative to', () => {
    const { out, err, output } = captureOutput();
    const { root, packageFolder } = project(
      (m) => void (m.privacyAndCompliance.allowsPurchases = false),
    );

    expect(main(['check', root, '--json'], output, about)).toBe(1);
    expect(err).toEqual([]);
    const printed = JSON.parse(out.join('\n')) as Json;
    expect(printed).toEqual({
      ok: false,
      packageFolder,
      layout: 'ask-cli-v2',
      findings: [expect.objectContaining({ check: 'allows-purchases', file: 'skill.json' })],
    });
    expect(printed.findings[0].rule).toEqual(expect.any(String));
  });

  it('checks the current folder when given none', () => {
    const { out, output } = captureOutput();
    const { root } = writeV1Project(amazonPaySkill());
    const before = process.cwd();
    process.chdir(root);
    try {
      expect(main(['check', '--json'], output, about)).toBe(0);
    } finally {
      process.chdir(before);
    }
    expect(JSON.parse(out.join('\n'))).toMatchObject({ layout: 'ask-cli-v1', findings: [] });
  });

  it('takes the seller name, per locale or language, in either option form', () => {
    const { out, output } = captureOutput();
    const folder = project().root;

    expect(
      main(
        ['check', folder, '--seller-name', 'Juniper Books', '--seller-name=ja=ジュニパーブックス'],
        output,
        about,
      ),
    ).toBe(0);
    expect(main(['check', folder, '--seller-name', 'Acme', '--json'], output, about)).toBe(1);
    expect(JSON.parse(out[1] as string).findings.map((f: Json) => f.check)).toEqual([
      'invocation-name',
      'invocation-name',
      'invocation-name',
    ]);
  });

  it('takes payment defaults from a file and names it by its full path', () => {
    const { out, output } = captureOutput();
    const defaults = join(temporaryFolder('defaults-'), 'amazon-pay-defaults.json');
    writeJson(defaults, { setup: { ledgerCurrency: 'CHF' } });

    expect(main(['check', project().root, `--defaults=${defaults}`, '--json'], output, about)).toBe(
      1,
    );
    expect(JSON.parse(out.join('\n')).findings).toEqual([
      expect.objectContaining({ check: 'UnsupportedCurrency', file: resolve(defaults) }),
    ]);
  });

  // Labelled cases: a test's name must be the same in every run, and the folders vary.
  it.each([
    [
      'a folder that is not there',
      ['check', join(temporaryFolder(), 'nowhere-at-all')],
      /nowhere-at-all is not a folder/,
    ],
    [
      'a payment defaults file that is not there',
      ['check', ready, '--defaults', '/no/such/defaults.json'],
      /\/no\/such\/defaults\.json is missing/,
    ],
    [
      'a folder as the payment defaults file',
      ['check', ready, '--defaults', ready],
      /is missing or not a file/,
    ],
    [
      '--defaults without a value',
      ['check', ready, '--defaults'],
      /--defaults needs a value: --defaults <file\.json>/,
    ],
    [
      '--seller-name without a value',
      ['check', ready, '--seller-name'],
      /--seller-name needs a value: --seller-name <name>/,
    ],
    ['a blank seller name', ['check', ready, '--seller-name', ' '], /sellerName must not be empty/],
    [
      'an unknown option after the folder',
      ['check', ready, '--colour'],
      /Unknown option: --colour/,
    ],
    ['an unknown option alone', ['check', '--colour'], /Unknown option: --colour/],
    [
      'two folders',
      ['check', 'one', 'two'],
      /One skill package folder at a time: two is one too many/,
    ],
    ['an unknown command', ['deploy'], /Unknown command: deploy/],
    ['no command', [], /No command given/],
  ])('exits 2 for bad usage (%s), with a clear message and no stack trace', (_, args, message) => {
    const { out, err, output } = captureOutput();

    expect(main(args, output, about)).toBe(2);
    expect(err.join('\n')).toMatch(message);
    expect(err.join('\n')).not.toMatch(/\n\s+at /);
    expect(out).toEqual([]);
  });

  it.each([
    ['an unknown option', ['check', ready, '--colour', '--json']],
    ['a folder that is not there', ['check', '--json', join(temporaryFolder(), 'nowhere')]],
    ['an unknown command', ['--json', 'deploy']],
    ['an option without its value', ['check', ready, '--json', '--defaults']],
  ])('prints usage errors as JSON on stdout with --json (%s)', (_, args) => {
    const { out, err, output } = captureOutput();

    expect(main(args, output, about)).toBe(2);
    expect(err).toEqual([]);
    const printed = JSON.parse(out.join('\n')) as Json;
    expect(printed).toMatchObject({ ok: false, error: { message: expect.any(String) as unknown } });
    expect(Object.keys(printed)).toEqual(['ok', 'error']);
  });

  it('exits 2 naming a payment defaults file that is not JSON, as JSON too', () => {
    const { out, output } = captureOutput();
    const file = join(temporaryFolder('defaults-'), 'defaults.json');
    writeFileSync(file, '{ nope');

    expect(main(['check', project().root, '--defaults', file, '--json'], output, about)).toBe(2);
    expect(JSON.parse(out.join('\n'))).toEqual({
      ok: false,
      error: {
        message: expect.stringMatching(/defaults\.json is not valid JSON/) as unknown,
        file,
      },
    });
  });

  it.each([
    [['--help']],
    [['-h']],
    [['help']],
    [['check', '--help']],
    [['check', '-h']],
    [['check', 'skill-package', '--json', '--help']],
    [['check', '--colour', '--help']],
  ])('answers %j with the usage', (args) => {
    const { out, output } = captureOutput();

    expect(main(args, output, about)).toBe(0);
    expect(out.join('\n')).toMatch(/^Usage: ask-sdk-amazon-pay-middleware check/);
    expect(out.join('\n')).toMatch(
      /Exit code: 0 when no finding is an error \(warnings allowed\), 1 when any finding is an error, runtime or certification, 2 for bad usage\./,
    );
  });

  it.each([[['--version']], [['-v']], [['check', '--version']]])(
    'answers %j with the version',
    (args) => {
      const { out, output } = captureOutput();

      expect(main(args, output, about)).toBe(0);
      expect(out).toEqual(['9.8.7']);
    },
  );
});

describe('renderTable', () => {
  const report = (findings: CheckReport['findings']): CheckReport => ({
    ok: findings.every((finding) => finding.severity !== 'error'),
    packageFolder: '/skills/juniper/skill-package',
    layout: 'ask-cli-v2',
    findings,
  });

  it('lines up the columns, with the file and path where there is one, and the rule', () => {
    const forbidden = {
      severity: 'error',
      kind: 'runtime',
      check: 'FORBIDDEN',
      file: 'skill.json',
      path: 'manifest.permissions',
      message: 'No permission.',
      fix: 'Add it.',
    } as const;
    const description = {
      severity: 'warning',
      kind: 'certification',
      check: 'description-sentence',
      file: 'interactionModels/custom/de-DE.json',
      path: '',
      message: 'No sentence.',
      fix: 'Add one.',
      rule: 'The rule.',
    } as const;

    expect(renderTable(report([forbidden, description])).split('\n')).toEqual([
      'Skill package: /skills/juniper/skill-package (ASK CLI v2); files are relative to it.',
      '',
      'severity  kind           check                 where                                problem and fix',
      'error     runtime        FORBIDDEN             skill.json manifest.permissions      No permission. Fix: Add it.',
      'warning   certification  description-sentence  interactionModels/custom/de-DE.json  No sentence. Fix: Add one. Rule: The rule.',
      '',
      '1 error(s), 1 warning(s).',
    ]);
  });

  it('says when there is nothing to report', () => {
    expect(renderTable(report([]))).toBe('No Amazon Pay problems found.');
  });
});
