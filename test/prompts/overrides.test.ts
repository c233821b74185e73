import fc from 'fast-check';
import { SkillBuilders } from 'ask-sdk-core';
import type { AmazonPayConfigurationError } from '../../src';
import { createAmazonPayMiddleware, isAmazonPayConfigurationError } from '../../src';
import { checkPromptOverrides } from '../../src/prompts/overrides';
import { amazonPayErrorEnvelope } from '../../src/testing';
import { ssmlOf } from '../support/skill';
import { ssmlFragmentProblem, xmlProblem } from '../support/xml';
import { ssmlMarkup } from '../support/ssml-markup';

const option = 'prompts.en-US.error.unexpected';

/** The configuration error creating a middleware with this override throws, if any. */
function overrideError(text: string): AmazonPayConfigurationError | undefined {
  try {
    createAmazonPayMiddleware({
      merchantName: 'Tea House',
      prompts: { 'en-US': { 'error.unexpected': text } },
    });
  } catch (error) {
    if (isAmazonPayConfigurationError(error)) return error;
    throw error;
  }
  return undefined;
}

const accepted = (text: string): boolean => {
  try {
    checkPromptOverrides({ 'en-US': { 'error.unexpected': text } });
    return true;
  } catch (error) {
    if (isAmazonPayConfigurationError(error)) return false;
    throw error;
  }
};

describe('the override check refuses what a conformant XML parser refuses', () => {
  it.each([
    [
      'a bare & in an audio URL',
      'Welcome. <audio src="https://example.com/a.mp3?v=2&lang=en"/>',
      'has a bare "&" in the src attribute of <audio> at character 50: write &amp; (https://example.com/a.mp3?v=2&amp;lang=en)',
    ],
    [
      ']]> in text',
      'Prices ]]> values',
      'has "]]>" in its text at character 7, which XML does not allow: write ]]&gt;',
    ],
    [
      'the character reference &#0;',
      'Nothing&#0; was bought',
      'has the character reference "&#0;" at character 7, which stands for a character XML does not allow',
    ],
    [
      'the character reference &#xD800;',
      'Nothing&#xD800; was bought',
      'has the character reference "&#xD800;" at character 7, which stands for a character XML does not allow',
    ],
    [
      'an HTML entity',
      'Tea&nbsp;House',
      'has a bare "&" at character 3: write &amp; (XML knows only &amp; &lt; &gt; &quot; &apos; and character references)',
    ],
    [
      'a repeated attribute',
      '<break time="1s" time="2s"/>',
      'repeats the time attribute of <break> at character 0',
    ],
    ['attributes on a closing tag', '<s>Hi</s class="x">', 'has a malformed tag at character 5'],
    [
      'a no-break space inside a tag',
      '<break\u00A0time="1s"/>',
      'has a malformed tag at character 0',
    ],
    [
      'an attribute name starting with a digit',
      '<audio 1src="a.mp3"/>',
      'has a malformed tag at character 0',
    ],
    [
      'attributes without space between them',
      '<break time="1s"strength="x"/>',
      'has a malformed tag at character 0',
    ],
    [
      'a < in an attribute',
      '<sub alias="a<b">ab</sub>',
      'has a "<" in the alias attribute of <sub> at character 13: write &lt;',
    ],
    [
      'a character reference beyond Unicode',
      '&#1114112;',
      'has the character reference "&#1114112;" at character 0, which stands for a character XML does not allow',
    ],
    [
      'a bad character reference in an attribute',
      '<sub alias="&#xFFFE;">x</sub>',
      'has the character reference "&#xFFFE;" at character 12, which stands for a character XML does not allow',
    ],
    [
      'a hexadecimal reference with a capital X',
      '&#X41;',
      'has a bare "&" at character 0: write &amp; (XML knows only &amp; &lt; &gt; &quot; &apos; and character references)',
    ],
    [
      'a comment',
      'Hello <!-- note --> there',
      'has a comment, CDATA section or processing instruction at character 6; a prompt holds only SSML tags and text',
    ],
    [
      'a CDATA section',
      '<![CDATA[x]]>',
      'has a comment, CDATA section or processing instruction at character 0; a prompt holds only SSML tags and text',
    ],
    ['a lone <', 'a < b', 'has a malformed tag at character 2: write &lt; for a less-than sign'],
    [
      'a control character after an emoji',
      'Tea \u{1F375} time\u0007',
      'has a character XML does not allow at character 11',
    ],
    [
      'a low surrogate before a high one',
      'Tea \uDF75\uD83C',
      'has a character XML does not allow at character 4',
    ],
    [
      'a lone high surrogate at the end',
      'Tea\uD83C',
      'has a character XML does not allow at character 3',
    ],
  ])('%s', (_, text, problem) => {
    const error = overrideError(text);

    expect(error?.option).toBe(option);
    expect(error?.message).toBe(
      `ask-sdk-amazon-pay-middleware: options.${option} is not valid SSML: it ${problem}`,
    );
  });

  it('names the override of another locale and key', () => {
    expect(() =>
      createAmazonPayMiddleware({
        merchantName: 'Tea House',
        prompts: { 'de-DE': { 'afterAmazonPaySpoke.declined': '<audio src="a?x=1&y=2"/>' } },
      }),
    ).toThrow(
      expect.objectContaining({
        option: 'prompts.de-DE.afterAmazonPaySpoke.declined',
        message: expect.stringContaining('write &amp; (a?x=1&amp;y=2)'),
      }),
    );
  });

  it('shortens the suggestion for a long URL', () => {
    const url = `https://example.com/${'a'.repeat(300)}?v=2&lang=en`;

    const error = overrideError(`<audio src="${url}"/>`);

    expect(error?.message).toContain(`write &amp; (${url.replace('&', '&amp;').slice(0, 99)}…)`);
  });
});

