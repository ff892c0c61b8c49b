import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** An option that takes a value (`--event SLUG`, `--event=SLUG`), and what to say when it has none. */
export interface ValueOption {
  type: 'string';
  short?: string;
  /** The whole refusal when the value is missing or looks like another option. */
  missing: string;
  /**
   * May be given more than once (`--event a x --event b y`); each positional sees the value
   * before it. Otherwise a second one is refused: keeping only the last dropped the first unseen.
   */
  repeatable?: boolean;
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
  /** Value options given after the last positional (all of them when there is none). */
  trailing: ReadonlySet<Name>;
}

/**
 * The folder the user ran the command from. npm runs every script in the project root and
 * passes the folder it was called from as INIT_CWD; run directly, it is the working folder.
 */
export function invocationFolder(): string {
  return process.env.INIT_CWD || process.cwd();
}

/**
 * A path typed on the command line, as the script must open it: relative to the folder the
 * user ran the command from (`cd content && npm run claims -- articles`), not to the project
 * root npm runs scripts in. Where both are the same folder the path is kept as typed, so
 * messages show it as the user wrote it; otherwise it becomes absolute.
 */
export function userPath(path: string, folder: string = invocationFolder()): string {
  const base = resolve(folder);
  return path === '' || isAbsolute(path) || base === process.cwd() ? path : resolve(base, path);
}

/** Whether an argument names an existing file or folder, seen from the user's folder. */
const existsForUser = (argument: string): boolean => existsSync(userPath(argument));

/**
 * Reads a command line with Node's `util.parseArgs` (long and short options, `--name=value`,
 * `--` before arguments that start with a dash), in the scripts' words: an unknown option is
 * refused with the usage, an option without its value with the script's own sentence. `fail`
 * makes the script's error type, so its message reaches the user as the script's other refusals.
 * The positionals keep their order and the options before each (`--event a x --event b y`).
 * Nothing given is dropped unseen: a second value of an option that is not `repeatable` and a
 * value for a flag are refused. An argument that parses as options but names an existing file
 * (`-dash.txt`) is refused with the hint to put `--` before it; `exists` tells whether it does.
 */
export function readCommandLine<Name extends string>(
  args: readonly string[],
  options: Record<Name, OptionSpec>,
  usage: string,
  fail: (message: string) => Error,
  exists: (argument: string) => boolean = existsForUser,
): CommandLine<Name> {
  const specs: Partial<Record<string, OptionSpec>> = options;
  // Not strict: parseArgs' own messages ("Unknown option '--x'. To specify a positional argument
  // starting with a '-', ...") are for programmers; the checks below word them for the user.
  const { tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  const values: Partial<Record<Name, string>> = {};
  const flags = new Set<Name>();
  const positionals: CommandLine<Name>['positionals'] = [];
  let trailing = new Set<Name>();
  // npm passes on what follows its own "--", so a second one is needed: npm run add -- -- -x.txt
  const command = /npm run(?: -s)? \S+/.exec(usage)?.[0] ?? '...';
  /** The hint for an argument that was read as options but is a file's name. */
  const fileHint = (argument: string): string | undefined =>
    argument.startsWith('-') && !argument.startsWith('--') && exists(argument)
      ? `"${argument}" is read as options, as it starts with "-", but it is the name of a file. Put -- before file names that start with a dash: ${command} -- -- ${argument}`
      : undefined;
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push({ value: token.value, before: { ...values } });
      trailing = new Set();
    }
    if (token.kind !== 'option') continue;
    const argument = args[token.index] ?? token.rawName;
    const spec = specs[token.name];
    if (!spec) throw fail(fileHint(argument) ?? `unknown option "${token.rawName}".\n${usage}`);
    const name = token.name as Name;
    if (spec.type === 'boolean') {
      if (token.inlineValue) throw fail(`${token.rawName} takes no value; write it alone, without "=${token.value}".`);
      flags.add(name);
      continue;
    }
    // "-ofile" is -o with the value "file"; a file called "-ofile" is the likelier meaning.
    const hint = token.inlineValue && !argument.startsWith('--') ? fileHint(argument) : undefined;
    if (hint) throw fail(hint);
    // parseArgs takes the next argument as the value even when it is the next option.
    if (!token.value || (!token.inlineValue && token.value.startsWith('-'))) throw fail(spec.missing);
    const previous = values[name];
    if (previous !== undefined && !spec.repeatable) {
      throw fail(`--${name} is given twice ("${previous}" and "${token.value}"); give it once.`);
    }
    values[name] = token.value;
    trailing.add(name);
  }
  return { values, flags, positionals, trailing };
}
