import type { Script } from './fakeOpenAiServer.js';

/** The seed letters: 002 garbled (interleaved text layers), 003 the JBZ-Raad report, 004 the cabinet's position on motie Fritsma. */
export const SEEDS = {
  garbled: 'fixtures/seeds/002_1f48367c55694ea7.txt',
  jbz: 'fixtures/seeds/003_45ed286d7100bb3b.txt',
  fritsma: 'fixtures/seeds/004_981b918f2eac9697.txt',
};

/** Only words, names and numbers of seed 004. */
export const FRITSMA_SUMMARY =
  'Het kabinet geeft zijn standpunt over de op 10 april 2018 aangenomen motie van het lid Fritsma (Kamerstuk 19 637, nr. 2380): ' +
  'het haalt geen arbeidskrachten van buiten de EU naar Nederland als beloning voor landen die meewerken aan terugkeer.';
/** "Yeşilgöz" is nowhere in seed 003. */
export const INVENTED_SUMMARY = 'Minister Yeşilgöz meldt dat de extra JBZ-Raad in Brussel sprak over irreguliere migratie langs alle routes.';

/** Plays a model: a faithful summary of 004, an invented name for 003 (also on the retry), anything else is a bug. */
export const script: Script = ({ body }) => {
  const user = body.messages.find((m) => m.role === 'user')?.content ?? '';
  if (user.includes('motie van het lid Fritsma')) return { content: JSON.stringify({ samenvatting: FRITSMA_SUMMARY }) };
  if (user.includes('JBZ')) return { content: JSON.stringify({ samenvatting: INVENTED_SUMMARY }) };
  return { status: 500, body: { error: { message: 'unexpected letter' } } };
};

