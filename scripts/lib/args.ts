import { parseArgs } from 'node:util';

/** An option that takes a value (`--event SLUG`, `--event=SLUG`), and what to say when it has none. */
export interface ValueOption {
  type: 'string';
  short?: string;
  /** The whole refusal when the value is missing or looks like another option. */
  missing: string;
}

/** An option that is there or not (`--check`). */
export interface FlagOption {
  type: 'boolean';
  short?: string;
}

export type OptionSpec = ValueOption | FlagOption;

/** A command line as the scripts use it. */
export interface CommandLine<Name extends string> {
  /** Each value option's last value. */
  values: Partial<Record<Name, string>>;
  /** The flags given. */
  flags: ReadonlySet<Name>;
  /** The other arguments in order, each with the value options as they stood before it. */
  positionals: { value: string; before: Partial<Record<Name, string>> }[];
}

/**
 * Reads a command line with Node's `util.parseArgs` (long and short options, `--name=value`,
 * `--` before arguments that start with a dash), in the scripts' words: an unknown option is
 * refused with the usage, an option without its value with the script's own sentence. `fail`
 * makes the script's error type, so its message reaches the user as the script's other refusals.
 * The positionals keep their order and the options before each (`--event a x --event b y`).
 */
export function readCommandLine<Name extends string>(
  args: readonly string[],
  options: Record<Name, OptionSpec>,
  usage: string,
  fail: (message: string) => Error,
): CommandLine<Name> {
  const specs: Partial<Record<string, OptionSpec>> = options;
  // Not strict: parseArgs' own messages ("Unknown option '--x'. To specify a positional argument
  // starting with a '-', ...") are for programmers; the checks below word them for the user.
  const { tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  const values: Partial<Record<Name, string>> = {};
  const flags = new Set<Name>();
  const positionals: CommandLine<Name>['positionals'] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push({ value: token.value, before: { ...values } });
    if (token.kind !== 'option') continue;
    const spec = specs[token.name];
    if (!spec) throw fail(`unknown option "${token.rawName}".\n${usage}`);
    const name = token.name as Name;
    if (spec.type === 'boolean') {
      flags.add(name);
      continue;
    }
    // parseArgs takes the next argument as the value even when it is the next option.
    if (!token.value || (!token.inlineValue && token.value.startsWith('-'))) throw fail(spec.missing);
    values[name] = token.value;
  }
  return { values, flags, positionals };
}
