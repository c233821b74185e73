import { SaxesParser } from 'saxes';

/**
 * What a conformant XML parser finds wrong with a document, or `undefined` when it is
 * well-formed. The judge of SSML in tests: fast-xml-parser's validator accepts malformed
 * markup (a bare `&` in an attribute, `]]>` in text, `&#0;`).
 */
export function xmlProblem(document: string): string | undefined {
  const parser = new SaxesParser();
  let problem: string | undefined;
  parser.on('error', (error) => {
    problem ??= error.message;
  });
  try {
    parser.write(document).close();
  } catch (error) {
    problem ??= String(error);
  }
  return problem;
}

/** The problem of a prompt fragment, judged inside `<speak>` as Alexa receives it. */
export const ssmlFragmentProblem = (fragment: string): string | undefined =>
  xmlProblem(`<speak>${fragment}</speak>`);
