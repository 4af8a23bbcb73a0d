// The entity model beside the bundles (dist/ner-model.bin) instead of inside them. Bundled as a JSON import, the model's
// 2.2 MB of strings were part of every bundle's source: read, scanned and copied into strings at each start of the
// server and the CLI (~70 ms of CPU of a ~600 ms start), whether or not the process ever tagged a name. In this file each
// string of models/ner-model.json is stored as the code units it holds: one byte each (latin1) when none is above
// U+00FF, two (UTF-16LE) otherwise, so reading it back is a copy with no decoding. esbuild.mjs writes it from the JSON
// at build time; the server, CLI and core bundles read it through bundledNerModel.ts, the first time a name is tagged.
import { readFileSync } from 'node:fs';
import type { PackedModel } from '../core/entities/model';

export const NER_MODEL_FILE = 'ner-model.bin';
const MAGIC = 'copydesk-ner-model 1';

type Encoding = 'latin1' | 'utf16le';
/** The header's account of one string field: its name, how its code units are stored, and its bytes after the header. */
type Section = [name: string, encoding: Encoding, start: number, end: number];

/**
 * The model's strings in the sidecar's layout. The first line is a JSON header: the model's other fields as they are
 * and the sections; each section starts at an even offset, so a UTF-16 one is aligned.
 */
export function packNerModel(model: PackedModel): Buffer {
  const fields: Record<string, unknown> = {};
  const sections: Section[] = [];
  const bodies: Buffer[] = [];
  let at = 0;
  for (const [name, value] of Object.entries(model)) {
    if (typeof value !== 'string') {
      fields[name] = value;
      continue;
    }
    const encoding: Encoding = /[^\x00-\xff]/.test(value) ? 'utf16le' : 'latin1';
    const body = Buffer.from(value, encoding);
    sections.push([name, encoding, at, at + body.length]);
    bodies.push(body);
    at += body.length;
    if (at % 2) {
      bodies.push(Buffer.alloc(1));
      at++;
    }
  }
  let header = JSON.stringify({ magic: MAGIC, fields, sections });
  // The body starts at an even offset too (a space pads the header line; JSON ignores it).
  if ((header.length + 1) % 2) header += ' ';
  return Buffer.concat([Buffer.from(`${header}\n`, 'latin1'), ...bodies]);
}

/** The model back from the sidecar's bytes; a clear error for anything that is not one. */
export function unpackNerModel(bytes: Buffer, file = NER_MODEL_FILE): PackedModel {
  const nl = bytes.indexOf(10);
  let header: { magic?: string; fields?: Record<string, unknown>; sections?: Section[] } | undefined;
  try {
    header = nl > 0 ? JSON.parse(bytes.toString('latin1', 0, nl)) : undefined;
  } catch {
    header = undefined;
  }
  if (header?.magic !== MAGIC || !header.fields || !Array.isArray(header.sections))
    throw new Error(`${file} is not a Copydesk entity model: rebuild with node esbuild.mjs`);
  const model: Record<string, unknown> = { ...header.fields };
  const body = nl + 1;
  for (const [name, encoding, start, end] of header.sections) {
    if (body + end > bytes.length) throw new Error(`${file} is truncated: rebuild with node esbuild.mjs`);
    model[name] = bytes.toString(encoding, body + start, body + end);
  }
  return model as unknown as PackedModel;
}

export function readNerModelFile(path: string): PackedModel {
  return unpackNerModel(readFileSync(path), path);
}
