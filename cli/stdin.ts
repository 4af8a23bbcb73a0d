// Reading standard input for `check --stdin`, bounded like every other read: a stream that never ends stops at the limit.
import { InputError } from '../host/readText';

export function readStream(stream: NodeJS.ReadableStream, maxBytes: number, name: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (e?: Error) => {
      stream.removeAllListeners('data');
      if (e) reject(e);
      else resolve(Buffer.concat(chunks, size));
    };
    stream.on('data', (c: Buffer | string) => {
      const b = typeof c === 'string' ? Buffer.from(c) : c;
      size += b.length;
      if (size > maxBytes) {
        stream.pause();
        done(new InputError(name, `too large (more than ${Math.round(maxBytes / 1048576)} MB), skipped`));
        return;
      }
      chunks.push(b);
    });
    stream.on('end', () => done());
    stream.on('error', (e) => done(new InputError(name, (e as Error).message)));
  });
}
