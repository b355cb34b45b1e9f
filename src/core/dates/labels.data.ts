/**
 * Words that label a visible date as the publication or the last update, by language, folded
 * (lower-case, no accents). Checked as prefixes of words, so "publié" covers "publiée".
 */
export const PUBLISHED_LABELS = [
  'published', 'publish date', 'publication date', 'posted', 'first published', 'released', 'date',
  'publie', 'publication', 'mis en ligne', 'veroffentlicht', 'erschienen', 'publicado', 'publicacion', 'pubblicato',
  'gepubliceerd', 'geplaatst', 'yayinlanma', 'yayin tarihi', 'yayimlanma', 'опубликовано', 'дата публикации', 'опубліковано',
  'opublikowano', 'publikacja', 'publicerad', 'publiceret', 'publisert', 'julkaistu', 'publicat', 'diterbitkan', 'dipublikasikan',
  'نشر', 'تاريخ النشر', 'δημοσιευση', 'publikovano', 'megjelent', 'kozzeteve',
];

export const MODIFIED_LABELS = [
  'updated', 'last updated', 'modified', 'last modified', 'modified date', 'edited', 'revised',
  'mis a jour', 'mise a jour', 'modifie', 'aktualisiert', 'zuletzt aktualisiert', 'stand', 'geandert', 'actualizado',
  'actualizacion', 'atualizado', 'atualizacao', 'aggiornato', 'ultimo aggiornamento', 'bijgewerkt', 'gewijzigd',
  'guncelleme', 'guncellenme', 'guncellendi', 'son guncelleme', 'обновлено', 'оновлено', 'zaktualizowano', 'aktualizacja',
  'uppdaterad', 'opdateret', 'oppdatert', 'paivitetty', 'actualizat', 'diperbarui', 'تحديث', 'ενημερωση', 'aktualizovano', 'frissitve',
];
