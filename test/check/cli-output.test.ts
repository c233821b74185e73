import { join } from 'node:path';
import { main, type Output } from '../../src/check';
import {
  amazonPaySkill,
  removeTemporaryFolders,
  temporaryFolder,
  writeV2Project,
  type Json,
} from '../support/skill-packages';
import { captureOutput } from '../support/captured-output';

// What the check command prints, and where: the usage after bad usage only, the console when
// no output is given, and names from the command line quoted in findings. Test names carry no
// folder paths, so that every run names the same tests.

afterAll(removeTemporaryFolders);

const about = { version: '1.2.3' };
const usageStart = '\n\nUsage: ask-sdk-amazon-pay-middleware check [folder]';

const juniperBooks = () => writeV2Project(amazonPaySkill());

describe('the usage', () => {
  it('follows a usage error on the command line', () => {
    const { out, err, output } = captureOutput();

    expect(main(['check', juniperBooks().root, '--colour'], output, about)).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^Unknown option: --colour\n\nUsage: /);
  });

  it('follows a blank seller name, which is said to be empty', () => {
    const { out, err, output } = captureOutput();

    expect(main(['check', juniperBooks().root, '--seller-name', '  '], output, about)).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]?.startsWith(`sellerName must not be empty.${usageStart}`)).toBe(true);
  });

  it('does not follow a package that cannot be read: its message stands alone', () => {
    const { err, output } = captureOutput();
    const missing = join(temporaryFolder(), 'no-such-project');

    expect(main(['check', missing], output, about)).toBe(2);
    expect(err).toEqual([
      `${missing} is not a folder: give the skill package folder (the one with skill.json) or the skill project folder.`,
    ]);
  });
});

describe('where it prints', () => {
  it('writes to the console when given no output, as the installed command does', () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(main(['--version'], undefined, about)).toBe(0);
      expect(main(['deploy'], undefined, about)).toBe(2);

      expect(log.mock.calls).toEqual([['1.2.3']]);
      expect(error.mock.calls).toEqual([[expect.stringMatching(/^Unknown command: deploy\./)]]);
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  });

  it('lets a failure of its output through rather than calling it bad usage', () => {
    const { err } = captureOutput();
    const failing: Output = {
      out: () => {
        throw new Error('standard output is closed');
      },
      err: (text) => void err.push(text),
    };

    expect(() => main(['check', juniperBooks().root], failing, about)).toThrow(
      'standard output is closed',
    );
    expect(err).toEqual([]);
  });
});

describe('names from the command line in findings', () => {
  const sellerName = (length: number) =>
    'Juniper Books and Stationery of the Lakes '.repeat(4).slice(0, length);

  const messageFor = (name: string): string => {
    const { out, output } = captureOutput();
    expect(main(['check', juniperBooks().root, '--seller-name', name, '--json'], output)).toBe(1);
    const [first] = JSON.parse(out.join('\n')).findings as Json[];
    return first.message;
  };

  it('quotes a seller name of 120 characters whole, and cuts a longer one there', () => {
    const whole = sellerName(120);
    const longer = sellerName(121);

    expect(messageFor(whole)).toContain(`the seller name ${JSON.stringify(whole)}.`);
    expect(messageFor(longer)).toContain(`the seller name ${JSON.stringify(`${whole}…`)}.`);
  });
});
