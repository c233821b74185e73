import { join } from 'node:path';
import { checkSkillPackage, main } from '../../src/check';

const shop = join(__dirname, '..', '..', 'examples', 'demo-store');
const skillPackage = join(shop, 'skill-package');
const paymentDefaults = join(shop, 'amazon-pay-defaults.json');

describe("the example shop's skill package", () => {
  it('passes the check with its payment defaults and its seller name in each language', () => {
    const report = checkSkillPackage(skillPackage, {
      paymentDefaults,
      sellerName: { default: 'Tea House', ja: 'ティーハウス' },
    });

    expect(report.findings).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('passes the check command from the shop folder, as its README runs it', () => {
    const out: string[] = [];
    const output = {
      out: (text: string) => void out.push(text),
      err: (text: string) => void out.push(text),
    };

    expect(main(['check', shop, '--defaults', paymentDefaults], output, { version: '0' })).toBe(0);
    expect(out).toEqual(['No Amazon Pay problems found.']);
  });
});