describe('the override check accepts what a conformant XML parser accepts', () => {
  it.each([
    ['an escaped audio URL', '<audio src="https://example.com/a.mp3?v=2&amp;lang=en"/>'],
    ['character references with leading zeros', 'A&#0000065; &#x0000041; &#x10FFFF;'],
    ['a tab, a line feed and a carriage return reference', '&#9;&#10;&#13;'],
    ['] and ]] in text', 'a ] b ]] c ]>'],
    [']]> in an attribute', '<sub alias="]]>">x</sub>'],
    ['> in text and in an attribute', 'a > b <sub alias="x>y">z</sub>'],
    ['line ends and tabs inside tags', '<prosody\n\trate="slow"\r\n>slow</prosody\n>'],
    ['spaces around =', '<break time = "1s" />'],
    ['single quotes holding a double quote', `<sub alias='say "hi"'>hi</sub>`],
    [
      'attribute names XML allows',
      '<lang xml:lang="de-DE" _x="1" a.b="2" n-1="3" é="4">Hallo</lang>',
    ],
    ['nested SSML', '<p><s><emphasis level="strong">Hi</emphasis></s></p>'],
    [
      'the Amazon tags',
      '<amazon:effect name="whispered">psst</amazon:effect><amazon:domain name="news">x</amazon:domain>',
    ],
  ])('%s', (_, text) => {
    expect(ssmlFragmentProblem(text)).toBeUndefined();
    expect(overrideError(text)).toBeUndefined();
  });

  it('speaks an audio URL written with &amp; as well-formed SSML', async () => {
    const skill = createAmazonPayMiddleware({
      merchantName: 'Fish & Chips <Ltd>',
      onError: () => undefined,
      prompts: {
        'en-US': {
          'error.shopCannotTakePayments':
            '<audio src="https://example.com/a.mp3?v=2&amp;lang=en"/> {{merchantName}} is closed.',
        },
      },
    })
      .register(SkillBuilders.custom())
      .create();

    const response = await skill.invoke(amazonPayErrorEnvelope('Charge', 'InvalidSellerId'));

    const ssml = ssmlOf(response) ?? '';
    expect(ssml).toBe(
      '<speak><audio src="https://example.com/a.mp3?v=2&amp;lang=en"/> Fish &amp; Chips &lt;Ltd&gt; is closed.</speak>',
    );
    expect(xmlProblem(ssml)).toBeUndefined();
  });
});

