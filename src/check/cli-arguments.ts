import { parseLocale } from '../prompts/locale';
import type { SellerNameOption } from './seller-name';

/** What the command line asks for. */
export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'usage-error'; readonly message: string }
  | {
      readonly kind: 'check';
      readonly folder: string;
      readonly defaults: string | undefined;
      readonly sellerName: SellerNameOption | undefined;
    };

const valueHint = { '--defaults': '<file.json>', '--seller-name': '<name>' } as const;
type ValueOption = keyof typeof valueHint;
const isValueOption = (arg: string): arg is ValueOption => Object.hasOwn(valueHint, arg);

/** `--seller-name` values: a plain name, or `<locale or language>=<name>`. */
function sellerNameOf(values: readonly string[]): SellerNameOption | undefined {
  const byKey: Record<string, string> = {};
  for (const value of values) {
    const [, key, name] = /^([^=]+)=(.*)$/s.exec(value) ?? [];
    if (
      key !== undefined &&
      name !== undefined &&
      (key === 'default' || parseLocale(key) !== undefined)
    ) {
      byKey[key] = name;
    } else byKey.default = value;
  }
  const keys = Object.keys(byKey);
  if (keys.length === 0) return undefined;
  return keys.length === 1 && keys[0] === 'default' ? byKey.default : byKey;
}

/** Reads the arguments after the program name; `--json` is read by the caller. */
export function readCommand(args: readonly string[]): Command {
  if (args.some((arg) => arg === '--help' || arg === '-h') || args[0] === 'help')
    return { kind: 'help' };
  if (args.some((arg) => arg === '--version' || arg === '-v')) return { kind: 'version' };
  const [command, ...rest] = args.filter((arg) => arg !== '--json');
  if (command !== 'check') {
    const message = command === undefined ? 'No command given.' : `Unknown command: ${command}.`;
    return { kind: 'usage-error', message };
  }
  let folder: string | undefined;
  const values: Record<ValueOption, string[]> = { '--defaults': [], '--seller-name': [] };
  for (let at = 0; at < rest.length; at += 1) {
    const arg = rest[at] as string;
    const [option, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (isValueOption(option)) {
      const value = inline ?? rest[at + 1];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) {
        return {
          kind: 'usage-error',
          message: `${option} needs a value: ${option} ${valueHint[option]}`,
        };
      }
      if (inline === undefined) at += 1;
      values[option].push(value);
    } else if (arg.startsWith('-')) {
      return { kind: 'usage-error', message: `Unknown option: ${option}` };
    } else if (folder !== undefined) {
      return {
        kind: 'usage-error',
        message: `One skill package folder at a time: ${arg} is one too many.`,
      };
    } else folder = arg;
  }
  return {
    kind: 'check',
    folder: folder ?? '.',
    defaults: values['--defaults'].at(-1),
    sellerName: sellerNameOf(values['--seller-name']),
  };
}
