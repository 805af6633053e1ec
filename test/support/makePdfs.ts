/**
 * Test PDFs made with pdf-lib, in the shapes real parliamentary PDFs take (and the hostile ones).
 * Each function returns the bytes; tests write them to temp folders where a file is needed.
 */
import { deflateSync } from 'node:zlib';
import { degrees, PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

const A4: [number, number] = [595, 842];

export const BODY = [
  'In reactie op de motie van het lid Becker verstrekken wij uw Kamer hierbij een overzicht',
  'van de inzet van het kabinet bij de totstandkoming van migratieovereenkomsten met',
  'derde landen, voor zowel het terugdringen van irreguliere migratie als het terugnemen',
  'van uitgeprocedeerde onderdanen. De samenwerking met landen in de regio wordt',
  'verder versterkt en het kabinet informeert de Kamer voor de zomer over de voortgang.',
];

export const MARGIN = ['Directoraat-Generaal Migratie', 'Turfmarkt 147', '2511 DP Den Haag', 'Ons kenmerk', '2971694', 'Datum 10 juli 2020'];

async function newDoc(): Promise<{ doc: PDFDocument; font: PDFFont; bold: PDFFont }> {
  const doc = await PDFDocument.create();
  return { doc, font: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
}

const save = (doc: PDFDocument) => doc.save({ useObjectStreams: false });

function lines(page: PDFPage, font: PDFFont, texts: string[], x: number, y: number, size = 10, leading = 14): number {
  for (const t of texts) {
    page.drawText(t, { x, y, size, font });
    y -= leading;
  }
  return y;
}

/** A Kamerbrief: body on the left, the narrow margin column (sender, kenmerk, datum) on the right, a return-address line on top. */
export async function kamerbriefWithMargin(): Promise<Uint8Array> {
  const { doc, font } = await newDoc();
  const page = doc.addPage(A4);
  page.drawText('> Retouradres Postbus 20301 2500 EH Den Haag', { x: 70, y: 760, size: 7, font });
  // The margin column is drawn first and starts level with the body, as in the ministries' template.
  lines(page, font, MARGIN, 430, 700, 7.5, 11);
  let y = lines(page, font, ['Aan de Voorzitter van de Tweede Kamer', 'der Staten-Generaal'], 70, 700);
  // The body column ends well before the margin column, as in the Rijksoverheid letter template.
  y = lines(page, font, BODY, 70, y - 30, 8, 12);
  lines(page, font, BODY.map((l) => l.replace('kabinet', 'ministerie')), 70, y - 12, 8, 12);
  return save(doc);
}

/** Fake bold as some printer drivers make it: every glyph drawn twice, 0.3 pt apart. */
export async function fakeBoldGlyphs(): Promise<Uint8Array> {
  const { doc, font, bold } = await newDoc();
  const page = doc.addPage(A4);
  const heading = 'Directoraat-Generaal Belastingdienst';
  let x = 70;
  for (const ch of heading) {
    page.drawText(ch, { x, y: 760, size: 12, font: bold });
    page.drawText(ch, { x: x + 0.3, y: 760, size: 12, font: bold });
    x += bold.widthOfTextAtSize(ch, 12);
  }
  lines(page, font, BODY, 70, 730);
  return save(doc);
}

/** Fake bold drawn line by line: each heading line a second time, `offset` pt to the right (0.3 pt; heavier: 1.5 pt). */
export async function fakeBoldLines(offset = 0.3): Promise<Uint8Array> {
  const { doc, font, bold } = await newDoc();
  const page = doc.addPage(A4);
  for (const [i, t] of ['Directoraat-Generaal Belastingdienst', 'Kamerbrief over de voortgang van de aanpak'].entries()) {
    page.drawText(t, { x: 70, y: 760 - i * 16, size: 12, font: bold });
    page.drawText(t, { x: 70 + offset, y: 760 - i * 16, size: 12, font: bold });
  }
  lines(page, font, BODY, 70, 720);
  return save(doc);
}

export const PAGE_A = ['Hoofdstuk een gaat over de woningbouw in de provincie.', 'De minister wil dat gemeenten sneller vergunningen verlenen.', 'Daarvoor komt er geld beschikbaar voor extra ambtenaren.'];
export const PAGE_B = ['Hoofdstuk twee beschrijft de aanpak van de stikstofuitstoot.', 'Boeren krijgen steun om hun bedrijf te verduurzamen.', 'De provincies maken daarvoor gebiedsplannen met de sector.'];

/** Two pages drawn on top of each other on one page (a broken PDF merge): pdftotext interleaves them. */
export async function overlaidPages(): Promise<Uint8Array> {
  const src = await newDoc();
  for (const texts of [PAGE_A, PAGE_B]) lines(src.doc.addPage(A4), src.font, [...texts, ...texts, ...texts], 70, 760, 11, 15);
  const { doc } = await newDoc();
  const [a, b] = await doc.embedPdf(await save(src.doc), [0, 1]);
  const page = doc.addPage(A4);
  page.drawPage(a!);
  page.drawPage(b!);
  return save(doc);
}

/** A page stored rotated by 90° (/Rotate 90) with ordinary text on it. */
export async function rotatedPage(): Promise<Uint8Array> {
  const { doc, font } = await newDoc();
  const page = doc.addPage(A4);
  page.setRotation(degrees(90));
  lines(page, font, BODY, 70, 760);
  return save(doc);
}

/**
 * Several pages with a running header and footer ("Pagina 2 van 3"), a word broken at a line end
 * ("vooruit-" / "zichten"), a compound that keeps its hyphen ("Oost-" / "Mediterrane"), and a footnote
 * whose number is set small and raised after a word ("motie van Nispen¹").
 */
export async function letterWithFurniture(pages = 3): Promise<Uint8Array> {
  const { doc, font } = await newDoc();
  for (let p = 1; p <= pages; p++) {
    const page = doc.addPage(A4);
    page.drawText('Kamerbrief over de economische vooruitzichten', { x: 70, y: 800, size: 8, font });
    const body = p === 1 ? ['Wij bespreken hier de economische vooruit-', 'zichten van de regio rond de Oost-', 'Mediterrane landen en de handel.'] : [];
    let y = lines(page, font, [...body, ...BODY.slice(p - 1 >= BODY.length ? 0 : p - 1).map((l) => `${l} (deel ${["een", "twee", "drie", "vier"][p - 1] ?? p})`)], 70, 740);
    if (p === 1) {
      page.drawText('Het kabinet voert hiermee de motie van Nispen', { x: 70, y: y - 10, size: 10, font });
      page.drawText('1', { x: 70 + font.widthOfTextAtSize('Het kabinet voert hiermee de motie van Nispen', 10), y: y - 6, size: 6, font });
      page.drawText(' uit en meldt de voortgang.', { x: 73.5 + font.widthOfTextAtSize('Het kabinet voert hiermee de motie van Nispen', 10), y: y - 10, size: 10, font });
      page.drawText('1 Kamerstuk 36 200 VI, nr. 12', { x: 70, y: 90, size: 7, font });
    }
    page.drawText(`Pagina ${p} van ${pages}`, { x: 480, y: 40, size: 8, font });
  }
  return save(doc);
}

/** A document with many pages of one line each. */
export async function manyPages(n: number): Promise<Uint8Array> {
  const { doc, font } = await newDoc();
  for (let i = 1; i <= n; i++) doc.addPage([300, 200]).drawText(`Dit is bladzijde ${i} van het verslag over de begroting.`, { x: 20, y: 100, size: 8, font });
  return save(doc);
}

/** A page with only a drawn rectangle: what a scan looks like to a text extractor (no text layer). */
export async function imageOnly(): Promise<Uint8Array> {
  const { doc } = await newDoc();
  doc.addPage(A4).drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
  return save(doc);
}

/** A plain, valid one-page motion-like PDF (the good file next to the bad ones). */
export async function plainMotion(): Promise<Uint8Array> {
  const { doc, font } = await newDoc();
  lines(doc.addPage(A4), font, ['MOTIE VAN HET LID BECKER', 'De Kamer,', 'gehoord de beraadslaging,', ...BODY, 'verzoekt de regering de Kamer voor de zomer te informeren,', 'en gaat over tot de orde van de dag.'], 70, 760);
  return save(doc);
}

/**
 * A PDF bomb: a tiny file whose one content stream inflates to `mb` megabytes of text-drawing operators.
 * Built by hand, since pdf-lib would compress nothing this large.
 */
export function pdfBomb(mb: number): Uint8Array {
  const unit = Buffer.from('BT /F1 12 Tf 72 720 Td (Bom) Tj ET\n');
  const raw = Buffer.alloc(mb * 1024 * 1024);
  for (let i = 0; i + unit.length <= raw.length; i += unit.length) unit.copy(raw, i);
  return handMadePdf(deflateSync(raw, { level: 9 }), '/Filter /FlateDecode');
}

/** A PDF with an /Encrypt dictionary whose user password is not empty: no reader opens it without the password. */
export function encryptedPdf(): Uint8Array {
  const hex = (n: number) => Buffer.from(Array.from({ length: 32 }, (_, i) => (i * 37 + n) % 256)).toString('hex');
  return handMadePdf(Buffer.from('BT /F1 12 Tf 72 720 Td (Geheim) Tj ET'), '', `/Encrypt 6 0 R /ID [<${hex(1).slice(0, 32)}> <${hex(1).slice(0, 32)}>]`, [
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(3)}> /U <${hex(5)}> /P -3904 >>`,
  ]);
}

function handMadePdf(content: Buffer, filter: string, trailerExtra = '', extraObjects: string[] = []): Uint8Array {
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>'),
    Buffer.concat([Buffer.from(`<< /Length ${content.length} ${filter} >>\nstream\n`), content, Buffer.from('\nendstream')]),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
    ...extraObjects.map((o) => Buffer.from(o)),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  const offsets: number[] = [];
  let pos = parts[0]!.length;
  objects.forEach((body, i) => {
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    offsets.push(pos);
    parts.push(chunk);
    pos += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${pos}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}
