import { describe, expect, it } from 'vitest';
import { labelKind, parseDateLine, toIsoString, type DateLine } from '../../../src/core/dates';

/** Both parts as ISO text, so a case reads as one line. */
const line = (text: string, lang?: string) => {
  const r: DateLine = parseDateLine(text, lang);
  return { published: r.published && toIsoString(r.published), modified: r.modified && toIsoString(r.modified) };
};

describe('labelKind', () => {
  it('recognises publication labels in many languages', () => {
    const published = [
      'Published: 25 February 2021', 'First published on Thu 25 Feb 2021', 'Posted by John Smith', 'Originally published 2021',
      'Publié le 25/02/2021', 'Veröffentlicht am 25.02.2021', 'Publicado el 25 de febrero', 'Pubblicato il 25 febbraio',
      'Gepubliceerd: 25-02-2021', 'Yayınlanma: 25.02.2021', 'Yayın tarihi: 25.02.2021', 'YAYINLANMA TARİHİ 25.02.2021',
      'Опубликовано: 25.02.2021', 'Опубліковано 25.02.2021', 'Opublikowano: 25.02.2021', 'Publicerad 25 februari',
      'Publiceret 25. februar', 'Publisert 25.02.2021', 'Julkaistu 25.2.2021', 'Publicat: 25.02.2021', 'Publikováno 25. 2.',
      'Megjelent: 2021. február 25.', 'Δημοσίευση: 25/02/2021', 'Diterbitkan 25 Februari', 'نشر في 25 فبراير 2021',
      '公開日：2021年2月25日', '发布时间：2021-02-25', '입력 2021.02.25',
    ];
    for (const text of published) expect(labelKind(text), text).toBe('published');
  });

  it('recognises update labels in many languages', () => {
    const modified = [
      'Updated 2:57 PM EST', 'Last updated: 25 Feb', 'Modified Date: 04:57', 'Last modified on Thu 25 Feb 2021', 'Update: 25 Feb',
      'Mis à jour le 25/02/2021', 'Modifié le 25/02/2021', 'Aktualisiert am 25.02.2021', 'Zuletzt aktualisiert: 25.02.2021',
      'Stand: 25.02.2021 14:37 Uhr', 'Stand vom 25.02.2021', 'Actualizado el 25', 'Atualizado em 25/02/2021', 'Aggiornato il 25',
      'Bijgewerkt op 25 februari', 'Güncelleme: 25.02.2021', 'Güncellenme tarihi: 25.02.2021', 'Son güncelleme 25.02.2021',
      'Обновлено: 25.02.2021', 'Оновлено 25.02.2021', 'Aktualizacja: 25.02.2021', 'Uppdaterad 25 februari', 'Opdateret 25. februar',
      'Oppdatert 25.02.2021', 'Päivitetty 25.2.2021', 'Actualizat: 25.02.2021', 'Aktualizováno 25. 2. 2021', 'Frissítve: 2021. február 25.',
      'Ενημέρωση: 25/02/2021', 'Diperbarui 25 Februari', 'آخر تحديث 25 فبراير', '更新日：2021年2月26日', '수정 2021.02.25',
    ];
    for (const text of modified) expect(labelKind(text), text).toBe('modified');
  });

  it('lets the first label decide when a line has both', () => {
    expect(labelKind('Publié le 25/02/2021 à 14h37, mis à jour à 16h05')).toBe('published');
    expect(labelKind('Updated 26 Feb 2021, first published 25 Feb 2021')).toBe('modified');
  });

  it('does not find labels inside other words or in ordinary text', () => {
    for (const text of ['The mayor of Springfield', 'unpublished draft', 'Standard & Poor’s 500', 'Stand up for 25 years', 'Date: 25.02.2021', 'Edited by Jane Doe', 'Reposted', '']) {
      expect(labelKind(text), text).toBeNull();
    }
  });
});

