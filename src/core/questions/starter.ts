// The file `rehearse new` writes: a modeline, a title and one example question that uses every
// field, each explained by a comment. It lints without errors or warnings as it stands.

export function starterFile(titleLine: string, modeline: string): string {
  return `#${modeline}
# A rehearse question file. Format: docs/question-format.md · check it: rehearse lint FILE
version: 1
${titleLine}
# description: what this pack is for (optional)
# role: the role these questions prepare for (optional)
defaults:
  prep_time: 30s # time to read and think, for every question (30s, 2m, 1m30s)
  answer_time: 3m # time to answer
questions:
  # Copy this block for each question; ids are lowercase words joined by hyphens.
  - id: conflict-with-colleague
    kind: behavioral # behavioral, technical, situational, system-design or role-fit
    difficulty: medium # easy, medium or hard
    tags: [teamwork, communication] # used by --tag filters and statistics
    answer_time: 4m # overrides the default for this question
    prompt: |
      Tell me about a time you disagreed with a colleague about how to do something.
      How did you resolve it?
    example_answer: |
      Situation: on my last team a senior engineer wanted to ship a feature without a load test.
      Task: I owned the release and believed the test would find problems.
      Action: I asked for thirty minutes to show data from a similar launch, proposed a short
      test that fitted the schedule, and agreed in advance what result would let us ship.
      Result: the test found a connection-pool limit; we fixed it before launch and the
      engineer and I now plan load tests together.
    key_points: # what a strong answer covers; practice measures your coverage (3 to 6)
      - a concrete disagreement
      - listened to the other view
      - point: used data rather than opinion # a point with other phrasings that count too
        also: [showed the numbers, evidence from a similar launch]
      - agreed a way to decide
      - the outcome and what changed
    follow_ups: # questions an interviewer may ask next
      - What would you do if the data had supported your colleague?
    interviewer: # shown only in interviewer mode
      look_for:
        - separates the person from the problem
      red_flags:
        - blames the colleague
`;
}
