/** What is wrong with a piece of content: the file, the field, and the problem. */
export interface ContentProblem {
  file: string;
  field: string;
  problem: string;
}

/** One content problem as a writer reads it: `file: field "name": problem`. */
export function describeProblem({ file, field, problem }: ContentProblem): string {
  return `${file}: field "${field}": ${problem}`;
}

/** Stops the build, saying which file and field is wrong, in the form a writer can act on. */
export class ContentError extends Error {
  constructor(file: string, field: string, problem: string) {
    super(describeProblem({ file, field, problem }));
    this.name = 'ContentError';
  }
}
