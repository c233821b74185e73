import fc from 'fast-check';
import { ssmlTags } from '../../src/prompts/ssml';

// Pieces of markup on the edges of XML's rules: the sound ones are fine anywhere in text or in
// an attribute; the risky ones are fine in one place and wrong in another, or wrong everywhere.
// Joined at random they make well-formed and malformed prompts alike.
const soundPieces = [
  'Tea',
  ' ',
  '\t',
  '\n',
  '\r',
  'é',
  '😀',
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&apos;',
  '&#9;',
  '&#65;',
  '&#0000065;',
  '&#x41;',
  '&#x10FFFF;',
  ']',
  ']]',
  '\u00A0',
];
const riskyPieces = [
  '&',
  '&nbsp;',
  '&amp',
  '&#0;',
  '&#X41;',
  '&#x;',
  '&#xD800;',
  '&#xFFFE;',
  '&#1114112;',
  ']]>',
  '>',
  '<',
  '"',
  "'",
  '\u0007',
  '\uFFFE',
];
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...soundPieces) },
  { weight: 1, arbitrary: fc.constantFrom(...riskyPieces) },
);
const attributeNames = [
  'src',
  'time',
  'name',
  'xml:lang',
  'a.b',
  '_x',
  'n-1',
  'é',
  '1a',
  '-a',
  '·a',
  'a·',
  'a b',
  '',
];
const spaces = ['', ' ', '  ', '\t', '\n', '\r\n', '\u00A0'];

// Any characters at all, but braces: placeholders are not markup.
const anyText = fc
  .oneof(fc.string({ maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 3 }))
  .map((chars) => chars.replace(/[{}]/g, ''));

const text = fc
  .array(fc.oneof({ weight: 8, arbitrary: piece }, anyText), {
    maxLength: 4,
  })
  .map((pieces) => pieces.join(''));

const attributeValue = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: piece },
      fc.constantFrom('https://example.com/a.mp3?v=2', '1s', 'de-DE'),
    ),
    { maxLength: 3 },
  )
  .map((pieces) => pieces.join(''));

const attribute = fc
  .record({
    before: fc.constantFrom(' ', ' ', ' ', '\n', '', '\u00A0'),
    name: fc.constantFrom(...attributeNames),
    aroundEquals: fc.constantFrom('', '', ' ', '\t'),
    quote: fc.constantFrom('"', '"', "'", "'", ''),
    value: attributeValue,
  })
  .map(
    ({ before, name, aroundEquals, quote, value }) =>
      `${before}${name}${aroundEquals}=${aroundEquals}${quote}${value}${quote}`,
  );

interface ElementParts {
  readonly open: string;
  readonly attributes: readonly string[];
  readonly space: string;
  readonly selfClosing: boolean;
  readonly children: readonly string[];
  readonly close: string;
  readonly closeSpace: string;
}

const render = (parts: ElementParts): string => {
  // An attribute right after the tag's name would only lengthen the name (<breaktime="1s"/>
  // names an unknown tag): the first one gets a space.
  const attributes = parts.attributes.join('');
  const start = `<${parts.open}${/^[^ \t\r\n\u00A0]/.test(attributes) ? ' ' : ''}${attributes}${parts.space}`;
  if (parts.selfClosing) return `${start}/>`;
  return `${start}>${parts.children.join('')}</${parts.close}${parts.closeSpace}>`;
};

const tree = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, text, tie('element')),
  element: fc
    .constantFrom(...ssmlTags)
    .chain((tag) =>
      fc.record({
        open: fc.constant(tag),
        attributes: fc.array(attribute, { maxLength: 3 }),
        space: fc.constantFrom(...spaces),
        selfClosing: fc.boolean(),
        children: fc.array(tie('node'), { maxLength: 3 }),
        close: fc.oneof(
          { weight: 9, arbitrary: fc.constant(tag) },
          { weight: 1, arbitrary: fc.constantFrom(...ssmlTags) },
        ),
        closeSpace: fc.constantFrom('', '', '', ' ', '\n', '\u00A0'),
      }),
    )
    .map(render),
}));

/**
 * Generated prompt markup: text and elements of the SSML tags the check allows, nested, with
 * attributes, references and whitespace that XML allows in some places and not in others.
 * Tags are mostly closed by their own name, sometimes by another. No placeholders.
 */
export const ssmlMarkup: fc.Arbitrary<string> = fc
  .array(tree.node, { maxLength: 4 })
  .map((nodes) => nodes.join(''));