describe('parseDateLine', () => {
  it('reads the French line: the update gives only a time and takes the publication day', () => {
    expect(line('Publié le 25/02/2021 à 14h37, mis à jour à 16h05', 'fr')).toEqual({ published: '2021-02-25T14:37:00', modified: '2021-02-25T16:05:00' });
  });

  it('reads both parts when both give a date', () => {
    expect(line('Опубликовано: 25.02.2021 14:57 | Обновлено: 26.02.2021 09:00', 'ru')).toEqual({ published: '2021-02-25T14:57:00', modified: '2021-02-26T09:00:00' });
    expect(line('Yayınlanma: 25.02.2021 - 14:57 | Güncelleme: 25.02.2021 - 16:05', 'tr')).toEqual({ published: '2021-02-25T14:57:00', modified: '2021-02-25T16:05:00' });
    expect(line('Publicerad 25 februari 2021 kl 14.57 Uppdaterad 26 februari 2021 kl 09.00', 'sv')).toEqual({ published: '2021-02-25T14:57:00', modified: '2021-02-26T09:00:00' });
    expect(line('입력 2021.02.25 14:57 | 수정 2021.02.25 16:05', 'ko')).toEqual({ published: '2021-02-25T14:57:00', modified: '2021-02-25T16:05:00' });
    expect(line('公開日：2021年2月25日 更新日：2021年2月26日', 'ja')).toEqual({ published: '2021-02-25', modified: '2021-02-26' });
  });

  it('reads the update first when the page prints it first', () => {
    expect(line('Aggiornato il 26 febbraio 2021 alle 09:00 – Pubblicato il 25 febbraio 2021 alle 14:57', 'it')).toEqual({ published: '2021-02-25T14:57:00', modified: '2021-02-26T09:00:00' });
  });

  it('takes an unlabelled leading date as the publication when only the update is labelled', () => {
    expect(line('Thu 25 Feb 2021 14.57 GMT Last modified on Thu 25 Feb 2021 15.10 GMT')).toEqual({ published: '2021-02-25T14:57:00Z', modified: '2021-02-25T15:10:00Z' });
    expect(line('25 February 2021 | Updated 16:05', 'en-GB')).toEqual({ published: '2021-02-25', modified: '2021-02-25T16:05:00' });
  });

  it('gives a time-only update the publication offset, or its own zone', () => {
    expect(line('Published 25 Feb 2021 14:37 CET, updated 16:05')).toEqual({ published: '2021-02-25T14:37:00+01:00', modified: '2021-02-25T16:05:00+01:00' });
    expect(line('Published 25 Feb 2021 14:37 CET, updated 16:05 GMT')).toEqual({ published: '2021-02-25T14:37:00+01:00', modified: '2021-02-25T16:05:00Z' });
  });

  it('moves a time-only update past midnight to the next day', () => {
    expect(line('Published 25.02.2021 23:50, updated 00:10', 'en-GB')).toEqual({ published: '2021-02-25T23:50:00', modified: '2021-02-26T00:10:00' });
    expect(line('Updated 00:10 — first published 28.02.2021 23:50', 'en-GB')).toEqual({ published: '2021-02-28T23:50:00', modified: '2021-03-01T00:10:00' });
  });

  it('reads a label without a date as nothing', () => {
    expect(parseDateLine('Last updated: 2 days ago | Published 25 Feb 2021')).toEqual({ published: { year: 2021, month: 2, day: 25 } });
    expect(parseDateLine('Updated 3 hours ago')).toEqual({});
  });

  it('reads a line without labels as a publication', () => {
    expect(line('25.02.2021 14:57', 'de')).toEqual({ published: '2021-02-25T14:57:00', modified: undefined });
  });

  it('German "Stand:" is an update', () => {
    expect(line('Stand: 25.02.2021 14:37 Uhr', 'de')).toEqual({ published: undefined, modified: '2021-02-25T14:37:00' });
  });
});
