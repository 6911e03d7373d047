import type { ValidationProblem } from '../model/validate';

/** The page shown for a dataset that failed validation: every problem, with where it is. */
export function DatasetProblems({ problems }: { problems: readonly ValidationProblem[] }) {
  return (
    <main className="page-message" id="main">
      <h1>This dataset cannot be shown</h1>
      <p>
        It does not follow the Chronicle data format, so nothing of it was loaded. Fix these{' '}
        {problems.length === 1 ? 'problem' : `${problems.length} problems`} and load it again:
      </p>
      <ol className="problem-list">
        {problems.map((problem, i) => (
          <li key={i}>
            <code>{problem.path}</code> {problem.message}
          </li>
        ))}
      </ol>
    </main>
  );
}
