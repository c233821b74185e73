import { checkSkillPackage } from './check-skill-package';
import { readCommand } from './cli-arguments';
import { SkillPackageError } from './findings';
import { renderTable } from './render-table';
import { readSellerName } from './seller-name';

const usage = `Usage: ask-sdk-amazon-pay-middleware check [folder] [--defaults <file.json>] [--seller-name <name>] [--json]

Checks an Alexa skill package for the Amazon Pay mistakes customers would meet (runtime) and
the certification requirements Amazon checks in its files (certification).
  folder                the skill package (the folder with skill.json), or the project folder
                        of an ASK CLI v1 or v2 skill (default: the current folder)
  --defaults <file>     also check Setup/Charge defaults: { "setup": {...}, "charge": {...} }
  --seller-name <name>  the seller name each invocation name must match; for one locale or
                        language: --seller-name ja-JP=<name> (repeat the option)
  --json                print the report as JSON, for CI (usage errors too)
  --help, --version

Exit code: 0 when no finding is an error (warnings allowed), 1 when any finding is an error, runtime or certification, 2 for bad usage.`;

export interface Output {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** About the installed package, for `--version`. */
export interface About {
  readonly version?: string;
}

const asJson = (value: unknown): string => JSON.stringify(value, null, 2);

/** Runs the command line; returns the exit code. Never throws for bad usage or a bad package. */
export function main(
  args: readonly string[],
  output: Output = { out: console.log, err: console.error },
  about: About = {},
): number {
  const json = args.includes('--json');
  const fail = (message: string, file?: string, withUsage = false): number => {
    if (json)
      output.out(
        asJson({ ok: false, error: file === undefined ? { message } : { message, file } }),
      );
    else output.err(withUsage ? `${message}\n\n${usage}` : message);
    return 2;
  };
  const command = readCommand(args);
  if (command.kind === 'help') {
    output.out(usage);
    return 0;
  }
  if (command.kind === 'version') {
    output.out(about.version ?? 'unknown');
    return 0;
  }
  if (command.kind === 'usage-error') return fail(command.message, undefined, true);
  try {
    readSellerName(command.sellerName);
  } catch (error) {
    return fail((error as Error).message, undefined, true);
  }
  try {
    const report = checkSkillPackage(command.folder, {
      paymentDefaults: command.defaults,
      sellerName: command.sellerName,
    });
    output.out(json ? asJson(report) : renderTable(report));
    return report.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof SkillPackageError) return fail(error.message, error.file);
    throw error;
  }
}
