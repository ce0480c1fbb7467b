import { Suspense, useEffect, useRef } from 'react';
import { parseRoute, useHash, href } from './router';
import { ErrorBoundary } from './ErrorBoundary';
import { StorageBanner } from './StorageBanner';
import { HomeScreen } from '../features/home/HomeScreen';
import { GlossaryScreen } from '../features/glossary';
import { PlanScreen } from '../features/plan';
import { PresentScreen } from '../features/present';
import { QuestionnaireScreen } from '../features/questionnaire';
import { RespondScreen } from '../features/respond';
import { PartnerScreen, ShareScreen } from '../features/partner';

function Loading() {
  return (
    <p role="status" className="loading">
      Loading…
    </p>
  );
}

export function App() {
  const hash = useHash();
  const route = parseRoute(hash);
  const main = useRef<HTMLElement>(null);

  // Move focus to the new screen so keyboard and screen-reader users start at its top.
  useEffect(() => {
    if (route.name === 'questions') return; // the questionnaire focuses its own question
    main.current?.focus();
  }, [route.name]);

  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        Skip to content
      </a>
      <header className="app-header">
        <a className="brand" href={href.home()}>
          Patient engagement planner
        </a>
        <nav aria-label="Main">
          <ul>
            <li>
              <a href={href.home()} aria-current={route.name === 'home' ? 'page' : undefined}>
                Your plans
              </a>
            </li>
            <li>
              <a href={href.glossary()} aria-current={route.name === 'glossary' ? 'page' : undefined}>
                Glossary
              </a>
            </li>
          </ul>
        </nav>
      </header>
      <StorageBanner />
      <main id="main" ref={main} tabIndex={-1}>
        <ErrorBoundary key={hash}>
          <Suspense fallback={<Loading />}>
            {route.name === 'home' && <HomeScreen />}
            {route.name === 'questions' && <QuestionnaireScreen planId={route.planId} />}
            {route.name === 'plan' && <PlanScreen planId={route.planId} />}
            {route.name === 'present' && <PresentScreen planId={route.planId} />}
            {route.name === 'respond' && <RespondScreen />}
            {route.name === 'partner' && <PartnerScreen planId={route.planId} />}
            {route.name === 'share' && <ShareScreen payload={route.payload} />}
            {route.name === 'glossary' && <GlossaryScreen {...(route.term ? { term: route.term } : {})} />}
            {route.name === 'not-found' && (
              <div className="panel">
                <h1>Page not found</h1>
                <p>
                  There is nothing at “{route.path}”. <a href={href.home()}>Go to your plans</a>.
                </p>
              </div>
            )}
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        <p>Everything you enter stays in this browser. Nothing is sent anywhere.</p>
      </footer>
    </>
  );
}
