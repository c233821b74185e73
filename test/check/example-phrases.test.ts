import { checkSkillPackage, type Finding } from '../../src/check';
import {
  amazonPaySkill,
  removeTemporaryFolders,
  writeV2Project,
  type SkillPackage,
} from '../support/skill-packages';

afterAll(removeTemporaryFolders);

const phraseFindings = (skill: SkillPackage): Finding[] =>
  checkSkillPackage(writeV2Project(skill).root).findings.filter(
    (finding) => finding.check === 'example-phrase',
  );

/** The en-US bookshop with these example phrases. */
function withPhrases(phrases: readonly string[]): SkillPackage {
  const skill = amazonPaySkill(['en-US']);
  skill.skill.manifest.publishingInformation.locales['en-US'].examplePhrases = [...phrases];
  return skill;
}

describe('example phrases read against the sample utterances', () => {
  it('hears a number in the phrase as a word a slot can take ("order 1984")', () => {
    expect(phraseFindings(withPhrases(['Alexa, ask Juniper Books to order 1984']))).toEqual([]);
  });

  it('accepts a sample utterance after the wake word without the invocation name', () => {
    expect(phraseFindings(withPhrases(['Alexa, buy a book']))).toEqual([]);
  });

  it('finds a request with a word before the sample, where a slot could take the rest', () => {
    const phrase = 'Alexa, ask Juniper Books to kindly order Emma';

    expect(phraseFindings(withPhrases([phrase])).map((f) => f.message)).toEqual([
      `The en-US example phrase "${phrase}" matches no sample utterance of the en-US model: "kindly order emma" is not one of them.`,
    ]);
  });

  it('finds a phrase that opens the skill when the model’s invocation name is blank', () => {
    const skill = withPhrases(['Alexa, open']);
    skill.models['en-US'].interactionModel.languageModel.invocationName = '';

    expect(phraseFindings(skill).map((f) => f.path)).toEqual([
      'manifest.publishingInformation.locales.en-US.examplePhrases[0]',
    ]);
  });
});

describe('example phrases too long to be one', () => {
  it('still reads a phrase of 300 characters', () => {
    const phrase = 'Alexa, ask Juniper Books to order Emma'.padEnd(300, ' Emma');

    expect(phrase).toHaveLength(300);
    expect(phraseFindings(withPhrases([phrase]))).toEqual([]);
  });

  it('does not say that a longer one misses the invocation name it names', () => {
    const phrase = `Alexa, ask Juniper Books to ${'buy a book '.repeat(40)}`;

    const [finding] = phraseFindings(withPhrases([phrase]));

    expect(finding?.message).not.toContain('invocation name');
    expect(finding?.fix).toMatch(/^Build the phrase around a sample utterance of the en-US model/);
  });
});
