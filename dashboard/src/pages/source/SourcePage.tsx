import { useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { Fact } from '../../components/Fact';
import { useLanguageName } from '../../components/LocalizedText';
import { QueryState } from '../../components/QueryState';
import { SourceLink } from '../../components/SourceLinks';
import { EDITORS, useHasRole } from '../../editing/RequireRole';
import { TranslationsPanel } from '../../editing/TranslationsPanel';
import { t } from '../../i18n/message';
import { PageTitle } from '../../layout/PageTitle';
import '../../components/profile.css';
import { SourceQuery, type SourceData } from './queries';

/** A cited document: what the Atlas knows of it, and for editors its title in other languages. */
export default function SourcePage({ id }: { id: string }) {
  const [result, reexecute] = useQuery({ query: SourceQuery, variables: { id } });
  const node = result.data?.node;
  if (result.data && node?.__typename !== 'Source') return <SourceNotFound />;
  return (
    <QueryState
      what="sourcePage.what"
      result={result}
      data={node?.__typename === 'Source' ? node : null}
      retry={reexecute}
    >
      {(source) => <Source source={source} onChanged={() => reexecute({ requestPolicy: 'network-only' })} />}
    </QueryState>
  );
}

function SourceNotFound() {
  const intl = useIntl();
  return (
    <section>
      <PageTitle page={intl.formatMessage({ id: 'sourcePage.notFound' })} />
      <h1>{t('sourcePage.notFound')}</h1>
      <p className="state state-empty">{t('sourcePage.notFound.explanation')}</p>
      <p>
        <Link href="/">{t('sourcePage.notFound.overview')}</Link>
      </p>
    </section>
  );
}

function Source({ source, onChanged }: { source: SourceData; onChanged(): void }) {
  const intl = useIntl();
  const languageName = useLanguageName();
  const editor = useHasRole(EDITORS);
  const fact = (id: 'document' | 'publisher' | 'published' | 'language' | 'address' | 'key') =>
    intl.formatMessage({ id: `sourcePage.fact.${id}` });
  return (
    <article className="source-page profile">
      <PageTitle page={source.title} />
      <header>
        <p className="meta eyebrow">{t('sourcePage.eyebrow')}</p>
        <h1 lang={source.language ?? undefined}>{source.title}</h1>
      </header>
      <dl className="facts">
        <Fact term={fact('document')}>
          <SourceLink source={source} />
        </Fact>
        {source.publisher && <Fact term={fact('publisher')}>{source.publisher}</Fact>}
        {source.publishedOn && <Fact term={fact('published')}>{source.publishedOn}</Fact>}
        {source.language && <Fact term={fact('language')}>{languageName(source.language)}</Fact>}
        <Fact term={fact('address')}>
          <a href={source.url} rel="noreferrer noopener" target="_blank" className="source-address">
            {source.url}
          </a>
        </Fact>
        <Fact term={fact('key')}>
          <code>{source.key}</code>
        </Fact>
      </dl>
      {editor && (
        <TranslationsPanel
          recordId={source.id}
          type="Source"
          originalLanguage={source.language}
          citableSources={[source]}
          onChanged={onChanged}
        />
      )}
    </article>
  );
}
