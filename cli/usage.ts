// The help texts are the reference for flags and exit codes; README's CI section repeats them.
// A usage error prints one line and where to read more, never the whole help text (it would bury the line that matters).
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose help the hint names (`copydesk check --help`). */
    readonly command?: string,
  ) {
    super(message);
  }
}

export const USAGE = `Usage:
  copydesk check [options] PATH...      check articles (files, folders, globs)
  copydesk annotate [options] FILE...   print names, figures, quotes and attribution
  copydesk ledger [options]             list (or prune) the verification ledger
  copydesk lsp --stdio                  run the language server
  copydesk help COMMAND                 options of one command (or: copydesk COMMAND --help)
  copydesk --version`;

export const CHECK_USAGE = `Usage: copydesk check [options] PATH...
       copydesk check [options] --stdin [--stdin-filename NAME]

Checks articles (files, folders, globs). A folder means every .txt .md .markdown .article .story below it, less the
files .copydeskignore lists and the reference files .copydesk.json names (name those explicitly to check them).

Options:
  -r, --references DIR|GLOB   reference articles (repeatable); overrides "references" in .copydesk.json. Yours to
                              choose: may be outside the repository (.copydesk.json may only name files inside it)
  -f, --format NAME           text (default), json, sarif, github, junit, html
  -o, --output FILE           write the report to FILE instead of stdout
      --max-warnings N        exit 1 when there are more than N warnings (counted with --quiet too, as ESLint does)
      --quiet                 show error-level findings only (warnings still count for --max-warnings)
      --baseline FILE         report only findings that are not in FILE (written by --write-baseline)
      --write-baseline FILE   record today's findings in FILE (findings fixed since are dropped), then report as
                              --baseline FILE would
      --changed-since REF     report only findings on lines changed since the git REF (working tree included;
                              untracked files count as changed)
      --stdin                 check the text on standard input
      --stdin-filename NAME   the name of that text: its .copydesk.json is looked up from it, and reports show it
      --cache-location DIR    where the reference index is kept between runs (default: COPYDESK_CACHE_DIR, else
                              the user cache folder, e.g. ~/.cache/copydesk)
      --no-cache              index the references from scratch and keep nothing
  -j, --jobs N|auto           check files on N worker threads (default 1; auto = one per CPU)
      --file-timeout SECS     give up on a file after this long (reported, exit 2; at most 2147483); runs checks on
                              worker threads, and thread start-up and reference indexing are not counted
      --file-memory MB        heap for checking one file on a worker thread (default: half the machine's memory
                              shared among the workers, 512-4096); a file needing more is reported (exit 2)
      --shard I/N             check only shard I of N (1-based; a file's shard is a hash of its path)
      --ignore-path FILE      ignore file to use instead of .copydeskignore
      --no-ignore             do not read .copydeskignore
      --article-date DATE     the articles' date (YYYY-MM-DD) for "on Tuesday"
      --color, --no-color     force colour on or off in the text format (NO_COLOR is honoured)
      --no-progress           no progress bar (there is none anyway unless stderr is a terminal and CI is unset)
  -h, --help                  this text

Exit codes:
  0  no error-level findings (and no more warnings than --max-warnings)
  1  error-level findings, or more warnings than --max-warnings
  2  usage error, invalid .copydesk.json, a broken ledger line, or a file or reference that could not be read or was
     refused (outside the repository)`;

export const ANNOTATE_USAGE = `Usage: copydesk annotate [options] FILE...

Prints each file's names, quantities (with values), quotes and the attribution of every sentence.

Options:
  -f, --format json|text      json (default; UTF-16 offsets) or text (line:col, one item a line)
      --article-date DATE     the article's date (YYYY-MM-DD) for "on Tuesday"
  -j, --jobs N|auto           annotate files on N worker threads (default 1; auto = one per CPU); same output
  -h, --help                  this text`;

export const LEDGER_USAGE = `Usage: copydesk ledger [options] [PATH...]

Lists the verification ledger (.copydesk/ledger.jsonl beside .copydesk.json, else in the current folder): the claims
editors marked verified or disputed, who did and when.

Options:
  -f, --format text|json      text (default) or json
      --prune                 remove the records whose claim is in no article under PATH... (default: the folder
                              that holds the ledger); prints what it removed
  -h, --help                  this text`;

export const HELP: Record<string, string> = {
  check: CHECK_USAGE,
  annotate: ANNOTATE_USAGE,
  ledger: LEDGER_USAGE,
  lsp: 'Usage: copydesk lsp --stdio\n\nRuns the language server on standard input and output.',
};

/** Node's parseArgs errors, said in one short line ("unknown option --foo"). */
export function parseArgsMessage(e: { code?: string; message: string }): string {
  const m = /^Unknown option '([^']*)'/.exec(e.message);
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && m) return `unknown option ${m[1]}`;
  const v = /^Option '([^']*)' argument missing/.exec(e.message);
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && v)
    return `option ${v[1]!.replace(/^-\w, /, '').replace(/ <value>$/, '')} needs a value`;
  const p = /^Unexpected argument '([^']*)'/.exec(e.message);
  if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && p) return `unexpected argument ${p[1]}`;
  return e.message.split('\n')[0]!.replace(/\.\s.*$/, '');
}
