/**
 * Words that label a visible date as the first publication or the last update, by language, as
 * pages print them (matching folds case and diacritics). Matched as whole words, so list each
 * inflection a page prints ("publié", "publiée"). Chinese, Japanese and Korean labels are matched
 * inside words, as those scripts attach "日"/"时间"/"일" without a space.
 *
 * Left out on purpose: "date" (also "Date of birth", "Event date"), "edited" ("Edited by" is a
 * credit), bare German "Stand" (an everyday word; "Stand:" with its colon is the label).
 */
export interface DateLabels {
  published: readonly string[];
  modified: readonly string[];
}

export const DATE_LABELS: Readonly<Record<string, DateLabels>> = {
  en: {
    published: ['published', 'first published', 'originally published', 'publication date', 'date published', 'publish date', 'posted', 'created'],
    modified: ['updated', 'last updated', 'update', 'modified', 'last modified', 'date modified', 'revised'],
  },
  fr: {
    published: ['publié', 'publiée', 'publié le', 'mis en ligne', 'date de publication', 'créé'],
    modified: ['mis à jour', 'mise à jour', 'dernière mise à jour', 'modifié', 'modifiée', 'actualisé', 'actualisée'],
  },
  de: {
    published: ['veröffentlicht', 'erschienen', 'erstellt', 'publiziert', 'veröffentlichung'],
    modified: ['aktualisiert', 'zuletzt aktualisiert', 'aktualisierung', 'geändert', 'zuletzt geändert', 'Stand:', 'Stand vom'],
  },
  es: {
    published: ['publicado', 'publicada', 'publicación', 'fecha de publicación', 'creado'],
    modified: ['actualizado', 'actualizada', 'actualización', 'última actualización', 'modificado'],
  },
  it: {
    published: ['pubblicato', 'pubblicata', 'pubblicazione', 'creato'],
    modified: ['aggiornato', 'aggiornata', 'aggiornamento', 'ultimo aggiornamento', 'modificato', 'modifica', 'ultima modifica'],
  },
  pt: {
    published: ['publicado', 'publicada', 'publicação', 'criado'],
    modified: ['atualizado', 'atualizada', 'atualização', 'actualizado', 'actualização', 'modificado'],
  },
  nl: {
    published: ['gepubliceerd', 'geplaatst', 'publicatie'],
    modified: ['bijgewerkt', 'laatst bijgewerkt', 'gewijzigd', 'aangepast'],
  },
  tr: {
    published: ['yayınlanma', 'yayınlanma tarihi', 'yayın tarihi', 'yayınlandı', 'yayımlanma', 'yayımlandı', 'oluşturulma'],
    modified: ['güncelleme', 'güncellenme', 'güncellendi', 'son güncelleme', 'güncelleme tarihi', 'güncellenme tarihi'],
  },
  ru: {
    published: ['опубликовано', 'опубликован', 'опубликована', 'дата публикации', 'публикация'],
    modified: ['обновлено', 'обновлен', 'обновлена', 'изменено', 'дата обновления', 'последнее обновление'],
  },
  uk: {
    published: ['опубліковано', 'дата публікації'],
    modified: ['оновлено', 'змінено', 'дата оновлення'],
  },
  pl: {
    published: ['opublikowano', 'data publikacji', 'publikacja', 'dodano'],
    modified: ['aktualizacja', 'zaktualizowano', 'data aktualizacji', 'zmieniono'],
  },
  sv: {
    published: ['publicerad', 'publicerat', 'publicerades'],
    modified: ['uppdaterad', 'uppdaterat', 'uppdaterades', 'ändrad'],
  },
  da: {
    published: ['publiceret', 'offentliggjort'],
    modified: ['opdateret', 'sidst opdateret', 'ændret'],
  },
  no: {
    published: ['publisert'],
    modified: ['oppdatert', 'sist oppdatert', 'endret'],
  },
  fi: {
    published: ['julkaistu'],
    modified: ['päivitetty', 'muokattu'],
  },
  ro: {
    published: ['publicat', 'data publicării'],
    modified: ['actualizat', 'actualizare', 'modificat'],
  },
  cs: {
    published: ['publikováno', 'zveřejněno', 'vydáno'],
    modified: ['aktualizováno', 'aktualizace', 'upraveno'],
  },
  hu: {
    published: ['publikálva', 'megjelent', 'közzétéve', 'létrehozva'],
    modified: ['frissítve', 'frissítés', 'utolsó frissítés', 'módosítva'],
  },
  el: {
    published: ['δημοσίευση', 'δημοσιεύθηκε', 'δημοσιεύτηκε'],
    modified: ['ενημέρωση', 'ενημερώθηκε', 'τελευταία ενημέρωση'],
  },
  id: {
    published: ['diterbitkan', 'dipublikasikan', 'terbit', 'ditayangkan'],
    modified: ['diperbarui', 'diperbaharui', 'pembaruan', 'dikemas kini'],
  },
  ar: {
    published: ['نشر', 'نشرت', 'تاريخ النشر'],
    modified: ['تحديث', 'آخر تحديث', 'تم التحديث', 'محدث', 'تعديل', 'آخر تعديل'],
  },
  he: {
    published: ['פורסם', 'פורסמה', 'תאריך פרסום'],
    modified: ['עודכן', 'עודכנה', 'עדכון אחרון'],
  },
  fa: {
    published: ['انتشار', 'تاریخ انتشار', 'منتشر شده'],
    modified: ['به‌روزرسانی', 'بروزرسانی', 'آخرین به‌روزرسانی'],
  },
  hi: {
    published: ['प्रकाशित', 'प्रकाशन तिथि', 'पब्लिश्ड'],
    modified: ['अपडेटेड', 'अपडेट', 'अद्यतन'],
  },
  bn: {
    published: ['প্রকাশ', 'প্রকাশিত', 'প্রকাশের সময়'],
    modified: ['আপডেট', 'হালনাগাদ'],
  },
  vi: {
    published: ['đăng', 'đăng lúc', 'ngày đăng', 'xuất bản'],
    modified: ['cập nhật', 'cập nhật lúc'],
  },
  // Croatian, Serbian, Bosnian, Slovenian (Latin and Cyrillic), Bulgarian, Slovak, Catalan, Baltic.
  sh: {
    published: ['objavljeno', 'објављено', 'objavljen', 'објављен'],
    modified: ['ažurirano', 'ажурирано', 'posodobljeno', 'izmijenjeno', 'izmenjeno'],
  },
  bg: {
    published: ['публикувано', 'публикуван', 'публикувана'],
    modified: ['обновено', 'актуализирано', 'актуализация'],
  },
  sk: {
    published: ['publikované', 'zverejnené', 'uverejnené'],
    modified: ['aktualizované', 'upravené'],
  },
  ca: {
    published: ['publicat el', 'data de publicació'],
    modified: ['actualitzat', 'actualitzada', 'actualització'],
  },
  baltic: {
    published: ['paskelbta', 'publicēts', 'avaldatud'],
    modified: ['atnaujinta', 'atjaunināts', 'atjaunots', 'uuendatud'],
  },
  ja: {
    published: ['公開', '掲載', '配信', '投稿', '公表', '発表'],
    modified: ['更新'],
  },
  zh: {
    published: ['发布', '發布', '發佈', '发表', '發表'],
    modified: ['更新'],
  },
  ko: {
    published: ['입력', '등록', '게재'],
    modified: ['수정', '업데이트'],
  },
};
