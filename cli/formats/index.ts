// Output formats by name. Each takes every file's report and returns the whole output as one string.
import { formatText } from './text';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { formatGithub } from './github';
import { formatJunit } from './junit';
import { formatHtml } from './html';
import type { FileReport, FormatContext } from './shared';

export const FORMATS: Record<string, (reports: FileReport[], ctx: FormatContext) => string> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  html: formatHtml,
};

export const FORMAT_NAMES = Object.keys(FORMATS);
