import type { ComponentChildren } from 'preact';
import type { Annotation } from '../../src/core/types';
import { httpUrl } from '../../src/ui/safe-url';
import { OutletValue } from './OutletValue';
import { TimeValue } from './TimeValue';
import { languageName } from '../labels';
import { PartiesSection } from './PartiesSection';
import { QuotesSection } from './QuotesSection';
import { HighlightSwitch } from './HighlightSwitch';
import { CitationBox } from './CitationBox';
import { RelatedSection } from './RelatedSection';
import { EarlierReadingSection } from './EarlierReadingSection';
import { LiveCoverageSection } from './LiveCoverageSection';
import { useLiveEnabled } from '../use-live-enabled';
import { useHistory } from '../use-history';

/** Every fact about the article, each row present even when empty, so "not found" is visible. */
export function ArticleSummary({ annotation: a, forced, tabId, highlighted }: { annotation: Annotation; forced: boolean; tabId: number; highlighted: boolean }) {
  // The page's canonical address, when it points elsewhere (a syndicated copy names its original).
  const canonical = httpUrl(a.canonicalUrl);
  const live = useLiveEnabled();
  const history = useHistory();
  const lang = (a.lang ?? 'en').toLowerCase().split(/[-_]/)[0];
  return (
    <article class="summary" aria-labelledby="headline">
      {forced && !a.isArticle && (
        <p class="forced">The detector did not take this page for an article; shown because you asked.</p>
      )}
      <h1 id="headline" class="headline" dir="auto">
        {a.headline ?? <span class="missing">No headline found</span>}
      </h1>
      <dl class="facts">
        <Fact label={a.agencies.length > 1 ? 'Agencies' : 'Agency'}>
          {a.agencies.length ? a.agencies.map((o) => <OutletValue key={o.name} outlet={o} />) : <Missing>none credited</Missing>}
        </Fact>
        <Fact label="Publisher">{a.publisher ? <OutletValue outlet={a.publisher} /> : <Missing>not found</Missing>}</Fact>
        <Fact label={a.authors.length > 1 ? 'Authors' : 'Author'}>
          {a.authors.length ? <Authors authors={a.authors} /> : <Missing>none named</Missing>}
        </Fact>
        <Fact label="Published">{a.published ? <TimeValue iso={a.published} /> : <Missing>not found</Missing>}</Fact>
        <Fact label="Updated">
          {a.modified ? <TimeValue iso={a.modified} since={a.published} /> : <Missing>no update noted</Missing>}
        </Fact>
        <Fact label="Section">{a.section ?? <Missing>not found</Missing>}</Fact>
        <Fact label="Language">{a.lang ? languageName(a.lang) : <Missing>not declared</Missing>}</Fact>
        {canonical && canonical !== httpUrl(a.url) && (
          <Fact label="Original">
            <a href={canonical} target="_blank" rel="noreferrer noopener">
              {canonical.replace(/^https?:\/\/(www\.)?/, '')}
            </a>
          </Fact>
        )}
      </dl>
      {a.parties.length > 0 && <HighlightSwitch tabId={tabId} on={highlighted} />}
      <PartiesSection parties={a.parties} history={history.filter((e) => e.url !== (a.canonicalUrl ?? a.url).replace(/#.*$/, ''))} tabId={tabId} live={live} lang={/^[a-z]{2,3}$/.test(lang) ? lang : 'en'} />
      <QuotesSection quotes={a.quotes} />
      <RelatedSection related={a.related} />
      <EarlierReadingSection annotation={a} history={history} />
      {live && <LiveCoverageSection tabId={tabId} />}
      <CitationBox annotation={a} />
    </article>
  );
}

function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Missing({ children }: { children: ComponentChildren }) {
  return <span class="missing">{children}</span>;
}

function Authors({ authors }: { authors: Annotation['authors'] }) {
  return (
    <ul class="authors">
      {authors.map((p) => {
        const url = httpUrl(p.url);
        return (
          <li key={p.name} dir="auto">
            {url ? (
              <a href={url} target="_blank" rel="noreferrer noopener">
                {p.name}
              </a>
            ) : (
              p.name
            )}
          </li>
        );
      })}
    </ul>
  );
}
