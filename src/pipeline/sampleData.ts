import { fileURLToPath } from 'node:url';

/** The bundled sample (real motions, the seeds): `sample/` at the package root, wherever the command runs from. */
export const SAMPLE_DIR = fileURLToPath(new URL('../../sample/', import.meta.url));
