import { describe, expect, it } from 'vitest';
import { BODY_TEXT, metadataOf, page } from './support/metadata-of';

/**
 * g1-style bylines name the reporter, the outlet and, after a dash, the city the story was filed
 * from: "Por Carla Mendes, Portal Paulista — São Paulo". The city is not a second author.
 */
describe('a place after the outlet in a byline', () => {
  const authorsOf = (byline: string) =>
    metadataOf(page('<title>Story</title><meta property="og:site_name" content="Portal Paulista">', `
      <main><article><h1>Metrô de SP anuncia nova linha entre Guarulhos e a Zona Leste</h1>
      <p class="content-publication-data__from">${byline}</p>${BODY_TEXT}</article></main>`, 'pt-BR'), 'https://portalpaulista.example/sp/noticia/story')
      .fields.authors.map((a) => a.name);

  it('is dropped', () => {
    expect(authorsOf('Por <strong>Carla Mendes</strong>, Portal Paulista — São Paulo')).toEqual(['Carla Mendes']);
    expect(authorsOf('Por Carla Mendes e Rui Lopes, Portal Paulista — Rio de Janeiro')).toEqual(['Carla Mendes', 'Rui Lopes']);
  });

  it('a second author after a dash without the outlet before it stays', () => {
    expect(authorsOf('Por Carla Mendes — Rui Lopes')).toEqual(['Carla Mendes', 'Rui Lopes']);
  });
});
