// Output formats by name. Each makes one part per file as soon as the file is checked (the file's text and analysis
// are then dropped) and joins the parts, in file order, into the whole output.
import { textFormat } from './text';
import { jsonFormat } from './json';
import { sarifFormat } from './sarif';
import { githubFormat } from './github';
import { junitFormat } from './junit';
import { htmlFormat } from './html';
import { formatAll, type FileReport, type Format, type FormatContext } from './shared';

export const FORMAT_OBJECTS: Record<string, Format> = {
  text: textFormat,
  json: jsonFormat,
  sarif: sarifFormat as Format,
  github: githubFormat,
  junit: junitFormat,
  html: htmlFormat as Format,
};

/** The whole output of a format for reports at hand. */
export const FORMATS: Record<string, (reports: FileReport[], ctx: FormatContext) => string> = Object.fromEntries(
  Object.entries(FORMAT_OBJECTS).map(([name, f]) => [name, (reports: FileReport[], ctx: FormatContext) => formatAll(f, reports, ctx)]),
);

export const FORMAT_NAMES = Object.keys(FORMAT_OBJECTS);
