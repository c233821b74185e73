import { checkSkillPackage } from '../../src/check';
import {
  amazonPaySkill,
  removeTemporaryFolders,
  writeV2Project,
  type Json,
} from '../support/skill-packages';

afterAll(removeTemporaryFolders);

/** The findings of a v2 project of the Amazon Pay skill, its manifest bent as the test says. */
function findingsWith(change: (manifest: Json) => void, locales?: readonly string[]) {
  const skill = amazonPaySkill(locales);
  change(skill.skill.manifest);
  return checkSkillPackage(writeV2Project(skill).root).findings;
}

describe('the privacy policy URL of a published locale', () => {
  it.each([
    ['missing', undefined],
    ['empty', ''],
  ])('is said to be missing when it is %s', (_, url) => {
    const findings = findingsWith(
      (m) => void (m.privacyAndCompliance.locales['en-US'].privacyPolicyUrl = url),
      ['en-US'],
    );

    expect(findings).toEqual([
      expect.objectContaining({
        check: 'privacy-policy-url',
        message:
          'en-US has no privacy policy URL: a skill that takes payments needs one in every locale it is published in to pass certification.',
      }),
    ]);
  });

  it('is said to need https:// when it has another scheme', () => {
    const findings = findingsWith(
      (m) =>
        void (m.privacyAndCompliance.locales['en-US'].privacyPolicyUrl =
          'http://juniper-books.example/privacy'),
      ['en-US'],
    );

    expect(findings).toEqual([
      expect.objectContaining({
        check: 'privacy-policy-url',
        message:
          'en-US has no privacy policy URL that starts with https://: a skill that takes payments needs one in every locale it is published in to pass certification.',
      }),
    ]);
  });
});

describe('a published locale whose entry is not an object', () => {
  it.each([['Juniper Books'], [null], [['Juniper Books']]])(
    'holding %j is found to lack the description sentence',
    (entry) => {
      const findings = findingsWith(
        (m) => void (m.publishingInformation.locales['en-US'] = entry),
        ['en-US'],
      );

      expect(findings).toEqual([
        expect.objectContaining({
          check: 'description-sentence',
          path: 'manifest.publishingInformation.locales.en-US.description',
        }),
      ]);
    },
  );
});

describe('the automatic distribution warning', () => {
  it('takes no language from a key of publishingInformation.locales that is not a locale', () => {
    const findings = findingsWith(
      (m) => {
        m.publishingInformation.automaticDistribution = { isActive: true };
        m.publishingInformation.locales.english = m.publishingInformation.locales['de-DE'];
      },
      ['de-DE'],
    );

    expect(findings).toEqual([
      expect.objectContaining({
        check: 'automatic-distribution',
        message:
          'Automatic distribution publishes the skill in further locales of its languages, which may include locales Amazon Pay for Alexa does not serve.',
      }),
      expect.objectContaining({ check: 'locale-key' }),
    ]);
  });
});
