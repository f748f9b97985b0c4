import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocumentText, htmlToText } from '../src/formats/index';
import { DocumentInputError } from '../src/input';

const corpus = (f: string) => new Uint8Array(readFileSync(new URL(`./corpus/${f}`, import.meta.url)));

async function refusal(bytes: Uint8Array): Promise<DocumentInputError> {
  try {
    await extractDocumentText(bytes);
  } catch (err) {
    if (err instanceof DocumentInputError) return err;
    throw err;
  }
  throw new Error('not refused');
}

describe('reading files by what their bytes are', () => {
  it('PDF with a text layer (printed by Chromium): paragraphs joined, labelled lines kept apart', async () => {
    const r = await extractDocumentText(corpus('03-esr-tiimiverkko.pdf'));
    expect(r.format).toBe('PDF');
    expect(r.pages).toBe(1);
    expect(r.text).toContain(
      '\nHankekoodi: S21383\nHankkeen nimi: TiimiVerkko - Osallisuutta verkkovalmennuksesta\n',
    );
    expect(r.text).toContain('Suunnitelman mukainen toteutusaika: Alkaa 1.9.2018 ja päättyy 31.12.2020\n');
    const report = await extractDocumentText(corpus('14-raportti-hameenlinna-lapsen-polku.pdf'));
    expect(report.pages).toBe(3);
    // A hyphen at a line end joins the word; a sentence across print lines is one line.
    expect(report.text).toMatch(/^Lapsen Polku Laadukkaaksi -hanke\n/);
    expect(report.text).toContain(
      'Sosiaali- ja terveysministeriö rahoitti hanketta 50 % kokonaiskuluista. Rahoitus käytettiin',
    );
  });

  it('a scanned PDF (images only) is refused as NO_TEXT_LAYER, saying what to do', async () => {
    const err = await refusal(corpus('17-poytakirja-jamijarvi-skannattu.pdf'));
    expect(err.problem).toBe('NO_TEXT_LAYER');
    expect(err.message).toBe(
      'The PDF has no text layer (1 page of images, e.g. a scan): run text recognition (OCR) on it or send the text.',
    );
  });

  it('DOCX: headings on their own lines, list items as "- item", Finnish letters intact', async () => {
    const r = await extractDocumentText(corpus('18-poytakirja-kalajoki.docx'));
    expect(r.format).toBe('DOCX');
    expect(r.text).toMatch(/^KALAJOEN KAUPUNKI · PÖYTÄKIRJA 1\/2014\n\nPerusturvalautakunta\n/);
    expect(r.text).toContain('\n- 24 § Ennalta ehkäisevän toiminnan käynnistäminen Wellmed-konseptilla\n');
    expect(r.text).toContain('\n\n24 § Ennalta ehkäisevän toiminnan käynnistäminen Wellmed-konseptilla\n\n');
  });

  it('HTML saved from a browser: navigation, breadcrumbs, RSS links and footer dropped, <main> kept', async () => {
    const r = await extractDocumentText(corpus('08-kunta-kittila-perhekeskus.html'));
    expect(r.format).toBe('HTML');
    expect(r.text).toMatch(
      /^Perhekeskuksen toimintamalli\n\nPerhekeskuksen kehittäminen toimintamallin mukaan\n\n/,
    );
    for (const chrome of ['Talousarvio 2024', 'RSS', 'Etusivu', 'Valtatie 15', 'dataLayer'])
      expect(r.text).not.toContain(chrome);
    expect(r.text).toContain('\n- Elokuussa 2022 aloitettiin viikoittaiset');
  });

  it('HTML without landmarks: chrome by class, tables as lines, entities decoded', () => {
    const text = htmlToText(
      '<html><body><div class="breadcrumb">Etusivu › Hankkeet</div><div id="content"><h2>Hanke</h2>' +
        '<table><tr><th>Hankekoodi:</th><td>S1&nbsp;2</td></tr><tr><th>Hakija:</th><td>Auran&nbsp;kunta &amp; muut</td></tr></table>' +
        '<p>Rivi<br>toinen</p></div><script>var x = "<p>ei</p>";</script></body></html>',
    );
    expect(text).toBe('Hanke\n\nHankekoodi: S1\u00a02\nHakija: Auran\u00a0kunta & muut\n\nRivi\ntoinen\n');
  });

  it('plain UTF-8 text passes through unchanged', async () => {
    const bytes = corpus('01-esr-tukee-samk.txt');
    const r = await extractDocumentText(bytes);
    expect(r).toMatchObject({ format: 'TEXT', pages: null });
    expect(r.text).toBe(new TextDecoder().decode(bytes));
  });

  it('refuses other files with a reason: old Word, images, damaged PDFs, non-Word ZIPs', async () => {
    const b = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
    expect((await refusal(b('\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1'))).problem).toBe(
      'UNSUPPORTED_FORMAT',
    );
    expect((await refusal(b('\u0089PNG\r\n\u001a\n'))).message).toBe(
      'The file is an image (PNG): the text must be typed or recognised first.',
    );
    expect((await refusal(b('%PDF-1.7\nthis is not a pdf'))).problem).toBe('DAMAGED');
    expect((await refusal(b('PK\u0003\u0004\u0014\u0000data.csv'))).problem).toBe('UNSUPPORTED_FORMAT');
  });
});
