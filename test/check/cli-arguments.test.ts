import { main } from '../../src/check';
import {
  amazonPaySkill,
  removeTemporaryFolders,
  writeV2Project,
  type Json,
} from '../support/skill-packages';
import { captureOutput } from '../support/captured-output';

// How the check command reads its arguments: which folder, which seller name for which
// locale, and when an option is left without its value. Test names carry no folder paths, so
// that every run names the same tests.

afterAll(removeTemporaryFolders);

function run(args: readonly string[]) {
  const { out, err, output } = captureOutput();
  const code = main(args, output, { version: '1.2.3' });
  return { code, out, err };
}

/** The findings of a `--json` run. */
const findingsOf = (out: readonly string[]): Json[] => JSON.parse(out.join('\n')).findings;

/** A v2 project of the Juniper Books skill: "juniper books", and "ジュニパーブックス" in ja-JP. */
const juniperBooks = () => writeV2Project(amazonPaySkill());

/** The same skill in English and German only, where the invocation name is "juniper books". */
const juniperBooksInEurope = () => writeV2Project(amazonPaySkill(['en-US', 'de-DE']));

describe('the folder and the option values', () => {
  it('checks the folder that follows an option given with =', () => {
    const { root, packageFolder } = juniperBooksInEurope();

    const { code, out } = run(['check', '--seller-name=Juniper Books', root, '--json']);

    expect(code).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ packageFolder, findings: [] });
  });

  it('takes a value given with = as written, even one that starts with dashes', () => {
    const { root } = juniperBooksInEurope();

    const { code, out, err } = run(['check', root, '--seller-name=--Juniper Books--']);

    expect(err).toEqual([]);
    expect(out).toEqual(['No Amazon Pay problems found.']);
    expect(code).toBe(0);
  });

  it('asks for the value of an option followed by another option, rather than taking that option as its value', () => {
    const { root } = juniperBooks();

    const { code, err } = run(['check', root, '--seller-name', '--defaults', 'defaults.json']);

    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/^--seller-name needs a value: --seller-name <name>\n/);
  });

  it('asks for the value of an option that ends the line', () => {
    const { code, err } = run(['check', '--defaults']);

    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/^--defaults needs a value: --defaults <file\.json>\n/);
  });
});

describe('the seller name', () => {
  it('checks only the locale named when the seller name is given for that locale alone', () => {
    const { root } = juniperBooks();

    const { code, out } = run(['check', root, '--seller-name', 'ja=Acme', '--json']);

    expect(code).toBe(1);
    expect(findingsOf(out)).toEqual([
      expect.objectContaining({
        check: 'invocation-name',
        file: 'interactionModels/custom/ja-JP.json',
      }),
    ]);
  });

  it('takes default=<name> as the name of every locale not named on its own', () => {
    const { root } = juniperBooks();

    const { code, out } = run([
      'check',
      root,
      '--seller-name',
      'default=Juniper Books',
      '--seller-name',
      'ja=ジュニパーブックス',
    ]);

    expect(out).toEqual(['No Amazon Pay problems found.']);
    expect(code).toBe(0);
  });

  it('takes a name with = in it whole when what comes before = is no locale', () => {
    const { root } = juniperBooksInEurope();

    const { code, out, err } = run(['check', root, '--seller-name', 'Juniper = Books']);

    expect(err).toEqual([]);
    expect(out).toEqual(['No Amazon Pay problems found.']);
    expect(code).toBe(0);
  });

  it('takes a value that starts with = whole, as the name of every locale', () => {
    const { root } = juniperBooks();

    const { code, out } = run(['check', root, '--seller-name', '=en=Juniper Books', '--json']);

    expect(code).toBe(1);
    expect(
      findingsOf(out).map((finding) => [finding.check, finding.file, finding.message]),
    ).toEqual(
      ['en-US', 'de-DE', 'ja-JP'].map((locale) => [
        'invocation-name',
        `interactionModels/custom/${locale}.json`,
        expect.stringContaining('does not match the seller name "=en=Juniper Books".'),
      ]),
    );
  });
});
