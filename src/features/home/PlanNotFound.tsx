import { href } from '../../lib/routes';

export function PlanNotFound() {
  return (
    <div className="panel">
      <h1>Plan not found</h1>
      <p>
        This plan is not saved in this browser. Plans live only in the browser where they were made; to move one, export
        it as a file and import it here. <a href={href.home()}>Go to your plans</a>.
      </p>
    </div>
  );
}
