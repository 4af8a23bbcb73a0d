// The help text is the reference for flags and exit codes; README's CI section repeats it.
export class UsageError extends Error {}

export const USAGE = `Usage:
  copydesk check [options] PATH...      check articles (files, folders, globs)
  copydesk annotate [--format json|text] [--article-date YYYY-MM-DD] FILE...
  copydesk lsp --stdio

check options:
  -r, --references DIR|GLOB   reference articles (repeatable); overrides "references" in .copydesk.json. Yours to
                              choose: may be outside the repository (.copydesk.json may only name files inside it)
  -f, --format NAME           text (default), json, sarif, github, junit, html
  -o, --output FILE           write the report to FILE instead of stdout
      --max-warnings N        exit 1 when there are more than N warnings
      --quiet                 show error-level findings only (exit code unchanged)
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

Exit codes:
  0  no error-level findings (and no more warnings than --max-warnings)
  1  error-level findings, or more warnings than --max-warnings
  2  usage error, invalid .copydesk.json, or a file or reference that could not be read or was refused
     (outside the repository)`;
