// The bundle-size floor: the smallest real React 19 app (React + ReactDOM rendering one component), built with the
// project's own Vite config by the benchmark. The first screen is compared against this.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function Hello() {
  return <p>Hello</p>;
}

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');
createRoot(root).render(
  <StrictMode>
    <Hello />
  </StrictMode>,
);