describe('character references on the edges of what XML allows', () => {
  const allowed = [0x9, 0xa, 0xd, 0x20, 0xd7ff, 0xe000, 0xfffd, 0x10000, 0x10ffff];
  const refused = [0x0, 0x8, 0xb, 0xc, 0xe, 0x1f, 0xd800, 0xdfff, 0xfffe, 0xffff, 0x110000];
  const forms = (code: number) => [
    `&#${code};`,
    `&#x${code.toString(16)};`,
    `&#x${code.toString(16).toUpperCase()};`,
  ];

  it.each(allowed.flatMap(forms))('accepts %s, as the parser does', (reference) => {
    expect(ssmlFragmentProblem(reference)).toBeUndefined();
    expect(overrideError(`a ${reference} b`)).toBeUndefined();
    expect(overrideError(`<sub alias="${reference}">x</sub>`)).toBeUndefined();
  });

  it.each(refused.flatMap(forms))('refuses %s, as the parser does', (reference) => {
    expect(ssmlFragmentProblem(reference)).toBeDefined();
    expect(overrideError(`a ${reference} b`)?.message).toContain(
      `has the character reference "${reference}" at character 2, which stands for a character XML does not allow`,
    );
    expect(overrideError(`<sub alias="${reference}">x</sub>`)?.message).toContain(
      `has the character reference "${reference}" at character 12`,
    );
  });
});

describe('placeholders', () => {
  it.each([
    ['inside an entity', '&{{merchantName}}amp;'],
    ['inside a tag name', '<{{merchantName}}break/>'],
    ['as an attribute name', '<audio {{merchantName}}="x"/>'],
    ['right after a tag name', '<break{{merchantName}}/>'],
    ['inside a character reference', '&#{{amazonSite}}65;'],
  ])('are refused %s, where a name would break the markup', (_, text) => {
    expect(overrideError(text)?.message).toMatch(/is not valid SSML/);
  });

  it('are shown as written in the suggestion for a URL', () => {
    expect(
      overrideError('<audio src="https://{{amazonSite}}/a.mp3?v=2&lang=en"/>')?.message,
    ).toContain('write &amp; (https://{{amazonSite}}/a.mp3?v=2&amp;lang=en)');
  });

  it.each([
    ['in text', 'Welcome to {{merchantName}}.'],
    ['in an attribute', '<sub alias="{{merchantName}}">shop</sub>'],
    ['next to ]]', 'a ]]{{merchantName}}'],
    ['next to an entity', '&amp;{{merchantName}}&lt;'],
  ])('are accepted %s', (_, text) => {
    expect(overrideError(text)).toBeUndefined();
  });
});

describe('a property: the check and a conformant XML parser agree', () => {
  it('over generated markup of the tags the check allows, both ways', () => {
    const runs = Number(process.env.FUZZ_RUNS ?? 2000);
    const seen = { accepted: 0, refused: 0 };

    fc.assert(
      fc.property(ssmlMarkup, (fragment) => {
        fc.pre(fragment.trim() !== '');
        const parserAccepts = ssmlFragmentProblem(fragment) === undefined;

        // Both directions at once: what the parser refuses the check refuses, and what it
        // accepts the check accepts.
        expect({ fragment, accepted: accepted(fragment) }).toEqual({
          fragment,
          accepted: parserAccepts,
        });
        if (parserAccepts) seen.accepted += 1;
        else seen.refused += 1;
      }),
      // FUZZ_SEED=n replays one seed's cases (mutation runs set one, so every mutant meets them).
      {
        numRuns: runs,
        ...(process.env.FUZZ_SEED === undefined ? {} : { seed: Number(process.env.FUZZ_SEED) }),
      },
    );

    // The markup was hostile enough to be refused often, and sound enough to be accepted often.
    expect(seen.accepted).toBeGreaterThan(runs / 10);
    expect(seen.refused).toBeGreaterThan(runs / 10);
  });
});
