/** Shell: top bar with navigation and search, and the page for the current hash route. */
import { Component, lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { href, navigate, useRoute, type Route } from './lib/router';
import { ErrorBox, Loading } from './components/ui';
import { HomePage } from './pages/Home';
import { SearchPage } from './pages/Search';
import { DocumentPage } from './pages/Document';
import { DocumentsPage } from './pages/Documents';
import { EntitiesPage } from './pages/Entities';
import { EntityPage } from './pages/Entity';
import { TimelinePage } from './pages/Timeline';
import { StoriesPage, StoryPage } from './pages/Stories';
import { BriefPage } from './pages/Brief';
import { QuotesPage } from './pages/Quotes';
import { SourcesPage } from './pages/Sources';

// The graph (sigma/WebGL) and the map (world atlas) are the heavy parts: loaded on first visit.
const NetworkPage = lazy(() => import('./pages/Network').then((m) => ({ default: m.NetworkPage })));
const MapPage = lazy(() => import('./pages/Map').then((m) => ({ default: m.MapPage })));

const NAV: [string, string][] = [
  ['', 'Overview'],
  ['documents', 'Documents'],
  ['entities', 'Entities'],
  ['quotes', 'Quotes'],
  ['timeline', 'Timeline'],
  ['network', 'Network'],
  ['map', 'Map'],
  ['stories', 'Stories'],
  ['sources', 'Sources'],
  ['brief', 'Briefing'],
];

function page(route: Route): ReactNode {
  const [first = '', second] = route.parts;
  const q = route.query;
  switch (first) {
    case '':
      return <HomePage />;
    case 'search':
      return <SearchPage query={q} />;
    case 'documents':
      return <DocumentsPage query={q} />;
    case 'doc':
      return second ? <DocumentPage id={second} at={q.get('at')} hl={q.get('hl')} /> : <NotFound />;
    case 'entities':
      return <EntitiesPage query={q} />;
    case 'entity':
      return second ? <EntityPage id={second} /> : <NotFound />;
    case 'quotes':
      return <QuotesPage query={q} />;
    case 'timeline':
      return <TimelinePage query={q} />;
    case 'network':
      return <NetworkPage query={q} />;
    case 'map':
      return <MapPage query={q} />;
    case 'stories':
      return <StoriesPage />;
    case 'story':
      return second ? <StoryPage id={second} /> : <NotFound />;
    case 'sources':
      return <SourcesPage query={q} />;
    case 'brief':
      return <BriefPage query={q} />;
    default:
      return <NotFound />;
  }
}

function NotFound() {
  return (
    <div className="page">
      <h1>Not found</h1>
      <p>
        This address does not match a page. <a href="#/">Back to the overview</a>.
      </p>
    </div>
  );
}

/** Keeps one broken page from blanking the whole app; resets when the route changes. */
class Boundary extends Component<
  { children: ReactNode; resetKey: string },
  { error: Error | null; key: string }
> {
  state = { error: null as Error | null, key: this.props.resetKey };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  static getDerivedStateFromProps(props: { resetKey: string }, state: { error: Error | null; key: string }) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }
  render() {
    if (this.state.error) {
      return (
        <div className="page">
          <ErrorBox error={this.state.error} />
        </div>
      );
    }
    return this.props.children;
  }
}

function TopSearch(props: { initial: string }) {
  const [q, setQ] = useState(props.initial);
  useEffect(() => setQ(props.initial), [props.initial]);
  return (
    <form
      className="topsearch"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        if (q.trim()) navigate(href('search', { q: q.trim() }));
      }}
    >
      <input
        type="search"
        name="q"
        placeholder="Search articles…"
        aria-label="Search articles"
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
    </form>
  );
}

export function App() {
  const route = useRoute();
  const first = route.parts[0] ?? '';
  const key = `${route.parts.join('/')}`;
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [key]);
  const active =
    first === 'doc' ? 'documents' : first === 'entity' ? 'entities' : first === 'story' ? 'stories' : first;
  return (
    <div className="app">
      <header className="topbar">
        <a className="brand" href="#/">
          <span className="logo" aria-hidden="true">
            ◎
          </span>{' '}
          Orbit
        </a>
        <nav>
          {NAV.map(([path, label]) => (
            <a key={path} href={`#/${path}`} className={active === path ? 'active' : ''}>
              {label}
            </a>
          ))}
        </nav>
        <TopSearch initial={first === 'search' ? (route.query.get('q') ?? '') : ''} />
        <a className="apilink" href="/docs" title="API documentation">
          API
        </a>
      </header>
      <main>
        <Boundary resetKey={key}>
          <Suspense fallback={<Loading />}>{page(route)}</Suspense>
        </Boundary>
      </main>
    </div>
  );
}
